using System.Globalization;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Patch;

/// <summary>
/// Types a patch into a config tree the way the dialect family's CLI takes it: a command with
/// commands indented beneath it enters (or creates) that section; a command that undoes lines
/// (every line whose negation it is, or whose negation it begins) removes them; a VLAN-list command
/// adds to or takes from the set; a line with an in-place key overwrites the line of that key;
/// a numbered entry of an ordered section goes where its number puts it; anything else is appended
/// (at the top level, before the config's last line). Used to check patches, never to configure a device.
/// </summary>
public static class PatchSimulator
{
    public static void Apply(Dialect dialect, List<PatchNode> roots, string patch)
    {
        var rules = dialect.PatchRules;
        var commands = ConfigTree.Parse(patch, line =>
            line.StartsWith(rules.Comment, StringComparison.Ordinal) || line == rules.EnterConfig || line == rules.LeaveConfig || line == rules.ExitSection);
        Apply(dialect, roots, commands, ordered: false, top: true);
    }

    private static void Apply(Dialect dialect, List<PatchNode> section, IEnumerable<ConfigNode> commands, bool ordered, bool top)
    {
        foreach (var command in commands)
        {
            if (command.Children.IsEmpty)
            {
                Type(dialect, section, command.Text, ordered, top);
                continue;
            }

            var key = PatchNode.KeyOf(dialect, command.Text);
            var target = section.Find(n => n.Key == key);
            if (target is null)
            {
                target = new PatchNode(command.Text, key);
                Insert(dialect, section, target, top);
            }

            Apply(dialect, target.Children, command.Children, dialect.IsOrderedSection(key), top: false);
        }
    }

    private static void Type(Dialect dialect, List<PatchNode> section, string typed, bool ordered, bool top)
    {
        var rules = dialect.PatchRules;

        // The operator types the secret where the placeholder stands; the tree holds it masked.
        var command = typed.Replace(PatchText.SecretPlaceholder, SecretMask.Mask, StringComparison.Ordinal);
        if (VlanList(dialect, section, command))
        {
            return;
        }

        var undone = section.Where(n => rules.Negate(n.Text) is var negation && (negation == command || negation.StartsWith(command + " ", StringComparison.Ordinal))).ToList();
        if (undone.Count > 0)
        {
            section.RemoveAll(undone.Contains);
            return;
        }

        var key = PatchNode.KeyOf(dialect, command);
        if (section.Exists(n => n.Key == key))
        {
            return;
        }

        var line = new PatchNode(command, key);
        if (rules.ReplaceKey(command) is { } replaces && section.FindIndex(n => n.Children.Count == 0 && rules.ReplaceKey(n.Text) == replaces) is var at and >= 0)
        {
            section[at] = line;
        }
        else if (ordered && rules.Sequenced is { } sequenced && SequencedEntries.Split(sequenced, command).Number is { } number)
        {
            var numbers = SequencedEntries.Numbers(sequenced, section);
            var before = Array.FindIndex(numbers, n => n > number);
            section.Insert(before < 0 ? section.Count : before, line);
        }
        else
        {
            Insert(dialect, section, line, top);
        }
    }

    /// <summary>A command that adds to, takes from or sets a VLAN list the section already has; false when it is none.</summary>
    private static bool VlanList(Dialect dialect, List<PatchNode> section, string command)
    {
        foreach (var form in dialect.PatchRules.VlanLists)
        {
            var lines = section.Where(n => n.Children.Count == 0 && form.Pattern.IsMatch(n.Text)).ToList();
            if (lines.Count == 0 || SectionDiff.Set(form, lines) is not { } set)
            {
                continue;
            }

            if (Rest(command, form.Remove) is { } taken)
            {
                set.ExceptWith(taken);
            }
            else if (Rest(command, form.Add) is { } added)
            {
                set.UnionWith(added);
            }
            else if (Rest(command, form.Line) is { } replaced)
            {
                set = replaced;
            }
            else
            {
                continue;
            }

            var at = section.IndexOf(lines[0]);
            section.RemoveAll(lines.Contains);
            var texts = set.Count == 0
                ? form.Empty is { } empty ? [empty] : []
                : VlanSet.Write(set, dialect.VlanListStyle).Select(list => string.Format(CultureInfo.InvariantCulture, form.Line, list)).ToList();
            section.InsertRange(at, texts.Select(t => new PatchNode(t, PatchNode.KeyOf(dialect, t))));
            return true;
        }

        return false;
    }

    /// <summary>The VLANs a command names when it has the shape of <paramref name="format"/> ({0} the list).</summary>
    private static SortedSet<int>? Rest(string command, string format)
    {
        var prefix = format[..format.IndexOf("{0}", StringComparison.Ordinal)];
        return command.StartsWith(prefix, StringComparison.Ordinal) ? VlanSet.Read(command[prefix.Length..]) : null;
    }

    private static void Insert(Dialect dialect, List<PatchNode> section, PatchNode node, bool top)
    {
        var end = top && section.Count > 0 && section[^1].Text == dialect.Session.ConfigEnd ? section.Count - 1 : section.Count;
        section.Insert(end, node);
    }
}
