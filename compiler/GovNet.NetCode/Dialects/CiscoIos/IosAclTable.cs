using System.Collections.Immutable;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// ACLs by id as they are filled in. A named list entered twice, or a numbered list spread over
/// global lines, is one list; a remark describes the rules after it until the next remark. An entry
/// naming object groups keeps its place and is expanded when the facts are built, after every group
/// has been read.
/// </summary>
internal sealed class IosAclTable
{
    private readonly Dictionary<string, Entry> byId = new(StringComparer.Ordinal);
    private readonly List<Entry> order = [];

    /// <summary>Declares a list whose section holds <paramref name="entries"/> lines, so its entries go in without the list regrowing (a compiled list holds thousands).</summary>
    public void Declare(string id, int line, int entries)
    {
        var items = Get(id, line).Items;
        items.EnsureCapacity(items.Count + entries);
    }

    /// <summary>Adds one entry read from <paramref name="node"/>, which stands in <paramref name="section"/>.</summary>
    public void Add(string id, ConfigNode node, string section, IosAclLine entry)
    {
        var list = Get(id, node.Line);
        switch (entry)
        {
            case IosAclRemark remark:
                list.Remark = remark.Text;
                break;
            case IosAclRule rule:
                list.Items.Add(rule.ToFact(node.Line, list.Remark));
                break;
            case IosAclGroupRule grouped:
                list.Items.Add(new Grouped(grouped, node, section, list.Remark));
                break;
        }
    }

    /// <summary>The lists as facts; an entry whose object groups do not resolve goes to <paramref name="unread"/> and adds no rule.</summary>
    public ImmutableArray<AclFact> ToFacts(IosObjectGroups groups, Action<ConfigNode, string> unread)
    {
        var facts = ImmutableArray.CreateBuilder<AclFact>(order.Count);
        foreach (var entry in order)
        {
            // Most entries are one rule each; object groups may add more, and then the list grows.
            var rules = new List<AclRuleFact>(entry.Items.Count);
            foreach (var item in entry.Items)
            {
                switch (item)
                {
                    case AclRuleFact rule:
                        rules.Add(rule);
                        break;
                    case Grouped { Rule: var grouped } pending when groups.Expand(grouped) is { } expanded:
                        rules.AddRange(expanded.Select(r => r.ToFact(pending.Node.Line, pending.Remark)));
                        break;
                    case Grouped pending:
                        unread(pending.Node, pending.Section);
                        break;
                }
            }

            facts.Add(new AclFact(entry.Id, entry.Line, [.. rules]));
        }

        return facts.MoveToImmutable();
    }

    private Entry Get(string id, int line)
    {
        if (!byId.TryGetValue(id, out var entry))
        {
            entry = new Entry(id, line);
            byId[id] = entry;
            order.Add(entry);
        }

        return entry;
    }

    /// <summary>An entry over object groups, waiting for the groups: where it stands and the remark above it.</summary>
    private sealed record Grouped(IosAclGroupRule Rule, ConfigNode Node, string Section, string? Remark);

    private sealed class Entry(string id, int line)
    {
        public string Id { get; } = id;

        public int Line { get; } = line;

        /// <summary>Rules (<see cref="AclRuleFact"/>) and entries over object groups (<see cref="Grouped"/>), in config order.</summary>
        public List<object> Items { get; } = [];

        public string? Remark { get; set; }
    }
}
