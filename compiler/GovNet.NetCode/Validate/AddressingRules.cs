using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// IPAM as the information centre assigns it (001 第二十条–第二十二条): subnets are unique in a plane, VLANs
/// in a layer-2 domain, gateways are usable hosts of their subnet, services sit inside their zone's segments.
/// </summary>
internal static class AddressingRules
{
    public const int MinVlan = 2;
    public const int MaxVlan = 4094;

    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        CheckSegments(context, diagnostics);
        CheckVlans(context, diagnostics);
        CheckOverlaps(context, diagnostics);
        CheckServices(context, diagnostics);
        CheckManagement(context, diagnostics);
        CheckReusedAddresses(context, diagnostics);
    }

    private static void CheckSegments(ModelIndex context, DiagnosticBag diagnostics)
    {
        foreach (var unit in context.Model.Units)
        {
            var zones = new Dictionary<string, Segment>(StringComparer.Ordinal);
            foreach (var segment in unit.Segments)
            {
                if (!zones.TryAdd(segment.Zone.Value, segment))
                {
                    var first = zones[segment.Zone.Value];
                    diagnostics.Error(Codes.TwoSegmentsInZone, segment.Zone.Span,
                        Messages.Format("TwoSegmentsInZone", unit.Id, segment.Zone, first.Span), first.Span);
                }

                CheckGateway(segment.Gateway, segment.Subnet.Value, () => Messages.Format("OwnerSegment", segment.Name), diagnostics);
            }
        }
    }

    /// <param name="what">Names the gateway's owner; worded only for a diagnostic (every segment is checked).</param>
    private static void CheckGateway(Located<Ipv4Address> gateway, Ipv4Prefix subnet, Func<string> what, DiagnosticBag diagnostics)
    {
        if (!subnet.Contains(gateway.Value))
        {
            diagnostics.Error(Codes.GatewayOutsideSubnet, gateway.Span, Messages.Format("GatewayOutsideSubnet", gateway, what(), subnet));
        }
        else if (subnet.Length < 31 && (gateway.Value == subnet.Network || gateway.Value == subnet.Broadcast))
        {
            diagnostics.Error(Codes.GatewayNotHost, gateway.Span,
                Messages.Format(gateway.Value == subnet.Network ? "GatewayIsNetwork" : "GatewayIsBroadcast", gateway, what(), subnet));
        }
        else if (subnet.Length == 32)
        {
            diagnostics.Error(Codes.GatewayNotHost, gateway.Span, Messages.Format("GatewayInSlash32", what()));
        }
    }

    /// <summary>
    /// The management and black-hole VLANs span every device of their plane, so they are unique in it; a
    /// segment's VLAN is unique within its layer-2 domain (<see cref="VlanDomains"/>): segments of one plane
    /// behind different gateways may share an id as long as no device or cable would carry both.
    /// </summary>
    private static void CheckVlans(ModelIndex context, DiagnosticBag diagnostics)
    {
        var vlans = context.Model.Segments
            .Select(s => (Plane: context.PlaneOf(s), Vlan: s.Vlan, Owner: (Func<string>)(() => Messages.Format("OwnerSegment", s.Name)), Segment: (Segment?)s))
            .Concat(context.Model.Network.Planes
                .Where(p => p.Management.Vlan is not null)
                .Select(p => (Plane: (string?)p.Name.Value, Vlan: p.Management.Vlan!.Value, Owner: (Func<string>)(() => Messages.Format("OwnerManagementNetwork", p.Name)), Segment: (Segment?)null)))
            .Concat(context.Model.Network.Planes.Where(p => p.Security.BlackholeVlan is not null).Select(p => (
                Plane: (string?)p.Name.Value,
                Vlan: p.Security.BlackholeVlan!.Value,
                Owner: (Func<string>)(() => Messages.Format("OwnerBlackholeVlan", p.Name)),
                Segment: (Segment?)null)));
        var planeWide = new Dictionary<(string Plane, int Vlan), (Located<int> Vlan, Func<string> Owner)>();
        var segments = new Dictionary<(string Plane, int Vlan), List<Segment>>();
        foreach (var (plane, vlan, owner, segment) in vlans.OrderBy(v => v.Vlan.Span, LoadOrder.Comparer))
        {
            if (vlan.Value is < MinVlan or > MaxVlan)
            {
                diagnostics.Error(Codes.VlanOutOfRange, vlan.Span, Messages.Format("VlanOutOfRange", vlan, owner(), MinVlan, MaxVlan));
                continue;
            }

            if (plane is null)
            {
                continue;
            }

            var key = (plane, vlan.Value);
            var first = planeWide.TryGetValue(key, out var wide) ? wide
                : segment is null && segments.TryGetValue(key, out var users) ? (users[0].Vlan, () => Messages.Format("OwnerSegment", users[0].Name))
                : ((Located<int> Vlan, Func<string> Owner)?)null;
            if (first is { } clash)
            {
                diagnostics.Error(Codes.VlanReused, vlan.Span,
                    Messages.Format("VlanReused", vlan, owner(), clash.Owner(), plane, clash.Vlan.Span), clash.Vlan.Span);
            }

            if (segment is null)
            {
                planeWide.TryAdd(key, (vlan, owner));
            }
            else if (first is null)
            {
                segments.TryAdd(key, []);
                segments[key].Add(segment);
            }
        }

        var shared = segments.Where(g => g.Value.Count > 1).Select(g => (IReadOnlyList<Segment>)g.Value).ToList();
        foreach (var (segment, first, where) in VlanDomains.Clashes(context, shared))
        {
            diagnostics.Error(Codes.VlanReused, segment.Vlan.Span,
                Messages.Format("VlanReusedInDomain", segment.Vlan, segment.Name, first.Name, first.Vlan.Span, where, context.PlaneOf(segment)), first.Vlan.Span);
        }
    }

    /// <summary>What holds a block of address space; it decides how an overlap is worded and which code it gets.</summary>
    internal enum BlockKind
    {
        Segment,
        Management,
        Upstream,
        Link,
    }

    /// <param name="Describe">Words the holder, only for a diagnostic: every segment, link and prefix is a block, few overlap.</param>
    internal sealed record Block(Ipv4Prefix Prefix, string? Plane, BlockKind Kind, Func<string> Describe, SourceSpan Span)
    {
        public string Owner => Describe();

        public bool Management => Kind == BlockKind.Management;

        /// <summary>Segment subnets and upstream prefixes are named by their holder alone, so their overlap message says "subnet" first.</summary>
        public bool NamedByHolder => Kind is BlockKind.Segment or BlockKind.Upstream;
    }

    /// <summary>Everything that occupies address space: segments, management subnets, upstream prefixes, links between devices.</summary>
    internal static IEnumerable<Block> Blocks(ModelIndex context)
    {
        foreach (var segment in context.Model.Segments)
        {
            yield return new Block(segment.Subnet.Value, context.PlaneOf(segment), BlockKind.Segment, () => Messages.Format("OwnerSegmentSubnet", segment.Subnet, segment.Name), segment.Subnet.Span);
        }

        foreach (var plane in context.Model.Network.Planes)
        {
            var subnet = plane.Management.Subnet;
            yield return new Block(subnet.Value, plane.Name.Value, BlockKind.Management, () => Messages.Format("OwnerManagementSubnet", subnet, plane.Name), subnet.Span);
            foreach (var upstream in plane.Upstreams)
            {
                foreach (var prefix in upstream.Prefixes)
                {
                    yield return new Block(prefix.Value, plane.Name.Value, BlockKind.Upstream, () => Messages.Format("OwnerUpstreamPrefix", prefix, upstream.Name), prefix.Span);
                }
            }
        }

        // The two ends of a device-to-device link share one subnet: count it once, at its first end.
        // The key holds the two devices too, so the same subnet on a cable between other devices
        // (or in the other plane) is still an overlap; keying on the ports instead would make a
        // mistyped far port (already NC5105) overlap its own cable.
        var linkSubnets = new HashSet<(Ipv4Prefix Subnet, string Low, string High)>();
        foreach (var device in context.Model.Devices)
        {
            foreach (var port in device.Interfaces)
            {
                if (port is { Address: { } address, Link.Value: DeviceLinkEnd far } &&
                    linkSubnets.Add(string.CompareOrdinal(device.Hostname.Value, far.Hostname) <= 0
                        ? (address.Value.Subnet, device.Hostname.Value, far.Hostname)
                        : (address.Value.Subnet, far.Hostname, device.Hostname.Value)))
                {
                    yield return new Block(address.Value.Subnet, device.Plane.Value, BlockKind.Link,
                        () => Messages.Format("OwnerLinkSubnet", address.Value.Subnet, device.Hostname, port.Name), address.Span);
                }
            }
        }
    }

    private static void CheckOverlaps(ModelIndex context, DiagnosticBag diagnostics)
    {
        // Copies of one prefix in one plane and kind overlap everything alike, so only the first copy
        // (in load order) is compared with other blocks and each further copy is reported against it:
        // n copies give n-1 diagnostics, not n²/2 (a pasted or hostile unit file of a few thousand
        // segments would otherwise exhaust memory). With no copies every overlapping pair is reported.
        var groups = Blocks(context)
            .GroupBy(b => (b.Prefix, b.Plane, b.Management))
            .Select(g => g.OrderBy(b => b.Span, LoadOrder.Comparer).ToList())
            .ToList();
        var pairs = groups.SelectMany(g => g.Skip(1).Select(copy => (g[0], copy)))
            .Concat(OverlapFinder.Pairs(groups.Select(g => g[0]), b => b.Prefix));
        foreach (var (a, b) in pairs)
        {
            var (edited, older) = EditedFirst(a, b);
            var message = Messages.Format(edited.NamedByHolder ? "SubnetOverlaps" : "Overlaps", edited.Owner, older.Owner, older.Span);
            if (a.Management || b.Management)
            {
                diagnostics.Error(Codes.ManagementOverlap, edited.Span, message, older.Span);
            }
            else if (a.Plane == b.Plane)
            {
                diagnostics.Error(Codes.SubnetOverlap, edited.Span, message, older.Span);
            }
            else
            {
                diagnostics.Warning(Codes.SubnetOverlapAcrossPlanes, edited.Span,
                    Messages.Format("OverlapAcrossPlanes", message), older.Span);
            }
        }
    }

    /// <summary>
    /// Which of two overlapping blocks the user most likely just edited, reported first: the narrower
    /// one (a segment carved into a management subnet, an upstream range or another segment is the new
    /// part; the wide block is the older plan), and of two equal prefixes the one later in
    /// <see cref="LoadOrder"/>.
    /// </summary>
    private static (Block Edited, Block Older) EditedFirst(Block a, Block b)
    {
        if (a.Prefix.Length != b.Prefix.Length)
        {
            return a.Prefix.Length > b.Prefix.Length ? (a, b) : (b, a);
        }

        return LoadOrder.Comparer.Compare(a.Span, b.Span) > 0 ? (a, b) : (b, a);
    }

    private static void CheckServices(ModelIndex context, DiagnosticBag diagnostics)
    {
        var segmentsByZone = context.Model.Segments.ToLookup(s => s.Zone.Value, StringComparer.Ordinal);
        foreach (var service in context.Model.Services.Where(s => context.Zones.ContainsKey(s.Zone.Value)))
        {
            var holder = segmentsByZone[service.Zone.Value].FirstOrDefault(s => s.Subnet.Value.Contains(service.Address.Value));
            if (holder is null)
            {
                diagnostics.Error(Codes.ServiceOutsideSegments, service.Address.Span,
                    Messages.Format("ServiceOutsideSegments", service.Address, service.Name, service.Zone));
            }
            else if (service.Address.Value == holder.Subnet.Value.Network || service.Address.Value == holder.Subnet.Value.Broadcast)
            {
                diagnostics.Error(Codes.ServiceOutsideSegments, service.Address.Span,
                    Messages.Format("ServiceNotHost", service.Address, service.Name, holder.Name));
            }
        }
    }

    private static void CheckManagement(ModelIndex context, DiagnosticBag diagnostics)
    {
        var planes = context.Model.Network.Planes;
        foreach (var plane in planes)
        {
            CheckGateway(plane.Management.Gateway, plane.Management.Subnet.Value, () => Messages.Format("OwnerManagementNetwork", plane.Name), diagnostics);
        }

        // A management server that another plane uses, or that sits in another plane's address space, joins the planes (P1).
        var blocks = Blocks(context).ToList();
        var users = new Dictionary<Ipv4Address, Plane>();
        foreach (var plane in planes)
        {
            foreach (var server in plane.Management.Servers)
            {
                if (users.TryGetValue(server.Address.Value, out var other) && other != plane)
                {
                    diagnostics.Error(Codes.ManagementServerShared, server.Address.Span,
                        Messages.Format("ManagementServerShared", server.Address, plane.Name, other.Name));
                    continue;
                }

                users.TryAdd(server.Address.Value, plane);
                var foreign = blocks.FirstOrDefault(b => b.Plane is not null && b.Plane != plane.Name.Value && b.Prefix.Contains(server.Address.Value));
                if (foreign is not null)
                {
                    diagnostics.Error(Codes.ManagementServerShared, server.Address.Span,
                        Messages.Format("ManagementServerInOtherPlane", server.Kind.ToString().ToUpperInvariant(), server.Address, plane.Name, foreign.Owner, foreign.Plane));
                }
            }
        }

        foreach (var device in context.Model.Devices)
        {
            if (context.Planes.TryGetValue(device.Plane.Value, out var plane) && !plane.Management.Subnet.Value.Contains(device.Management.Value))
            {
                diagnostics.Error(Codes.ManagementAddressOutsideSubnet, device.Management.Span,
                    Messages.Format("ManagementAddressOutsideSubnet", device.Management, device.Hostname, plane.Management.Subnet, plane.Name));
            }
        }
    }

    /// <summary>One address, one holder, within a plane: device management, routed ports, gateways and services.</summary>
    private static void CheckReusedAddresses(ModelIndex context, DiagnosticBag diagnostics)
    {
        var holders = new List<(string? Plane, Located<Ipv4Address> Address, Func<string> Owner)>();
        foreach (var device in context.Model.Devices)
        {
            holders.Add((device.Plane.Value, device.Management, () => Messages.Format("OwnerManagementAddress", device.Hostname)));
            foreach (var port in device.Interfaces.Where(i => i.Address is not null && i.Link?.Value is not InternetLinkEnd))
            {
                var address = port.Address!.Value;
                holders.Add((device.Plane.Value, new Located<Ipv4Address>(address.Value.Address, address.Span), () => $"{device.Hostname} {port.Name}"));
            }
        }

        holders.AddRange(context.Model.Segments.Select(s => (context.PlaneOf(s), s.Gateway, (Func<string>)(() => Messages.Format("OwnerGateway", s.Name)))));
        holders.AddRange(context.Model.Services.Select(s => (context.PlaneOfZone(s.Zone.Value), s.Address, (Func<string>)(() => Messages.Format("OwnerService", s.Name)))));

        var seen = new Dictionary<(string?, Ipv4Address), (Located<Ipv4Address> Address, Func<string> Owner)>();
        foreach (var (plane, address, owner) in holders.OrderBy(h => h.Address.Span, LoadOrder.Comparer))
        {
            if (!seen.TryAdd((plane, address.Value), (address, owner)))
            {
                var first = seen[(plane, address.Value)];
                diagnostics.Error(Codes.AddressReused, address.Span,
                    Messages.Format("AddressReused", address, owner(), first.Owner(), first.Address.Span), first.Address.Span);
            }
        }
    }
}
