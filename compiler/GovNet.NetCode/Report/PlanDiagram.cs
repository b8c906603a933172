using System.Text;
using GovNet.NetCode.Model;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Report;

/// <summary>
/// The Mermaid diagram of a plan's flow changes: each zone a subgraph, each segment, service or
/// upstream a node inside it under its policy title (财政局, 办公系统), one edge per changed flow.
/// Nodes per zone (not one node per zone) keep intra-zone flows from collapsing into self-loops whose
/// labels overlap; edges carry only the protocol and ports, since the ends are the nodes.
/// </summary>
public static class PlanDiagram
{
    public const int MaxEdges = 60;

    public static string Write(MatrixDiff flows, PolicyModel? head, PolicyModel? before)
    {
        var titles = Titles(head, before);
        var changes = flows.Changes.Take(MaxEdges).ToList();
        var ends = changes.SelectMany(c => new[] { c.Entry.From, c.Entry.To })
            .DistinctBy(NodeId)
            .OrderBy(e => e.Zone ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(NodeId, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder("```mermaid\nflowchart LR\n");
        foreach (var zone in ends.GroupBy(e => e.Zone))
        {
            var indent = "  ";
            if (zone.Key is { } name)
            {
                text.Append($"  subgraph {Id("z", name)}[\"{Quote(Label(titles, "zone:" + name, name))}\"]\n");
                indent = "    ";
            }

            foreach (var end in zone)
            {
                text.Append($"{indent}{NodeId(end)}[\"{Quote(Label(titles, TitleKey(end), end.ToString()))}\"]\n");
            }

            if (zone.Key is not null)
            {
                text.Append("  end\n");
            }
        }

        foreach (var change in changes)
        {
            var entry = change.Entry;
            var label = $"{change.Sign} {entry.Protocol.ToString().ToLowerInvariant()}{(entry.Ports is { } p ? "/" + p : string.Empty)}";
            text.Append($"  {NodeId(entry.From)} -->|\"{Quote(label)}\"| {NodeId(entry.To)}\n");
        }

        for (var i = 0; i < changes.Count; i++)
        {
            text.Append($"  linkStyle {i} stroke:{(changes[i].Permitted ? "#2da44e" : "#cf222e")}\n");
        }

        text.Append("```\n\n");
        if (flows.Changes.Length > MaxEdges)
        {
            text.Append(ReportText.Format("DiagramFirstEdges", MaxEdges, flows.Changes.Length)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>Titles from head first, then base (a removed unit keeps its name in the diagram).</summary>
    private static Dictionary<string, string> Titles(params PolicyModel?[] models)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in models.OfType<PolicyModel>())
        {
            void Add(string key, string? title)
            {
                if (!string.IsNullOrWhiteSpace(title))
                {
                    titles.TryAdd(key, title);
                }
            }

            foreach (var zone in model.Network.Zones)
            {
                Add("zone:" + zone.Name.Value, zone.Title);
            }

            foreach (var unit in model.Units)
            {
                Add("unit:" + unit.Id.Value, unit.Title);
            }

            foreach (var service in model.Services)
            {
                Add("service:" + service.Name.Value, service.Title);
            }

            foreach (var upstream in model.Network.Planes.SelectMany(p => p.Upstreams))
            {
                Add("upstream:" + upstream.Name.Value, upstream.Title);
            }
        }

        return titles;
    }

    private static string TitleKey(Endpoint end) => end.Kind switch
    {
        EndpointKind.Segment => "unit:" + end.Unit,
        EndpointKind.Service => "service:" + end.Name,
        EndpointKind.Upstream => "upstream:" + end.Name,
        _ => string.Empty,
    };

    private static string Label(Dictionary<string, string> titles, string key, string name) =>
        titles.TryGetValue(key, out var title) ? $"{title} ({name})" : name;

    private static string NodeId(Endpoint end) => Id("n", $"{end.Kind}_{end}");

    /// <summary>Mermaid ids are ASCII; other characters are spelt as their code, so two names never share an id.</summary>
    private static string Id(string prefix, string name) =>
        prefix + "_" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : $"_{(int)c:x4}"));

    private static string Quote(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);
}
