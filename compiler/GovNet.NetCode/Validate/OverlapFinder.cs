using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>Finds every pair of overlapping prefixes in O(n log n + pairs) by sweeping them in address order.</summary>
internal static class OverlapFinder
{
    public static IEnumerable<(T First, T Second)> Pairs<T>(IEnumerable<T> items, Func<T, Ipv4Prefix> prefixOf)
    {
        var sorted = items.OrderBy(i => prefixOf(i)).ToList();
        var open = new List<T>();
        foreach (var item in sorted)
        {
            var prefix = prefixOf(item);
            open.RemoveAll(o => prefixOf(o).Broadcast < prefix.Network);
            foreach (var other in open)
            {
                yield return (other, item);
            }

            open.Add(item);
        }
    }
}
