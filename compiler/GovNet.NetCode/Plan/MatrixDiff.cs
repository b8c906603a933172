using System.Collections.Immutable;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Plan;

/// <summary>A flow the configs begin to permit (<see cref="Permitted"/>) or stop permitting.</summary>
public sealed record FlowChange(MatrixEntry Entry, bool Permitted)
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
        var changes = now.Where(e => !old.ContainsKey(e.Key)).Select(e => new FlowChange(e.Value, Permitted: true))
            .Concat(old.Where(e => !now.ContainsKey(e.Key)).Select(e => new FlowChange(e.Value, Permitted: false)))
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
