using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>Address sets as sorted, disjoint inclusive intervals: regions of endpoints and what ACL addresses cover.</summary>
public static class Intervals
{
    /// <summary>
    /// The interval an ACL address covers. A non-contiguous wildcard is widened to the interval from
    /// its lowest to its highest match; its boundaries still cut the atoms, and the rule itself is
    /// matched exactly on each representative address.
    /// </summary>
    public static (uint Low, uint High) Of(AddressMatch match) =>
        (match.Address.Value & ~match.Wildcard, match.Address.Value | match.Wildcard);

    public static List<(uint Low, uint High)> Normalise(IEnumerable<(uint Low, uint High)> intervals)
    {
        var result = new List<(uint Low, uint High)>();
        foreach (var (low, high) in intervals.OrderBy(i => i.Low))
        {
            if (result.Count > 0 && (ulong)result[^1].High + 1 >= low)
            {
                result[^1] = (result[^1].Low, Math.Max(result[^1].High, high));
            }
            else
            {
                result.Add((low, high));
            }
        }

        return result;
    }

    /// <summary>Everything not in <paramref name="sorted"/> (sorted and disjoint).</summary>
    public static List<(uint Low, uint High)> Complement(IReadOnlyList<(uint Low, uint High)> sorted)
    {
        var result = new List<(uint Low, uint High)>();
        ulong next = 0;
        foreach (var (low, high) in sorted)
        {
            if (low > next)
            {
                result.Add(((uint)next, low - 1));
            }

            next = (ulong)high + 1;
        }

        if (next <= uint.MaxValue)
        {
            result.Add(((uint)next, uint.MaxValue));
        }

        return result;
    }

    /// <summary>Removes <paramref name="cut"/> (sorted, disjoint) from <paramref name="sorted"/>.</summary>
    public static List<(uint Low, uint High)> Except(IReadOnlyList<(uint Low, uint High)> sorted, IReadOnlyList<(uint Low, uint High)> cut)
    {
        var keep = Complement(cut);
        var result = new List<(uint Low, uint High)>();
        foreach (var (low, high) in sorted)
        {
            foreach (var (kLow, kHigh) in keep)
            {
                var from = Math.Max(low, kLow);
                var to = Math.Min(high, kHigh);
                if (from <= to)
                {
                    result.Add((from, to));
                }
            }
        }

        return result;
    }

    public static bool Overlaps(IReadOnlyList<(uint Low, uint High)> sorted, (uint Low, uint High) interval)
    {
        // A loop rather than Any: this runs for every source and atom, and a closure for each call was a good part of what they allocated.
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Low <= interval.High && interval.Low <= sorted[i].High)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Covers((uint Low, uint High) outer, IReadOnlyList<(uint Low, uint High)> sorted)
    {
        // A loop rather than All, as in Overlaps: reachability asks for every deny rule of every source's ingress ACL.
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Low < outer.Low || outer.High < sorted[i].High)
            {
                return false;
            }
        }

        return true;
    }

    public static bool Contains(IReadOnlyList<(uint Low, uint High)> sorted, uint address) =>
        sorted.Any(r => r.Low <= address && address <= r.High);

    public static (uint Low, uint High) Of(Ipv4Prefix prefix) => AddressAtoms.Interval(prefix);
}
