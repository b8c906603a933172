namespace GovNet.NetCode.Model.Flows;

/// <summary>
/// The policy's own decision on a packet, straight from the flow definitions (address membership,
/// no prefixes, no ACLs): the reference the compiled ACLs are tested against, and what the
/// verifier will hold the running configs to. A permitted flow's replies pass; otherwise the first
/// matching flow decides; otherwise a zone with <c>intra: permit</c> lets its segments talk;
/// otherwise the packet is denied.
/// </summary>
public sealed class FlowPolicy
{
    private readonly ModelIndex context;
    private readonly PlaneAddressSpace space;
    private readonly List<(Flow Flow, IReadOnlyList<FlowService> Services)> flows;

    // The plane's segments indexed once: by address, by zone and by unit (in model order, as scans would meet them).
    private readonly SegmentIndex segments;
    private readonly Dictionary<string, SegmentIndex> zones;
    private readonly ILookup<string, Segment> units;

    // The flows that can match an address on their from and on their to side.
    private readonly FlowCandidates fromSides;
    private readonly FlowCandidates toSides;

    public FlowPolicy(ModelIndex context, string plane)
    {
        this.context = context;
        space = PlaneAddressSpace.Of(context, plane);
        flows = [.. context.ActiveFlows(plane).Select(f => (f, (IReadOnlyList<FlowService>)FlowServices.Of(f.Rule, context.Services)))];
        var planeSegments = context.Model.Segments.Where(s => context.PlaneOf(s) == plane).ToList();
        segments = new SegmentIndex(planeSegments);
        zones = planeSegments.GroupBy(s => s.Zone.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new SegmentIndex(g), StringComparer.Ordinal);
        units = planeSegments.ToLookup(s => s.Unit, StringComparer.Ordinal);
        fromSides = new FlowCandidates([.. flows.Select(f => f.Flow.Rule.From.Value)], planeSegments, context.Services, Covers);
        toSides = new FlowCandidates([.. flows.Select(f => f.Flow.Rule.To.Value)], planeSegments, context.Services, Covers);
    }

    public AclAction Decide(Packet packet)
    {
        foreach (var i in Both(toSides.Covering(packet.Source), fromSides.Covering(packet.Destination)))
        {
            var (flow, services) = flows[i];
            if (flow.Rule.Action.Value == FlowAction.Permit && services.Any(s => IsReply(s, packet)))
            {
                return AclAction.Permit;
            }
        }

        foreach (var i in Both(fromSides.Covering(packet.Source), toSides.Covering(packet.Destination)))
        {
            var (flow, services) = flows[i];
            if (services.Any(s => s.Matches(packet.Protocol, packet.DestinationPort)))
            {
                return flow.Rule.Action.Value == FlowAction.Permit ? AclAction.Permit : AclAction.Deny;
            }
        }

        var from = SegmentOf(packet.Source);
        var to = SegmentOf(packet.Destination);
        if (from is not null && to is not null && from.Zone.Value == to.Zone.Value &&
            context.Zones.TryGetValue(from.Zone.Value, out var zone) && zone.IntraPermit)
        {
            return AclAction.Permit;
        }

        return AclAction.Deny;
    }

    /// <summary>The positions in both ascending lists, ascending: the flows both of whose sides match, in policy order.</summary>
    private static IEnumerable<int> Both(int[] first, int[] second)
    {
        for (int a = 0, b = 0; a < first.Length && b < second.Length;)
        {
            if (first[a] < second[b])
            {
                a++;
            }
            else if (first[a] > second[b])
            {
                b++;
            }
            else
            {
                yield return first[a];
                a++;
                b++;
            }
        }
    }

    private static bool IsReply(FlowService service, Packet packet)
    {
        if (service.Protocol != Protocol.Ip && service.Protocol != packet.Protocol)
        {
            return false;
        }

        if (!service.Ports.IsEmpty && !service.Ports.Any(r => packet.SourcePort >= r.From && packet.SourcePort <= r.To))
        {
            return false;
        }

        return service.Protocol != Protocol.Tcp || packet.Established;
    }

    public bool Covers(Selector selector, Ipv4Address address) => selector switch
    {
        InternetSelector => !space.Contains(address),
        UnitSelector unit => units[unit.Unit].Any(s => (unit.Zone is null || s.Zone.Value == unit.Zone) && s.Subnet.Value.Contains(address)),
        ZoneSelector zone => zones.TryGetValue(zone.Zone, out var inZone) && inZone.Contains(address),
        ServiceSelector service => context.Services.TryGetValue(service.Service, out var s) && s.Address.Value == address,
        UpstreamSelector upstream => context.Upstreams.TryGetValue(upstream.Upstream, out var u) && u.Upstream.Prefixes.Any(p => p.Value.Contains(address)),
        CidrSelector cidr => cidr.Prefix.Contains(address),
        _ => false,
    };

    private Segment? SegmentOf(Ipv4Address address) => segments.Holding(address);
}
