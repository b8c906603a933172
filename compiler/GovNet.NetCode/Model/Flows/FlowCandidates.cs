using System.Collections.Concurrent;

namespace GovNet.NetCode.Model.Flows;

/// <summary>
/// For an address, the flows (by position in the policy) whose one side covers it, in policy order, so a
/// decision meets only the handful of flows that can match instead of scanning thousands for every packet.
/// The index only narrows: every candidate is still asked <paramref name="covers"/>, so the answer is the
/// scan's. A unit or zone selector can only cover an address inside one of that unit's or zone's segments,
/// a service selector only the service's own address; every other selector (internet, upstream, CIDR) is a
/// candidate for every address. Lists are built once per address and shared between threads.
/// </summary>
internal sealed class FlowCandidates
{
    private readonly IReadOnlyList<Selector> sides;
    private readonly Func<Selector, Ipv4Address, bool> covers;
    private readonly Dictionary<Ipv4Prefix, List<Segment>> segmentsBySubnet = [];
    private readonly int[] lengths;
    private readonly Dictionary<string, List<int>> byUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byZone = new(StringComparer.Ordinal);
    private readonly Dictionary<Ipv4Address, List<int>> byAddress = [];
    private readonly List<int> everywhere = [];
    private readonly ConcurrentDictionary<Ipv4Address, int[]> covering = new();

    public FlowCandidates(IReadOnlyList<Selector> sides, IEnumerable<Segment> segments, IReadOnlyDictionary<string, Service> services, Func<Selector, Ipv4Address, bool> covers)
    {
        this.sides = sides;
        this.covers = covers;
        foreach (var segment in segments)
        {
            Add(segmentsBySubnet, segment.Subnet.Value, segment);
        }

        lengths = [.. segmentsBySubnet.Keys.Select(p => p.Length).Distinct()];
        for (var i = 0; i < sides.Count; i++)
        {
            switch (sides[i])
            {
                case UnitSelector unit:
                    Add(byUnit, unit.Unit, i);
                    break;
                case ZoneSelector zone:
                    Add(byZone, zone.Zone, i);
                    break;
                case ServiceSelector service:
                    if (services.TryGetValue(service.Service, out var known))
                    {
                        Add(byAddress, known.Address.Value, i);
                    }

                    break;
                default:
                    everywhere.Add(i);
                    break;
            }
        }
    }

    /// <summary>The positions of the flows whose side covers <paramref name="address"/>, ascending.</summary>
    public int[] Covering(Ipv4Address address) => covering.GetOrAdd(address, Build);

    private int[] Build(Ipv4Address address)
    {
        var candidates = new HashSet<int>(everywhere);
        if (byAddress.TryGetValue(address, out var atAddress))
        {
            candidates.UnionWith(atAddress);
        }

        foreach (var length in lengths)
        {
            if (!segmentsBySubnet.TryGetValue(Ipv4Prefix.Containing(address, length), out var holding))
            {
                continue;
            }

            foreach (var segment in holding)
            {
                candidates.UnionWith(byUnit.GetValueOrDefault(segment.Unit) ?? []);
                candidates.UnionWith(byZone.GetValueOrDefault(segment.Zone.Value) ?? []);
            }
        }

        var found = candidates.Where(i => covers(sides[i], address)).ToArray();
        Array.Sort(found);
        return found;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
