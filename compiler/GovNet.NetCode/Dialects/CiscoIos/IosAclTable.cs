using System.Collections.Immutable;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// ACLs by id as they are filled in. A named list entered twice, or a numbered list spread over
/// global lines, is one list; a remark describes the rules after it until the next remark.
/// </summary>
internal sealed class IosAclTable
{
    private readonly Dictionary<string, Entry> byId = new(StringComparer.Ordinal);
    private readonly List<Entry> order = [];

    public void Declare(string id, int line) => Get(id, line);

    public void Add(string id, int line, IosAclLine entry)
    {
        var list = Get(id, line);
        switch (entry)
        {
            case IosAclRemark remark:
                list.Remark = remark.Text;
                break;
            case IosAclRule rule:
                list.Rules.Add(rule.ToFact(line, list.Remark));
                break;
        }
    }

    public ImmutableArray<AclFact> ToFacts() => [.. order.Select(e => new AclFact(e.Id, e.Line, [.. e.Rules]))];

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

    private sealed class Entry(string id, int line)
    {
        public string Id { get; } = id;

        public int Line { get; } = line;

        public List<AclRuleFact> Rules { get; } = [];

        public string? Remark { get; set; }
    }
}
