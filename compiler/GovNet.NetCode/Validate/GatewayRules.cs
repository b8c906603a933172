using System.Runtime.CompilerServices;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// Every segment has exactly one gateway device in its own plane, and every device with an access
/// port in the segment reaches that gateway at layer 2 over trunks that carry the segment's VLAN.
/// </summary>
internal static class GatewayRules
{
    /// <summary>
    /// Gateways and layer-2 facts per model, worked out once for this rule and <see cref="VlanDomains"/>
    /// (which rules run on several threads at once): what assigning reported is kept for this rule to report.
    /// </summary>
    private static readonly ConditionalWeakTable<ModelIndex, Lazy<Facts>> SharedFacts = [];

    internal sealed record Facts(Dictionary<string, Device> Gateways, IReadOnlyList<Diagnostic> Reported, Layer2 Layer2);

    internal static Facts Shared(ModelIndex context) =>
        SharedFacts.GetValue(context, c => new Lazy<Facts>(() =>
        {
            var reported = new DiagnosticBag();
            return new Facts(AssignGateways(c, reported), reported.Items, new Layer2(c));
        })).Value;

    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        var (gateways, reported, layer2) = Shared(context);
        diagnostics.AddRange(reported);

        // What a gateway (by hostname) reaches over auto trunks alone, one walk per gateway: for a VLAN no trunk
        // lists, that is exactly what the per-VLAN walk would reach, and a plane's segments share one gateway
        // (the core, usually), so thousands of segments need one walk instead of one each; and it goes only as far
        // as the gateway's access devices lie, not over the whole plane for each of hundreds of gateways. Kept
        // here, not in the shared facts, which other rules read at the same time.
        var reachedOverAutoTrunks = new Dictionary<string, LazyWalk<bool>>(StringComparer.Ordinal);
        foreach (var segment in context.Segments.Values)
        {
            var plane = context.PlaneOf(segment);
            if (plane is null)
            {
                continue;
            }

            if (!gateways.TryGetValue(segment.Name, out var gateway))
            {
                diagnostics.Error(Codes.SegmentWithoutGateway, segment.Span,
                    Messages.Format("SegmentWithoutGateway", segment.Name, plane));
                continue;
            }

            CheckReachable(layer2, reachedOverAutoTrunks, segment, gateway, diagnostics);
        }
    }

    internal static Dictionary<string, Device> AssignGateways(ModelIndex context, DiagnosticBag diagnostics)
    {
        var gateways = new Dictionary<string, Device>(StringComparer.Ordinal);
        foreach (var device in context.Model.Devices)
        {
            if (device.GatewayFor.Span is not { } span)
            {
                continue;
            }

            if (device.Role.Value == DeviceRole.Access)
            {
                diagnostics.Error(Codes.GatewayOnAccessDevice, span, Messages.Format("GatewayOnAccessDevice", device.Hostname));
                continue;
            }

            var served = new List<(Segment Segment, SourceSpan Span)>();
            if (device.GatewayFor.All)
            {
                served.AddRange(context.Segments.Values.Where(s => context.PlaneOf(s) == device.Plane.Value).Select(s => (s, span)));
            }

            foreach (var name in device.GatewayFor.Segments)
            {
                if (!context.Segments.TryGetValue(name.Value, out var segment))
                {
                    diagnostics.Error(Codes.UnknownSegment, name.Span, Messages.Format("GatewayForUnknownSegment", device.Hostname, name, Suggestions.DidYouMean(name.Value, context.Segments.Keys)));
                }
                else if (context.PlaneOf(segment) is { } plane && plane != device.Plane.Value)
                {
                    diagnostics.Error(Codes.AccessPortOtherPlane, name.Span,
                        Messages.Format("GatewayOtherPlane", device.Hostname, device.Plane, segment.Name, plane));
                }
                else
                {
                    served.Add((segment, name.Span));
                }
            }

            foreach (var (segment, at) in served)
            {
                if (gateways.TryGetValue(segment.Name, out var other) && other != device)
                {
                    diagnostics.Error(Codes.SegmentTwoGateways, at,
                        Messages.Format("SegmentTwoGateways", segment.Name, other.Hostname, other.GatewayFor.Span), other.GatewayFor.Span!.Value);
                    continue;
                }

                gateways[segment.Name] = device;
            }
        }

        return gateways;
    }

    /// <summary>A trunk cable seen from one end: the device at the far end and the trunk settings of both ports.</summary>
    internal sealed record TrunkEdge(Device Far, Interface Near, Interface FarPort);

    /// <summary>The layer-2 facts reachability needs, gathered in one pass over the inventory.</summary>
    internal sealed class Layer2(ModelIndex context)
    {
        public Dictionary<string, List<TrunkEdge>> Trunks { get; } = context.Devices.ToDictionary(
            d => d.Key,
            d => TrunksOf(context, d.Value).ToList(),
            StringComparer.Ordinal);

        private static IEnumerable<TrunkEdge> TrunksOf(ModelIndex context, Device device)
        {
            foreach (var port in device.Interfaces)
            {
                if (port is { Mode.Value: InterfaceMode.Trunk, Link.Value: DeviceLinkEnd far } &&
                    context.Ports.TryGetValue((far.Hostname, far.Port), out var farEnd))
                {
                    yield return new TrunkEdge(farEnd.Device, port, farEnd.Interface);
                }
            }
        }

        /// <summary>For each segment, the first access port of each device that has one.</summary>
        public ILookup<string, (Device Device, Interface Port)> AccessPorts { get; } = context.Model.Devices
            .SelectMany(d => d.Interfaces
                .Where(i => i is { Mode.Value: InterfaceMode.Access, Segment: not null })
                .DistinctBy(i => i.Segment!.Value.Value)
                .Select(i => (Segment: i.Segment!.Value.Value, Device: d, Port: i)))
            .ToLookup(x => x.Segment, x => (x.Device, x.Port), StringComparer.Ordinal);

        /// <summary>Every VLAN that some trunk names in an explicit list; any other VLAN is carried exactly by the <c>auto</c> trunks.</summary>
        public HashSet<int> ListedVlans { get; } = context.Model.Devices
            .SelectMany(d => d.Interfaces)
            .Where(i => i is { Mode.Value: InterfaceMode.Trunk, Vlans.Auto: false })
            .SelectMany(i => i.Vlans!.Vlans.Select(v => v.Value))
            .ToHashSet();
    }

    private static void CheckReachable(Layer2 layer2, Dictionary<string, LazyWalk<bool>> reachedOverAutoTrunks, Segment segment, Device gateway, DiagnosticBag diagnostics)
    {
        // An access port on a device of the other plane is already NC5109 (混插); asking for trunks
        // to the gateway would tell the user to cable the planes together.
        var access = layer2.AccessPorts[segment.Name]
            .Where(a => a.Device != gateway && a.Device.Plane.Value == gateway.Plane.Value)
            .ToList();
        if (access.Count == 0)
        {
            return;
        }

        var vlan = segment.Vlan.Value;
        var reached = layer2.ListedVlans.Contains(vlan)
            ? Walk(layer2, gateway, vlan)
            : reachedOverAutoTrunks.TryGetValue(gateway.Hostname.Value, out var known)
                ? known
                : reachedOverAutoTrunks[gateway.Hostname.Value] = Walk(layer2, gateway, null);

        foreach (var (device, port) in access.Where(a => !reached.Reaches(a.Device.Hostname.Value)))
        {
            diagnostics.Error(Codes.GatewayUnreachable, port.Segment!.Value.Span,
                Messages.Format("GatewayUnreachable", device.Hostname, segment.Name, segment.Vlan, gateway.Hostname));
        }
    }

    /// <summary>
    /// A walk over trunk cables from the gateway, following only cables that carry
    /// <paramref name="vlan"/> at both ends; with no VLAN, only cables that are <c>auto</c> at both ends.
    /// </summary>
    private static LazyWalk<bool> Walk(Layer2 layer2, Device gateway, int? vlan) =>
        new(gateway.Hostname.Value, host => (layer2.Trunks.GetValueOrDefault(host) ?? [])
            .Where(edge => Carries(edge.Near, vlan) && Carries(edge.FarPort, vlan))
            .Select(edge => (edge.Far.Hostname.Value, true)));

    internal static bool Carries(Interface port, int? vlan) =>
        port is { Mode.Value: InterfaceMode.Trunk, Vlans: { } vlans } && (vlans.Auto || (vlan is { } v && vlans.Vlans.Any(listed => listed.Value == v)));
}
