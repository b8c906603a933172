namespace GovNet.NetCode.Model.Flows;

/// <summary>Set operations on prefixes that never change which addresses are covered.</summary>
public static class PrefixSet
{
    /// <summary>The fewest prefixes covering exactly the union: contained prefixes dropped, sibling halves joined.</summary>
    public static List<Ipv4Prefix> Collapse(IEnumerable<Ipv4Prefix> prefixes) => CollapseSorted(prefixes.Distinct().Order());

    /// <summary>
    /// <see cref="Collapse"/> of prefixes already in ascending order (repeats allowed), without sorting
    /// them again: for callers that keep a sorted list and collapse many subsets of it.
    /// </summary>
    public static List<Ipv4Prefix> CollapseSorted(IEnumerable<Ipv4Prefix> sorted)
    {
        var result = new List<Ipv4Prefix>();
        foreach (var prefix in sorted)
        {
            // Contains also drops a repeat of the last prefix kept, as Distinct would have.
            if (result.Count > 0 && result[^1].Contains(prefix))
            {
                continue;
            }

            result.Add(prefix);

            // Join with the previous prefix while the two are the halves of one larger prefix.
            while (result.Count >= 2 && Siblings(result[^2], result[^1]) is { } parent)
            {
                result.RemoveAt(result.Count - 1);
                result[^1] = parent;
            }
        }

        return result;
    }

    private static Ipv4Prefix? Siblings(Ipv4Prefix a, Ipv4Prefix b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return null;
        }

        var parent = Ipv4Prefix.Containing(a.Network, a.Length - 1);
        return parent.Network == a.Network && parent.Contains(b.Network) && a != b ? parent : null;
    }

    /// <summary>The parts of <paramref name="prefix"/> that lie inside <paramref name="within"/>.</summary>
    public static IEnumerable<Ipv4Prefix> Intersect(Ipv4Prefix prefix, Ipv4Prefix within) =>
        within.Contains(prefix) ? [prefix] : prefix.Contains(within) ? [within] : [];
}

/// <summary>Port ranges merged where they overlap or touch.</summary>
public static class PortSet
{
    public static List<PortRange> Merge(IEnumerable<PortRange> ranges)
    {
        var result = new List<PortRange>();
        foreach (var range in ranges.OrderBy(r => r.From).ThenBy(r => r.To))
        {
            if (result.Count > 0 && range.From <= result[^1].To + 1)
            {
                result[^1] = result[^1] with { To = Math.Max(result[^1].To, range.To) };
            }
            else
            {
                result.Add(range);
            }
        }

        return result;
    }
}
