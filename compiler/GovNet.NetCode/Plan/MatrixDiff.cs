using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Plan;

/// <summary>
/// A flow the configs begin to permit (<see cref="Permitted"/>) or stop permitting. <see cref="ReplyOf"/>
/// is set when the flow is the reply half of a stateless permit: every port back from the far end of a
/// permit to a narrower port range, which ACLs without connection state must open for the answers.
/// </summary>
public sealed record FlowChange(MatrixEntry Entry, bool Permitted, MatrixEntry? ReplyOf = null)
{
    public string Sign => Permitted ? "+" : "−";

    /// <summary>Where the flow goes between zones: <c>public → internet-access</c>; an end without a zone is named by its kind.</summary>
    public string ZonePair => $"{ZoneOf(Entry.From)} → {ZoneOf(Entry.To)}";

    private static string ZoneOf(Endpoint end) => end.Zone ?? end.ToString();
}

/// <summary>A set of flow changes under one heading (a zone pair or a unit).</summary>
public sealed record FlowGroup(string Name, ImmutableArray<FlowChange> Changes);

/// <summary>
/// The flow-matrix diff: which source → destination/protocol/port pairs the head configs permit that
/// the base configs did not, and the reverse, grouped per zone pair and per unit. Entries are compared
/// by <see cref="MatrixEntry.Key"/>, so a flow that only takes another path is not a change.
/// </summary>
public sealed record MatrixDiff(ImmutableArray<FlowChange> Changes)
{
    public static readonly MatrixDiff None = new(ImmutableArray<FlowChange>.Empty);

    public int PermittedCount => Changes.Count(c => c.Permitted);

    public int DeniedCount => Changes.Count(c => !c.Permitted);

    public static MatrixDiff Compare(FlowMatrix before, FlowMatrix after)
    {
        var old = Index(before);
        var now = Index(after);
        var (oldForward, nowForward) = (Forwards(old), Forwards(now));
        var changes = now.Where(e => !old.ContainsKey(e.Key)).Select(e => new FlowChange(e.Value, Permitted: true, ReplyOf(e.Value, nowForward)))
            .Concat(old.Where(e => !now.ContainsKey(e.Key)).Select(e => new FlowChange(e.Value, Permitted: false, ReplyOf(e.Value, oldForward))))
            .OrderBy(c => c.Entry.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Permitted);
        return new MatrixDiff([.. changes]);
    }

    public ImmutableArray<FlowGroup> ByZone() =>
        [.. Changes.GroupBy(c => c.ZonePair, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FlowGroup(g.Key, [.. g]))];

    /// <summary>A change between two units is listed under both; one that touches no unit is under none.</summary>
    public ImmutableArray<FlowGroup> ByUnit() =>
        [.. Changes.SelectMany(c => new[] { c.Entry.From.Unit, c.Entry.To.Unit }.OfType<string>().Distinct(StringComparer.Ordinal).Select(u => (Unit: u, Change: c)))
            .GroupBy(p => p.Unit, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FlowGroup(g.Key, [.. g.Select(p => p.Change)]))];

    private static readonly PortRange AllPorts = new(0, 65535);

    /// <summary>The entries that open fewer than all ports, by the ends and protocol their reply would have.</summary>
    private static ILookup<(Endpoint, Endpoint, Protocol), MatrixEntry> Forwards(SortedDictionary<string, MatrixEntry> side) =>
        side.Values.Where(e => e.Ports is { } ports && ports != AllPorts).ToLookup(e => (e.To, e.From, e.Protocol));

    /// <summary>The permit <paramref name="entry"/> answers: the same ends the other way, the same protocol, to fewer ports; null when it is a flow of its own.</summary>
    private static MatrixEntry? ReplyOf(MatrixEntry entry, ILookup<(Endpoint, Endpoint, Protocol), MatrixEntry> forwards) =>
        entry.Ports == AllPorts ? forwards[(entry.From, entry.To, entry.Protocol)].FirstOrDefault() : null;

    // The verifier keeps one entry per key; should two share one, the first (by path) stands for both.
    private static SortedDictionary<string, MatrixEntry> Index(FlowMatrix matrix)
    {
        var index = new SortedDictionary<string, MatrixEntry>(StringComparer.Ordinal);
        foreach (var entry in matrix.Entries.OrderBy(e => string.Join(",", e.Path), StringComparer.Ordinal))
        {
            index.TryAdd(entry.Key, entry);
        }

        return index;
    }
}
