using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// A way of undoing a line: lines matching <see cref="Pattern"/> are undone by
/// <see cref="Template"/> ($1, ${name} refer to the pattern's groups). The first form that matches wins.
/// </summary>
public sealed record NegationForm(Regex Pattern, string Template)
{
    public NegationForm(string pattern, string template)
        : this(new Regex(pattern, RegexOptions.CultureInvariant), template)
    {
    }
}

/// <summary>
/// A line that sets one value a second line of the same key overwrites (description, access VLAN,
/// hostname): a change is the new line alone, no negation first. The key is the pattern's
/// <c>key</c> group (its captures joined, when it occurs twice).
/// </summary>
public sealed record ReplacedInPlace(Regex Pattern)
{
    public ReplacedInPlace(string pattern)
        : this(new Regex(pattern, RegexOptions.CultureInvariant))
    {
    }
}

/// <summary>
/// A line whose tail is a VLAN set the device adds to and takes from (trunk VLAN lists, VRP
/// <c>vlan batch</c>): the pattern's <c>vlans</c> group is the set; an <c>op</c> group of
/// <c>add</c>/<c>remove</c> marks IOS's incremental forms. A change adds with <see cref="Add"/> and
/// takes with <see cref="Remove"/> ({0} is the VLAN list), so VLANs both sides carry are never
/// dropped. The device shows the merged set as <see cref="Line"/>, or <see cref="Empty"/> (null: no
/// line) when nothing is left.
/// </summary>
public sealed record VlanListLine(Regex Pattern, string Add, string Remove, string Line, string? Empty)
{
    public VlanListLine(string pattern, string add, string remove, string line, string? empty = null)
        : this(new Regex(pattern, RegexOptions.CultureInvariant), add, remove, line, empty)
    {
    }
}

/// <summary>One row of a dialect's ordering table: top-level lines and section headers it matches, and why they go there.</summary>
public sealed record OrderRule(Regex Subject, string Why)
{
    public OrderRule(string subject, string why)
        : this(new Regex(subject, RegexOptions.CultureInvariant), why)
    {
    }
}

/// <summary>
/// What <c>netcode patch</c> needs to know to type changes into one dialect's CLI, as data a
/// reviewer can read: how to enter and leave configuration mode and a section, how each line is
/// undone, which lines overwrite in place, which carry VLAN sets, which lines bind a filter, and in
/// which order top-level sections are changed (created and changed in table order, removed in the
/// reverse order). <see cref="Sequenced"/> matches entries of ordered sections placed by a leading
/// number the patch may choose (IOS named ACLs: <c>seq</c> and <c>body</c> groups); null where rules
/// carry their number as their identity. <see cref="OrderedGroup"/> matches top-level lines that
/// form one ordered list by their <c>group</c> (IOS numbered <c>access-list N</c>, where a new line
/// can only be appended and undoing any line drops the list): a list that differs is dropped with
/// <see cref="GroupNegation"/> ({0} the group) and typed again whole. The mechanics are shared (Patch/); nothing vendor-specific lives there.
/// </summary>
public sealed record PatchRules(
    string EnterConfig,
    string LeaveConfig,
    string ExitSection,
    string Comment,
    string NegationPrefix,
    ImmutableArray<NegationForm> Negations,
    ImmutableArray<ReplacedInPlace> Replaced,
    ImmutableArray<VlanListLine> VlanLists,
    Regex Binding,
    ImmutableArray<OrderRule> Order,
    Regex? Sequenced = null,
    Regex? OrderedGroup = null,
    string? GroupNegation = null)
{
    /// <summary>The command that undoes <paramref name="line"/> (trimmed): a negative line loses its prefix, a special form applies, else the prefix goes in front.</summary>
    public string Negate(string line)
    {
        if (line.StartsWith(NegationPrefix, StringComparison.Ordinal))
        {
            return line[NegationPrefix.Length..];
        }

        foreach (var form in Negations)
        {
            var match = form.Pattern.Match(line);
            if (match.Success)
            {
                return match.Result(form.Template);
            }
        }

        return NegationPrefix + line;
    }

    /// <summary>The key of a line a later line of the same key overwrites (every <c>key</c> capture, joined), or null.</summary>
    public string? ReplaceKey(string line)
    {
        foreach (var rule in Replaced)
        {
            var match = rule.Pattern.Match(line);
            if (match.Success)
            {
                return string.Join(' ', match.Groups["key"].Captures.Select(c => c.Value));
            }
        }

        return null;
    }

    /// <summary>The VLAN-list form of a line and its match, or null.</summary>
    public (VlanListLine Form, Match Match)? VlanList(string line)
    {
        foreach (var form in VlanLists)
        {
            var match = form.Pattern.Match(line);
            if (match.Success)
            {
                return (form, match);
            }
        }

        return null;
    }

    /// <summary>The row of the ordering table a top-level line or section header falls in; a line no row matches comes after the table.</summary>
    public int Rank(string subject)
    {
        for (var i = 0; i < Order.Length; i++)
        {
            if (Order[i].Subject.IsMatch(subject))
            {
                return i;
            }
        }

        return Order.Length;
    }
}
