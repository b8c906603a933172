using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Patch;

/// <summary>
/// The steps that turn one config tree (from) into another (to), ordered by the dialect's table:
/// a top-level section present on both sides is one step with its changes, a new top-level line or
/// section one step, a removed one one step (negated). Inside a section changes are typed tightening
/// first (a binding or deny added, a permit or VLAN taken away), then the rest, widening last; a
/// line that overwrites in place is typed alone, without undoing the old one; VLAN lists change by
/// the VLANs that differ only.
/// </summary>
public static partial class SectionDiff
{
    private const int Tighten = 0, Add = 1, Remove = 2, Widen = 3;

    public static ImmutableArray<PatchStep> Steps(Dialect dialect, List<PatchNode> to, List<PatchNode> from)
    {
        var rules = dialect.PatchRules;
        var steps = OrderedGroups(rules, ref to, ref from);
        var (onlyTo, onlyFrom, pairs) = Match(to, from);
        foreach (var (kind, commands, subject) in ListChanges(dialect, to, from, onlyTo, onlyFrom, 0))
        {
            // VLANs taken from a top-level list (vlan batch) go with the removals, after the ports leave them.
            steps.AddRange(commands.Select(command => new PatchStep([], [command], subject, Removal: kind == Tighten)));
        }

        foreach (var (want, have) in pairs)
        {
            var commands = Children(dialect, want.Children, have.Children, dialect.IsOrderedSection(want.Key), 0);
            if (commands.Count > 0)
            {
                steps.Add(new PatchStep([have.Text], [.. commands], have.Text, Removal: false));
            }
        }

        var replaced = Replacements(rules, onlyTo, onlyFrom);
        foreach (var node in onlyTo)
        {
            steps.Add(new PatchStep([], [.. Create(node, 0)], node.Text, Removal: false));
        }

        foreach (var node in onlyFrom.Where(n => !replaced.Contains(n)))
        {
            steps.Add(new PatchStep([], [new PatchCommand(0, rules.Negate(node.Text))], node.Text, Removal: true));
        }

        return [.. steps
            .Select((step, index) => (step, index, rank: rules.Rank(step.Subject)))
            .OrderBy(s => s.step.Removal)
            .ThenBy(s => s.step.Removal ? -s.rank : s.rank)
            .ThenBy(s => s.index)
            .Select(s => s.step)];
    }

    /// <summary>
    /// Top-level lines that make one ordered list by group (IOS numbered ACLs), taken out of both
    /// sides: a group whose lines differ in any way is dropped and typed again whole, in order.
    /// </summary>
    private static List<PatchStep> OrderedGroups(PatchRules rules, ref List<PatchNode> to, ref List<PatchNode> from)
    {
        var steps = new List<PatchStep>();
        if (rules.OrderedGroup is not { } grouping || rules.GroupNegation is not { } negation)
        {
            return steps;
        }

        string? Group(PatchNode n) => n.Children.Count == 0 && grouping.Match(n.Text) is { Success: true } m ? m.Groups["group"].Value : null;
        var want = to.Where(n => Group(n) is not null).GroupBy(n => Group(n)!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var have = from.Where(n => Group(n) is not null).GroupBy(n => Group(n)!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in want.Keys.Union(have.Keys).Order(StringComparer.Ordinal))
        {
            var wanted = want.GetValueOrDefault(group) ?? [];
            var had = have.GetValueOrDefault(group) ?? [];
            if (wanted.Select(n => n.Key).SequenceEqual(had.Select(n => n.Key), StringComparer.Ordinal))
            {
                continue;
            }

            var drop = had.Count == 0 ? [] : new[] { new PatchCommand(0, string.Format(System.Globalization.CultureInfo.InvariantCulture, negation, group)) };
            var subject = (wanted.Count > 0 ? wanted : had)[0].Text;
            steps.Add(new PatchStep([], [.. drop, .. wanted.Select(n => new PatchCommand(0, n.Text))], subject, Removal: wanted.Count == 0));
        }

        to = [.. to.Where(n => Group(n) is null)];
        from = [.. from.Where(n => Group(n) is null)];
        return steps;
    }

    /// <summary>The commands inside one section, at <paramref name="depth"/>, in typing order.</summary>
    private static List<PatchCommand> Children(Dialect dialect, List<PatchNode> to, List<PatchNode> from, bool ordered, int depth)
    {
        var rules = dialect.PatchRules;
        var changes = new List<(int Class, List<PatchCommand> Commands, bool Negation)>();
        if (ordered && rules.Sequenced is { } sequenced)
        {
            changes.AddRange(SequencedEntries.Changes(dialect, sequenced, to, from, depth).Select(c => (Class(rules, c.Line, c.Removal), new List<PatchCommand> { new(depth, c.Command) }, c.Removal)));
        }
        else
        {
            var (onlyTo, onlyFrom, pairs) = Match(to, from);
            changes.AddRange(ListChanges(dialect, to, from, onlyTo, onlyFrom, depth).Select(c => (c.Class, c.Commands, false)));
            foreach (var (want, have) in pairs)
            {
                var nested = Children(dialect, want.Children, have.Children, dialect.IsOrderedSection(want.Key), depth + 1);
                if (nested.Count > 0)
                {
                    changes.Add((Add, [new(depth, have.Text), .. nested], false));
                }
            }

            var replaced = Replacements(rules, onlyTo, onlyFrom);
            changes.AddRange(onlyTo.Select(node => (Class(rules, node.Text, removal: false), Create(node, depth), false)));
            changes.AddRange(onlyFrom.Where(n => !replaced.Contains(n)).Select(node => (Class(rules, node.Text, removal: true), new List<PatchCommand> { new(depth, rules.Negate(node.Text)) }, true)));
        }

        // A negation that repeats one typed before, or that an earlier shorter one covers (undo rule 5
        // takes rule 5 description with it), is left out: the device would refuse it.
        var negated = new List<string>();
        var typing = new List<PatchCommand>();
        foreach (var (_, commands, negation) in changes.Select((c, i) => (c, i)).OrderBy(p => p.c.Class).ThenBy(p => p.i).Select(p => p.c))
        {
            var text = commands[0].Text;
            if (negation && negated.Exists(t => text == t || text.StartsWith(t + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            if (negation)
            {
                negated.Add(text);
            }

            typing.AddRange(commands);
        }

        return typing;
    }

    /// <summary>A line and everything beneath it, as typed to create it.</summary>
    private static List<PatchCommand> Create(PatchNode node, int depth)
    {
        var commands = new List<PatchCommand> { new(depth, node.Text) };
        foreach (var child in node.Children)
        {
            commands.AddRange(Create(child, depth + 1));
        }

        return commands;
    }

    /// <summary>
    /// Pairs lines of one section by key, first with first. Returns what only the target has, what
    /// only the source has, and the pairs (sections among them are compared inside).
    /// </summary>
    private static (List<PatchNode> OnlyTo, List<PatchNode> OnlyFrom, List<(PatchNode To, PatchNode From)> Pairs) Match(List<PatchNode> to, List<PatchNode> from)
    {
        var waiting = new Dictionary<string, Queue<PatchNode>>(StringComparer.Ordinal);
        foreach (var node in from)
        {
            if (!waiting.TryGetValue(node.Key, out var queue))
            {
                waiting[node.Key] = queue = new Queue<PatchNode>();
            }

            queue.Enqueue(node);
        }

        var onlyTo = new List<PatchNode>();
        var pairs = new List<(PatchNode, PatchNode)>();
        foreach (var node in to)
        {
            if (waiting.TryGetValue(node.Key, out var queue) && queue.TryDequeue(out var match))
            {
                pairs.Add((node, match));
            }
            else
            {
                onlyTo.Add(node);
            }
        }

        var left = new HashSet<PatchNode>(waiting.Values.SelectMany(q => q), ReferenceEqualityComparer.Instance);
        return (onlyTo, [.. from.Where(left.Contains)], pairs);
    }

    /// <summary>Source lines a target line of the same in-place key overwrites: they need no negation.</summary>
    private static HashSet<PatchNode> Replacements(PatchRules rules, List<PatchNode> onlyTo, List<PatchNode> onlyFrom)
    {
        var replaced = new HashSet<PatchNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in onlyTo.Where(n => n.Children.Count == 0))
        {
            if (rules.ReplaceKey(node.Text) is { } key && onlyFrom.Find(n => n.Children.Count == 0 && !replaced.Contains(n) && rules.ReplaceKey(n.Text) == key) is { } old)
            {
                replaced.Add(old);
            }
        }

        return replaced;
    }

    /// <summary>
    /// VLAN-list lines of one section (all of a form together: IOS adds to a base line), taken out of
    /// <paramref name="onlyTo"/> and <paramref name="onlyFrom"/> and changed by the VLANs that differ:
    /// taking away tightens, adding widens. A list with a word the reader does not know, or a form
    /// only one side has, stays plain lines.
    /// </summary>
    private static List<(int Class, List<PatchCommand> Commands, string Subject)> ListChanges(
        Dialect dialect, List<PatchNode> to, List<PatchNode> from, List<PatchNode> onlyTo, List<PatchNode> onlyFrom, int depth)
    {
        var rules = dialect.PatchRules;
        var changes = new List<(int, List<PatchCommand>, string)>();
        foreach (var form in rules.VlanLists)
        {
            var want = to.Where(n => n.Children.Count == 0 && form.Pattern.IsMatch(n.Text)).ToList();
            var have = from.Where(n => n.Children.Count == 0 && form.Pattern.IsMatch(n.Text)).ToList();
            if (want.Count == 0 || have.Count == 0 || Set(form, want) is not { } target || Set(form, have) is not { } source)
            {
                continue;
            }

            onlyTo.RemoveAll(want.Contains);
            onlyFrom.RemoveAll(have.Contains);
            var taken = source.Except(target).ToList();
            var added = target.Except(source).ToList();
            if (taken.Count > 0)
            {
                changes.Add((Tighten, [.. VlanSet.Write(taken, dialect.VlanListStyle).Select(list => new PatchCommand(depth, string.Format(System.Globalization.CultureInfo.InvariantCulture, form.Remove, list)))], have[0].Text));
            }

            if (added.Count > 0)
            {
                changes.Add((Widen, [.. VlanSet.Write(added, dialect.VlanListStyle).Select(list => new PatchCommand(depth, string.Format(System.Globalization.CultureInfo.InvariantCulture, form.Add, list)))], have[0].Text));
            }
        }

        return changes;
    }

    /// <summary>The VLANs a section's lines of one list form carry together (IOS: a base line, then add/remove lines; VRP and Comware: the union of the lines), or null when one cannot be read.</summary>
    public static SortedSet<int>? Set(VlanListLine form, IEnumerable<PatchNode> lines)
    {
        var set = new SortedSet<int>();
        foreach (var line in lines)
        {
            var match = form.Pattern.Match(line.Text);
            if (VlanSet.Read(match.Groups["vlans"].Value) is not { } vlans)
            {
                return null;
            }

            switch (match.Groups["op"].Value)
            {
                case "remove":
                    set.ExceptWith(vlans);
                    break;
                case "add":
                    set.UnionWith(vlans);
                    break;
                // Where the plain line adds (VRP, Comware: a long list is shown over several lines), lines add up; on IOS it sets the list.
                case var _ when form.Line == form.Add:
                    set.UnionWith(vlans);
                    break;
                default:
                    set = vlans;
                    break;
            }
        }

        return set;
    }

    private static int Class(PatchRules rules, string line, bool removal) =>
        rules.Binding.IsMatch(line) || DenyWord().IsMatch(line) ? (removal ? Widen : Tighten)
        : PermitWord().IsMatch(line) ? (removal ? Tighten : Widen)
        : removal ? Remove : Add;

    [GeneratedRegex(@"\bdeny\b", RegexOptions.CultureInvariant)]
    private static partial Regex DenyWord();

    [GeneratedRegex(@"\bpermit\b", RegexOptions.CultureInvariant)]
    private static partial Regex PermitWord();
}
