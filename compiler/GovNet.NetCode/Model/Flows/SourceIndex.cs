namespace GovNet.NetCode.Model.Flows;

/// <summary>
/// For a list of prefix sets (the inside sources of a plane's flow directions, in order), which sets
/// meet a given prefix. A prefix meets a region when it holds the region (one of the region's at most
/// 33 enclosing prefixes, looked up) or lies inside it (a range of the prefixes sorted by address).
/// </summary>
internal sealed class SourceIndex
{
    private readonly Dictionary<Ipv4Prefix, List<int>> byPrefix = [];
    private readonly (uint Network, int Set)[] sorted;
    private readonly int[] lengths;

    public SourceIndex(IReadOnlyList<IReadOnlyList<Ipv4Prefix>> sets)
    {
        var all = new List<(uint Network, int Set)>();
        for (var set = 0; set < sets.Count; set++)
        {
            foreach (var prefix in sets[set])
            {
                if (!byPrefix.TryGetValue(prefix, out var list))
                {
                    byPrefix[prefix] = list = [];
                }

                list.Add(set);
                all.Add((prefix.Network.Value, set));
            }
        }

        sorted = [.. all.OrderBy(x => x.Network).ThenBy(x => x.Set)];
        lengths = [.. byPrefix.Keys.Select(p => p.Length).Distinct().Order()];
    }

    /// <summary>The sets with a prefix that overlaps <paramref name="region"/>, each once, in ascending order.</summary>
    public IEnumerable<int> Meeting(Ipv4Prefix region)
    {
        var found = new SortedSet<int>();
        foreach (var length in lengths.Where(l => l <= region.Length))
        {
            if (byPrefix.TryGetValue(Ipv4Prefix.Containing(region.Network, length), out var sets))
            {
                found.UnionWith(sets);
            }
        }

        // Prefixes inside the region have their network address in [network, broadcast].
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = sorted[middle].Network < region.Network.Value ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < sorted.Length && sorted[i].Network <= region.Broadcast.Value; i++)
        {
            found.Add(sorted[i].Set);
        }

        return found;
    }
}
