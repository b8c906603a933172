using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using static GovNet.NetCode.Testing.Mutations.Edits;

namespace GovNet.NetCode.Testing.Mutations;

/// <summary>
/// Single mistakes an engineer makes in a policy repository, each with the code it must draw. Later
/// stages reuse the catalogue: whatever refuses an invalid repository must refuse every one of these.
/// </summary>
public static class MutationCatalogue
{
    /// <summary>An address outside every generated plan (TEST-NET-1).</summary>
    private static readonly Ipv4Address Stray = Ipv4Address.Parse("192.0.2.1");

    private static bool Always(GeneratedNetwork network) => true;

    private static bool HasInternal(GeneratedNetwork network) => network.Spec.HasInternalPlane;

    public static readonly ImmutableArray<Mutation> All =
    [
        // ---- addressing ----
        new("overlapping-subnet", Codes.SubnetOverlap, Severity.Error, Always, (n, r) =>
        {
            // The second segment takes the lower half of the first's /24: a real overlap, not a copy.
            var (first, second) = TwoSegments(n, r);
            return ReplaceSegment(n, second, second with { Subnet = new Ipv4Prefix(first.Subnet.Network, 25), GatewayExplicit = false });
        }),
        new("reused-vlan", Codes.VlanReused, Severity.Error, Always, (n, r) =>
        {
            // A VLAN id may repeat in layer-2 domains that never meet, so the copy goes to a segment behind the same
            // gateway; where the gateway serves no other, onto the plane's management VLAN, which spans every device.
            var (first, second) = TwoSegments(n, r);
            var gateway = n.GatewayOf(first.Name).Hostname;
            if (n.GatewayOf(second.Name).Hostname == gateway)
            {
                return ReplaceSegment(n, second, second with { Vlan = first.Vlan });
            }

            var sibling = n.Segments.FirstOrDefault(s => s != first && s.Plane == first.Plane && n.GatewayOf(s.Name).Hostname == gateway);
            return sibling is not null
                ? ReplaceSegment(n, sibling, sibling with { Vlan = first.Vlan })
                : ReplaceSegment(n, first, first with { Vlan = n.Planes.Single(p => p.Name == first.Plane).ManagementVlan });
        }),
        new("vlan-out-of-range", Codes.VlanOutOfRange, Severity.Error, Always, (n, r) =>
        {
            var segment = r.One([.. n.Segments]);
            return ReplaceSegment(n, segment, segment with { Vlan = r.Next(2) == 0 ? 1 : 4095 });
        }),
        new("gateway-outside-subnet", Codes.GatewayOutsideSubnet, Severity.Error, Always, (n, r) =>
        {
            var segment = r.One([.. n.Segments]);
            return ReplaceSegment(n, segment, segment with { Gateway = Stray, GatewayExplicit = true });
        }),
        new("gateway-is-broadcast", Codes.GatewayNotHost, Severity.Error, Always, (n, r) =>
        {
            var segment = r.One([.. n.Segments]);
            return ReplaceSegment(n, segment, segment with { Gateway = segment.Subnet.Broadcast, GatewayExplicit = true });
        }),
        new("host-bits-set", Codes.HostBitsSet, Severity.Error, Always, (n, r) =>
        {
            var segment = r.One([.. n.Segments]);
            var sloppy = $"{new Ipv4Address(segment.Subnet.Network.Value + 1)}/{segment.Subnet.Length}";
            return EditSegment(n, segment, map => map.Replace($"subnet: {segment.Subnet}", $"subnet: {sloppy}", StringComparison.Ordinal));
        }),
        new("service-outside-segments", Codes.ServiceOutsideSegments, Severity.Error, Always, (n, r) =>
        {
            var service = r.One(n.Services);
            return n.Files.Replace(Yaml.ServicesFile.Path, $"address: {service.Address},", $"address: {Stray},");
        }),
        new("management-outside-subnet", Codes.ManagementAddressOutsideSubnet, Severity.Error, Always, (n, r) =>
        {
            var device = r.One(n.Devices);
            return n.Files.Replace(device.File, $"\nmanagement: {device.Management}\n", $"\nmanagement: {Stray}\n");
        }),
        new("routed-link-mismatch", Codes.RoutedLinkMismatch, Severity.Error, Always, (n, r) =>
        {
            // The egress end moves to another /30, so the two ends no longer share a subnet.
            var egress = n.Devices.Single(d => d.Role == DeviceRole.Egress);
            var port = egress.Ports.Single(p => p is { Address: not null, Link: not "internet" });
            var moved = new InterfaceAddress(new Ipv4Address(port.Address!.Value.Address.Value - 256), port.Address.Value.Length);
            return ReplacePort(n, egress, port, port with { Address = moved });
        }),
        new("cross-plane-overlap", Codes.SubnetOverlapAcrossPlanes, Severity.Warning,
            n => n.Segments.Any(s => s is { Plane: GeneratedPlane.Internal } && n.Unit(s.Unit).Kind != UnitKind.Centre),
            (n, r) =>
            {
                // A unit's internal segment reuses an external /24 (the centre's are left alone: they hold services).
                var inside = r.One([.. n.Segments.Where(s => s.Plane == GeneratedPlane.Internal && n.Unit(s.Unit).Kind != UnitKind.Centre)]);
                var outside = r.One(SegmentsOf(n, GeneratedPlane.External));
                return ReplaceSegment(n, inside, inside with { Subnet = outside.Subnet, Gateway = outside.Subnet.FirstHost, GatewayExplicit = false });
            }),

        // ---- schema and identity ----
        new("unknown-key", Codes.UnknownKey, Severity.Error, Always, (n, r) =>
        {
            if (r.Next(2) == 0)
            {
                var device = r.One(n.Devices);
                return AddDeviceKey(n, device, "owner: 张工");
            }

            var segment = r.One([.. n.Segments]);
            return EditSegment(n, segment, map => map.Replace("{ zone:", "{ colour: red, zone:", StringComparison.Ordinal));
        }),
        new("duplicate-key", Codes.DuplicateKey, Severity.Error, Always, (n, r) =>
        {
            var unit = r.One(n.Units);
            return n.Files.Replace(unit.File, $"\ntitle: {unit.Title}\n", $"\ntitle: {unit.Title}\ntitle: {unit.Title}（重复）\n");
        }),
        new("missing-role", Codes.MissingKey, Severity.Error, Always, (n, r) =>
        {
            var device = r.One(n.Devices);
            return n.Files.Replace(device.File, $"\nrole: {device.Role.ToString().ToLowerInvariant()}\n", "\n");
        }),
        new("duplicate-unit-id", Codes.DuplicateId, Severity.Error, n => n.Units.Length >= 2, (n, r) =>
        {
            var first = r.Next(n.Units.Length);
            var second = (first + 1 + r.Next(n.Units.Length - 1)) % n.Units.Length;
            return n.Files.Replace(n.Units[second].File, $"id: {n.Units[second].Id}\n", $"id: {n.Units[first].Id}\n");
        }),
        new("bad-interface-name", Codes.InvalidInterfaceName, Severity.Error, Always, (n, r) =>
        {
            // Abbreviated names are what the CLI accepts and the inventory does not.
            var (device, port) = PortOf(n, r, InterfaceMode.Access, DeviceRole.Access);
            return ReplacePort(n, device, port, port with { Name = "Gi0/0/1" });
        }),

        // ---- references ----
        new("dangling-zone", Codes.UnknownZone, Severity.Error, Always, (n, r) =>
        {
            var segment = r.One([.. n.Segments]);
            return ReplaceSegment(n, segment, segment with { Zone = "nowhere" });
        }),
        new("dangling-plane", Codes.UnknownPlane, Severity.Error, Always, (n, r) =>
        {
            var device = r.One(n.Devices);
            return n.Files.Replace(device.File, $"\nplane: {device.Plane}\n", "\nplane: nowhere\n");
        }),
        new("dangling-access-segment", Codes.UnknownSegment, Severity.Error, Always, (n, r) =>
        {
            var (device, port) = PortOf(n, r, InterfaceMode.Access, DeviceRole.Access);
            return ReplacePort(n, device, port, port with { Segment = "nobody@" + port.Segment!.Split('@')[1] });
        }),
        new("unknown-link-target", Codes.UnknownLinkTarget, Severity.Error, Always, (n, r) =>
        {
            var (device, port) = Uplink(n, r);
            return ReplacePort(n, device, port, port with { Link = $"{device.Plane[..3].ToUpperInvariant()}-GHOST-99:{port.Name}" });
        }),
        new("unknown-upstream", Codes.UnknownUpstream, Severity.Error, Always, (n, r) =>
        {
            var core = n.Devices.Single(d => d is { Role: DeviceRole.Core, Plane: GeneratedPlane.External });
            var port = core.Ports.Single(p => p.Link?.StartsWith("upstream:", StringComparison.Ordinal) == true);
            return ReplacePort(n, core, port, port with { Link = "upstream:nowhere" });
        }),

        // ---- cabling and planes ----
        new("asymmetric-link", Codes.LinkNotSymmetric, Severity.Error, Always, (n, r) =>
        {
            // The lower end forgets its cable; the upper end still names it.
            var (device, port) = Uplink(n, r);
            return ReplacePort(n, device, port, port with { Link = null });
        }),
        new("cross-plane-cable", Codes.LinkAcrossPlanes, Severity.Error, HasInternal, (n, r) =>
        {
            var external = r.One([.. n.Devices.Where(d => d is { Role: DeviceRole.Access, Plane: GeneratedPlane.External })]);
            var @internal = r.One([.. n.Devices.Where(d => d is { Role: DeviceRole.Access, Plane: GeneratedPlane.Internal })]);
            var files = AddPort(n.Files, external, new GeneratedPort(external.Vendor.Spare, InterfaceMode.Trunk, $"{@internal.Hostname}:{@internal.Vendor.Spare}"));
            return AddPort(files, @internal, new GeneratedPort(@internal.Vendor.Spare, InterfaceMode.Trunk, $"{external.Hostname}:{external.Vendor.Spare}"));
        }),
        new("internet-on-non-egress", Codes.InternetLinkNotEgress, Severity.Error, Always, (n, r) =>
        {
            var device = r.One([.. n.Devices.Where(d => d.Role is DeviceRole.Access or DeviceRole.Distribution)]);
            return AddPort(n.Files, device, new GeneratedPort(device.Vendor.Spare, InterfaceMode.Routed, "internet", Address: new InterfaceAddress(Ipv4Address.Parse("198.51.100.2"), 30)));
        }),
        new("access-port-other-plane", Codes.AccessPortOtherPlane, Severity.Error, HasInternal, (n, r) =>
        {
            var (device, port) = PortOf(n, r, InterfaceMode.Access, DeviceRole.Access);
            var foreign = r.One(SegmentsOf(n, OtherPlane(n, device.Plane).Name));
            return ReplacePort(n, device, port, port with { Segment = foreign.Name });
        }),
        new("interface-declared-twice", Codes.InterfaceOverlap, Severity.Error, Always, (n, r) =>
        {
            var (device, port) = PortOf(n, r, InterfaceMode.Access, DeviceRole.Access);
            return AddPort(n.Files, device, port);
        }),

        // ---- gateways ----
        new("segment-without-gateway", Codes.SegmentWithoutGateway, Severity.Error, Always, (n, r) =>
        {
            var gateway = r.One([.. n.Devices.Where(d => d.IsGateway)]);
            return n.Files.Replace(gateway.File, $"\n{Yaml.DeviceFile.GatewayFor(gateway)}\n", "\n");
        }),
        new("segment-with-two-gateways", Codes.SegmentTwoGateways, Severity.Error,
            n => n.Devices.Any(d => SecondGatewayCandidates(n, d).Count > 0),
            (n, r) =>
            {
                var device = r.One([.. n.Devices.Where(d => SecondGatewayCandidates(n, d).Count > 0)]);
                var segment = r.One(SecondGatewayCandidates(n, device));

                // A distribution switch already lists its own segments: the other device's segment joins the list.
                return device.GatewayFor.IsEmpty
                    ? AddDeviceKey(n, device, $"gateway-for: [{segment.Name}]")
                    : n.Files.Replace(device.File, "\ngateway-for:\n", $"\ngateway-for:\n  - {segment.Name}\n");
            }),
        new("gateway-on-access-switch", Codes.GatewayOnAccessDevice, Severity.Error, Always, (n, r) =>
        {
            var device = r.One([.. n.Devices.Where(d => d.Role == DeviceRole.Access)]);
            return AddDeviceKey(n, device, $"gateway-for: [{r.One(SegmentsOf(n, device.Plane)).Name}]");
        }),
        new("gateway-unreachable", Codes.GatewayUnreachable, Severity.Error, Always, (n, r) =>
        {
            // An access switch's uplink carries only the management VLAN, cutting its segments off from the core.
            var device = r.One([.. n.Devices.Where(d => d.Role == DeviceRole.Access && d.Parent is not null)]);
            var port = device.Ports.First(p => p.Link?.StartsWith(device.Parent + ":", StringComparison.Ordinal) == true);
            var vlan = n.Planes.Single(p => p.Name == device.Plane).ManagementVlan;
            return ReplacePort(n, device, port, Yaml.DeviceFile.PortMap(port).Replace("vlans: auto", $"vlans: [{vlan}]", StringComparison.Ordinal));
        }),

        // ---- flows ----
        new("cross-zone-without-approval", Codes.CrossZoneWithoutApproval, Severity.Error, Always, (n, r) =>
        {
            var (segment, service) = r.One([.. n.Segments.SelectMany(s => n.Services.Where(v => v.Plane == s.Plane && v.Zone != s.Zone).Select(v => (s, v)))]);
            return AddFlow(n, new GeneratedFlow($"permit tcp/443 from unit:{segment.Name} to service:{service.Name}"));
        }),
        new("flow-across-planes", Codes.FlowAcrossPlanes, Severity.Error, HasInternal, (n, r) =>
        {
            var service = r.One([.. n.Services.Where(s => s.Plane == GeneratedPlane.Internal)]);
            var zone = r.One([.. n.Zones.Where(z => z.Plane == GeneratedPlane.External)]);
            return AddFlow(n, new GeneratedFlow($"permit tcp/443 from zone:{zone.Name} to service:{service.Name}", "leak", "榆政办发〔2024〕58号"));
        }),
        new("internet-from-isolated-plane", Codes.InternetFromIsolatedPlane, Severity.Error, HasInternal, (n, r) =>
        {
            var zone = r.One([.. n.Zones.Where(z => z.Plane == GeneratedPlane.Internal)]);
            return AddFlow(n, new GeneratedFlow($"permit tcp/443 from zone:{zone.Name} to internet", "internal-internet", "榆政办发〔2024〕58号"));
        }),
        new("bad-port", Codes.BadPorts, Severity.Error, Always, (n, r) =>
        {
            var service = r.One(n.Services);
            return AddFlow(n, new GeneratedFlow($"permit tcp/{(r.Next(2) == 0 ? "70000" : "443-80")} from zone:{service.Zone} to service:{service.Name}"));
        }),
        new("unknown-flow-target", Codes.UnknownSelectorTarget, Severity.Error, Always, (n, r) =>
        {
            var zone = r.One(n.Zones);
            return AddFlow(n, new GeneratedFlow($"permit tcp/443 from zone:{zone.Name} to service:nothing-here"));
        }),
        new("expired-flow", Codes.FlowExpired, Severity.Warning, Always, (n, r) =>
        {
            var zone = r.One([.. n.Zones.Where(z => z is { Plane: GeneratedPlane.External, InternetAccess: false })]);
            return AddFlow(n, new GeneratedFlow($"permit tcp/8080 from zone:{zone.Name} to internet", "expired-trial", "榆政办函〔2023〕7号", new DateOnly(2020, 6, 30), "试点期间临时开放"));
        }),
    ];

    /// <summary>Segments an egress or distribution switch could wrongly claim: those of its plane another device serves.</summary>
    private static IReadOnlyList<GeneratedSegment> SecondGatewayCandidates(GeneratedNetwork network, GeneratedDevice device) =>
        device.Role is DeviceRole.Egress or DeviceRole.Distribution
            ? [.. SegmentsOf(network, device.Plane).Where(s => !device.GatewayFor.Contains(s.Name))]
            : [];

    /// <summary>The mutations that can be made in <paramref name="network"/>.</summary>
    public static ImmutableArray<Mutation> ApplicableTo(GeneratedNetwork network) => [.. All.Where(m => m.AppliesTo(network))];

    public static Mutation Named(string name) => All.Single(m => m.Name == name);
}
