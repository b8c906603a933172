using GovNet.NetCode.Model;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// A fixed set of port ranges (every port the policy names for one protocol, thousands of them, most
/// repeated) reduced once to its sorted, distinct edges and its union, so that cutting a class by them
/// is a binary search rather than a sort of the whole list for every packet the judge asks about.
/// Cuts exactly as <see cref="PacketClasses.SplitPorts"/> does with the same ranges.
/// </summary>
public sealed class PortCuts
{
    // Sorted, distinct: every From and every To + 1 of the ranges.
    private readonly int[] edges;

    // Sorted, disjoint, merged where they touch: the ports some range holds.
    private readonly PortRange[] union;

    public PortCuts(IEnumerable<PortRange> ranges)
    {
        var list = ranges.ToList();
        edges = [.. list.SelectMany(r => new[] { r.From, r.To + 1 }).Distinct().Order()];
        var merged = new List<PortRange>();
        foreach (var range in list.Where(r => r.From <= r.To).OrderBy(r => r.From))
        {
            if (merged.Count > 0 && (long)merged[^1].To + 1 >= range.From)
            {
                merged[^1] = new PortRange(merged[^1].From, Math.Max(merged[^1].To, range.To));
            }
            else
            {
                merged.Add(range);
            }
        }

        union = [.. merged];
    }

    /// <summary>The range cut at every edge strictly inside it.</summary>
    public List<PortRange> Split(PortRange within)
    {
        // The first edge above within.From.
        var index = Array.BinarySearch(edges, within.From);
        index = index >= 0 ? index + 1 : ~index;
        var result = new List<PortRange>();
        var start = within.From;
        for (; index < edges.Length && edges[index] <= within.To; index++)
        {
            result.Add(new PortRange(start, edges[index] - 1));
            start = edges[index];
        }

        result.Add(new PortRange(start, within.To));
        return result;
    }

    /// <summary>Whether some range holds the port.</summary>
    public bool Holds(int port)
    {
        int low = 0, high = union.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (union[middle].To < port)
            {
                low = middle + 1;
            }
            else if (union[middle].From > port)
            {
                high = middle - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
