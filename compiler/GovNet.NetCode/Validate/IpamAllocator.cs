using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>The next VLAN and subnet for a new segment in a zone, as <c>netcode ipam next</c> proposes them.</summary>
public sealed record IpamProposal(
    string Zone,
    string Plane,
    string? Unit,
    int Vlan,
    int FirstVlan,
    int LastVlan,
    Ipv4Prefix Subnet,
    Ipv4Prefix Pool,
    bool ReadOffSegments);

/// <summary>A proposal, or why there is none (an unknown zone or unit, a full range).</summary>
public sealed record IpamAnswer(IpamProposal? Proposal, string? Refusal);

/// <summary>
/// Proposes the next free VLAN and subnet of a zone (001 第二十条: the information centre assigns
/// them). Policy format v1 declares no ranges per zone, so they are read off the zone's segments:
/// <list type="bullet">
/// <item>VLANs: the blocks of a hundred the zone's VLANs fall in (public 101–153 → 101–199; the round
/// hundred only when the zone already uses it); a zone without segments takes the first block of a
/// hundred no VLAN of its plane uses.</item>
/// <item>Subnets: the size most of the zone's segments have (else /24), inside the smallest prefix
/// covering them widened to a /16 (a zone without segments: the /16 of its plane's management
/// subnet).</item>
/// <item>Free means unused in the plane (segment and management VLANs) and overlapping nothing
/// declared in either plane (segments, management subnets, upstream prefixes, link subnets).</item>
/// <item>Of the free VLANs, the one carrying the unit's own number (its VLANs' last two digits, as
/// caizheng 116/216/516) when <c>--unit</c> is given and that one is free, else the lowest. Of the free
/// subnets, the one whose index in the pool matches the VLAN the way the zone's segments do (public:
/// VLAN 107 → 10.61.107.0/24; dedicated: VLAN 206 → 10.62.6.0/24), else the lowest.</item>
/// </list>
/// </summary>
public static class IpamAllocator
{
    private const int DefaultLength = 24;
    private const int WidestPoolLength = 16;

    public static IpamAnswer Next(ModelIndex context, string zone, string? unit)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Zones.TryGetValue(zone, out var declaredZone) || context.PlaneOfZone(zone) is not { } plane)
        {
            return Refuse(Messages.Format("IpamUnknownZone", zone, Suggestions.DidYouMean(zone, context.Zones.Keys)));
        }

        Unit? owner = null;
        if (unit is not null)
        {
            if (!context.Units.TryGetValue(unit, out owner))
            {
                return Refuse(Messages.Format("IpamUnknownUnit", unit, Suggestions.DidYouMean(unit, context.Units.Keys)));
            }

            if (owner.Segments.FirstOrDefault(s => s.Zone.Value == zone) is { } existing)
            {
                return Refuse(Messages.Format("IpamUnitHasSegment", unit, existing.Name, existing.Vlan, existing.Subnet, existing.Span));
            }
        }

        var inZone = context.Model.Segments.Where(s => s.Zone.Value == zone).ToList();
        var used = context.PlaneVlans(plane);
        var (first, last) = VlanRange(context, plane, inZone, used);
        var vlan = NextVlan(first, last, used, owner);
        if (vlan is null)
        {
            return Refuse(Messages.Format("IpamNoFreeVlan", first, last, zone));
        }

        var length = inZone.Count == 0 ? DefaultLength : inZone.GroupBy(s => s.Subnet.Value.Length).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var pool = Pool(context, plane, inZone);
        var taken = AddressingRules.Blocks(context).Select(b => b.Prefix).Order().ToList();
        var subnet = NextSubnet(pool, length, taken, Convention(inZone, pool), vlan.Value);
        return subnet is null
            ? Refuse(Messages.Format("IpamNoFreeSubnet", length, pool, zone))
            : new IpamAnswer(new IpamProposal(declaredZone.Name.Value, plane, unit, vlan.Value, first, last, subnet.Value, pool, inZone.Count > 0), null);
    }

    private static IpamAnswer Refuse(string why) => new(null, why);

    private static (int First, int Last) VlanRange(ModelIndex context, string plane, List<Segment> inZone, IReadOnlySet<int> used)
    {
        if (inZone.Count > 0)
        {
            var low = inZone.Min(s => s.Vlan.Value) / 100 * 100;
            low += inZone.Exists(s => s.Vlan.Value == low) ? 0 : 1;
            var high = (inZone.Max(s => s.Vlan.Value) / 100 * 100) + 99;
            return (Math.Max(low, AddressingRules.MinVlan), Math.Min(high, AddressingRules.MaxVlan));
        }

        var blocks = used.Select(v => v / 100).ToHashSet();
        var block = Enumerable.Range(1, 40).FirstOrDefault(b => !blocks.Contains(b), 40);
        return ((block * 100) + 1, Math.Min((block * 100) + 99, AddressingRules.MaxVlan));
    }

    private static int? NextVlan(int first, int last, IReadOnlySet<int> used, Unit? owner)
    {
        if (owner?.Segments.FirstOrDefault() is { } other && (first / 100 * 100) + (other.Vlan.Value % 100) is var own &&
            own >= first && own <= last && !used.Contains(own))
        {
            return own;
        }

        for (var vlan = first; vlan <= last; vlan++)
        {
            if (!used.Contains(vlan))
            {
                return vlan;
            }
        }

        return null;
    }

    private static Ipv4Prefix Pool(ModelIndex context, string plane, List<Segment> inZone)
    {
        if (inZone.Count == 0)
        {
            var management = context.Planes[plane].Management.Subnet.Value;
            return Ipv4Prefix.Containing(management.Network, Math.Min(management.Length, WidestPoolLength));
        }

        var low = inZone.Min(s => s.Subnet.Value.Network.Value);
        var high = inZone.Max(s => s.Subnet.Value.Broadcast.Value);
        var length = 32;
        while (length > 0 && (low & Ipv4Prefix.MaskOf(length)) != (high & Ipv4Prefix.MaskOf(length)))
        {
            length--;
        }

        return Ipv4Prefix.Containing(new Ipv4Address(low), Math.Min(length, WidestPoolLength));
    }

    /// <summary>How the zone numbers its subnets: the index in the pool equals the VLAN, its last two digits, or neither.</summary>
    private static Func<int, long>? Convention(List<Segment> inZone, Ipv4Prefix pool)
    {
        long Index(Segment s) => (s.Subnet.Value.Network.Value - pool.Network.Value) / (long)s.Subnet.Value.Size;
        var whole = inZone.Count(s => Index(s) == s.Vlan.Value);
        var lastDigits = inZone.Count(s => Index(s) == s.Vlan.Value % 100);
        return whole == 0 && lastDigits == 0 ? null : whole >= lastDigits ? vlan => vlan : vlan => vlan % 100;
    }

    private static Ipv4Prefix? NextSubnet(Ipv4Prefix pool, int length, List<Ipv4Prefix> taken, Func<int, long>? convention, int vlan)
    {
        if (length < pool.Length)
        {
            return null;
        }

        var size = 1UL << (32 - length);
        var count = pool.Size / size;
        Ipv4Prefix At(ulong index) => new(new Ipv4Address((uint)(pool.Network.Value + (index * size))), length);
        bool Free(Ipv4Prefix candidate) => !taken.Exists(t => t.Overlaps(candidate));

        if (convention?.Invoke(vlan) is { } preferred && preferred >= 0 && (ulong)preferred < count && Free(At((ulong)preferred)))
        {
            return At((ulong)preferred);
        }

        for (ulong index = 0; index < count; index++)
        {
            if (Free(At(index)))
            {
                return At(index);
            }
        }

        return null;
    }
}
