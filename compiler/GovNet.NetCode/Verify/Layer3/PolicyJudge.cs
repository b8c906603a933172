using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// Holds what the configs let through against the policy: which property a packet that gets through
/// breaks (P1 across planes or from an isolated plane to the outside, P2 to or from the internet or
/// around the egress, P3 between zones, P4 anything else), which policy line it contradicts, and
/// which declared flows the configs do not let through (P4 warnings).
/// </summary>
public sealed class PolicyJudge
{
    private readonly VerifyInput input;
    private readonly ModelIndex context;
    private readonly Endpoints endpoints;
    private readonly Dictionary<string, FlowPolicy> policies = new(StringComparer.Ordinal);
    private readonly Dictionary<Protocol, PortCuts> policyPorts = [];
    private readonly List<Ipv4Prefix> cidrs = [];

    public PolicyJudge(VerifyInput input, Endpoints endpoints)
    {
        this.input = input;
        context = input.Context;
        this.endpoints = endpoints;
        foreach (var plane in context.Planes.Keys)
        {
            policies[plane] = new FlowPolicy(context, plane);
        }

        var ports = new Dictionary<Protocol, List<PortRange>> { [Protocol.Tcp] = [], [Protocol.Udp] = [] };
        foreach (var flow in context.Model.Flows)
        {
            foreach (var service in FlowServices.Of(flow.Rule, context.Services))
            {
                if (service.Protocol is Protocol.Tcp or Protocol.Udp)
                {
                    ports[service.Protocol].AddRange(service.Ports);
                }
            }

            cidrs.AddRange(new[] { flow.Rule.From.Value, flow.Rule.To.Value }.OfType<CidrSelector>().Select(c => c.Prefix));
        }

        foreach (var (protocol, ranges) in ports)
        {
            policyPorts[protocol] = new PortCuts(ranges);
        }
    }

    public static string Title(string property) => property switch
    {
        "P1" => Messages.Get("TitleP1"),
        "P2" => Messages.Get("TitleP2"),
        "P3" => Messages.Get("TitleP3"),
        _ => Messages.Get("TitleP4"),
    };

    /// <summary>Every prefix the policy names, so the address atoms respect them.</summary>
    public IEnumerable<Ipv4Prefix> PolicyPrefixes()
    {
        foreach (var segment in context.Model.Segments)
        {
            yield return segment.Subnet.Value;
        }

        foreach (var service in context.Services.Values)
        {
            yield return new Ipv4Prefix(service.Address.Value, 32);
        }

        foreach (var space in endpoints.Spaces.Values)
        {
            foreach (var prefix in space.Prefixes)
            {
                yield return prefix;
            }
        }

        foreach (var plane in context.Planes.Values)
        {
            yield return plane.Management.Subnet.Value;
            foreach (var prefix in plane.Upstreams.SelectMany(u => u.Prefixes))
            {
                yield return prefix.Value;
            }
        }

        foreach (var cidr in cidrs)
        {
            yield return cidr;
        }
    }

    /// <summary>Addresses the policy of a plane cannot tell apart get the same key (-1): everything outside the plane that no cidr names.</summary>
    public long PolicyKey(string plane, uint address) =>
        endpoints.Spaces.TryGetValue(plane, out var space) && !space.Contains(new Ipv4Address(address)) && !NamedByCidr(new Ipv4Address(address))
            ? -1
            : address;

    // A loop rather than Any: asked for every source, atom and path, where a closure each time was much of what reachability allocated.
    private bool NamedByCidr(Ipv4Address address)
    {
        foreach (var cidr in cidrs)
        {
            if (cidr.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    private bool PassesEgress(string host, Layer3Path path) => IsEgress(host) || path.Hops.Any(h => IsEgress(h.Host));

    private bool IsEgress(string host) => context.Devices.TryGetValue(host, out var d) && d.Role.Value == DeviceRole.Egress;

    /// <summary>Judges one packet class the configs let through and records what it breaks, if anything.</summary>
    public void Judge(ViolationGroups violations, TrafficSource source, Endpoint to, Layer3Path path, FactPacket packet,
        (uint Low, uint High) sourcePiece, PortRange sourcePorts, PortRange destinationPorts, SourceSpan at, ImmutableArray<string> names)
    {
        // Every source's plane is declared: validation rejects a device or zone of an undeclared plane.
        var plane = context.Planes[source.Plane];
        var toInternet = to.Kind == EndpointKind.Internet;
        var fromInternet = source.Endpoint.Kind == EndpointKind.Internet;
        if (!toInternet && to.Plane != source.Plane)
        {
            var isolated = new[] { source.Plane, to.Plane }.Select(p => context.Planes.GetValueOrDefault(p)).FirstOrDefault(p => p?.Internet.Value == InternetAccess.None) ??
                context.Planes.GetValueOrDefault(to.Plane) ?? plane;
            violations.Add(Codes.PacketsCrossPlanes, "P1", Title("P1"), source.Endpoint, to, Severity.Error, at, names, packet.ToString(), isolated.Name.Span,
                Messages.Format("PacketsCrossPlanes", source.Plane, to.Plane));
            return;
        }

        if ((toInternet || fromInternet || to.Kind == EndpointKind.Upstream || source.Endpoint.Kind == EndpointKind.Upstream) && plane.Internet.Value == InternetAccess.None)
        {
            violations.Add(Codes.PacketsLeaveIsolatedPlane, "P1", Title("P1"), source.Endpoint, to, Severity.Error, at, names, packet.ToString(), plane.Internet.Span,
                Messages.Format("PacketsLeaveIsolatedPlane", plane.Name.Value));
            return;
        }

        if (toInternet && !PassesEgress(source.Host, path))
        {
            violations.Add(Codes.InternetPacketsWithoutEgress, "P2", Title("P2"), source.Endpoint, to, Severity.Error, at, names, packet.ToString(), plane.Internet.Span,
                Messages.Get("InternetPacketsWithoutEgress"));
            return;
        }

        // Management and the devices themselves are bound by isolation, not by the flows of units:
        // what they reach inside their own plane is the information centre's to decide, and an
        // egress's own sessions with the internet (its uplink) are what an egress is for.
        if (source.Endpoint.Kind == EndpointKind.Management && (!toInternet || (source.Local && IsEgress(source.Host))))
        {
            return;
        }

        var policy = policies[source.Plane];
        foreach (var sourceAddress in SourceAddresses(source.Region, sourcePiece))
        {
            foreach (var destinationPort in packet.HasPorts ? policyPorts[packet.Protocol].Split(destinationPorts) : [destinationPorts])
            {
                foreach (var sourcePort in packet.HasPorts ? SourcePorts(sourcePorts, policyPorts[packet.Protocol]) : [0])
                {
                    var probe = packet with { Source = sourceAddress, SourcePort = sourcePort, DestinationPort = PacketClasses.DestinationPort(destinationPort) };
                    if (policy.Decide(probe.ToPolicyPacket()) == AclAction.Permit)
                    {
                        continue;
                    }

                    Report(violations, source, to, plane, probe, at, names, fromInternet || toInternet);
                    return;
                }
            }
        }
    }

    private void Report(ViolationGroups violations, TrafficSource source, Endpoint to, Plane plane, FactPacket probe, SourceSpan at, ImmutableArray<string> names, bool internet)
    {
        var property = internet ? "P2" : source.Endpoint.Zone is { } fromZone && to.Zone is { } intoZone && fromZone != intoZone ? "P3" : "P4";
        var packet = probe.ToPolicyPacket();
        var matching = context.Model.Flows.FirstOrDefault(f => context.PlaneOf(f) == plane.Name.Value && Matches(policies[plane.Name.Value], f, packet));
        if (matching is { Expires: { } expires } && expires.Value < context.Today)
        {
            violations.Add(Codes.ExpiredFlowStillPermitted, property, Title(property), source.Endpoint, to, Severity.Error, at, names, probe.ToString(), expires.Span,
                Messages.Format("ExpiredFlowStillPermitted", matching.Id.Value, expires.Value));
            return;
        }

        var contradicts = matching is { Rule.Action.Value: FlowAction.Deny } ? matching.Span : property switch
        {
            "P2" => plane.Internet.Span,
            "P3" when context.Zones.TryGetValue(to.Zone!, out var toZone) => toZone.Name.Span,
            _ when source.Endpoint.Zone is { } own && context.Zones.TryGetValue(own, out var ownZone) => ownZone.Name.Span,
            _ => plane.Name.Span,
        };
        violations.Add(property switch { "P2" => Codes.InternetPacketsUndeclared, "P3" => Codes.CrossZonePacketsUndeclared, _ => Codes.InZonePacketsUndeclared }, property, Title(property), source.Endpoint, to, Severity.Error, at, names, probe.ToString(), contradicts,
            Messages.Get("PacketsUndeclared"));
    }

    private bool Matches(FlowPolicy policy, Flow flow, Packet packet) =>
        policy.Covers(flow.Rule.From.Value, packet.Source) && policy.Covers(flow.Rule.To.Value, packet.Destination) &&
        FlowServices.Of(flow.Rule, context.Services).Any(s => s.Matches(packet.Protocol, packet.DestinationPort));

    private IEnumerable<uint> SourceAddresses(IReadOnlyList<(uint Low, uint High)> region, (uint Low, uint High) piece)
    {
        foreach (var part in PacketClasses.Split([piece], cidrs.Select(Intervals.Of)))
        {
            if (Reachability.Representative(region, part) is { } address)
            {
                yield return address;
            }
        }
    }

    /// <summary>
    /// Source ports matter to the policy only as replies of a flow's ports, and a reply can only add a
    /// permit: when one port outside every policy port is permitted, every port of the class is. Only
    /// a class that lies wholly inside policy ports needs each of its pieces asked.
    /// </summary>
    private static IEnumerable<int> SourcePorts(PortRange range, PortCuts ports)
    {
        var pieces = ports.Split(range);
        // A piece never straddles an edge, so it lies inside a policy port exactly when its first port does.
        var neutral = pieces.FirstOrDefault(p => !ports.Holds(p.From), new PortRange(-1, -1));
        return neutral.From >= 0 ? [PacketClasses.SourcePort(neutral)] : pieces.Select(p => p.From);
    }

    /// <summary>
    /// A route that leads into another plane, around the egress, or out of a plane without internet. <paramref name="to"/> is
    /// where the path ends, named (<see cref="Endpoints.Destination"/>), where the caller has it already.
    /// </summary>
    public Finding? RoutingViolation(string host, string plane, Layer3Path path, uint address, Endpoint? to = null)
    {
        // Every device's plane is declared: validation rejects a device of an undeclared plane.
        var declared = context.Planes[plane];
        // A packet handed to a device of another plane has crossed, whatever becomes of it there.
        var destination = new Ipv4Address(address);
        var reached = path.Hops.Length + (path.DroppedAt is null ? 0 : 1);
        for (var i = 1; i < reached; i++)
        {
            var at = i < path.Hops.Length ? path.Hops[i].Host : path.DroppedAt!.Value.Host;
            var other = context.Devices.TryGetValue(at, out var device) ? device.Plane.Value : plane;
            if (other != plane)
            {
                var previous = path.Hops[i - 1];
                return new Finding(Codes.RouteIntoOtherPlane, "P1", Severity.Error,
                    Messages.Format("RouteIntoOtherPlane", previous.Host, destination, plane, at, other),
                    At(previous), Names(), null, declared.Name.Span);
            }
        }

        if (path.End is PathEnd.Dropped or PathEnd.Loop)
        {
            return null;
        }

        var last = path.Hops[^1];
        if (path.End == PathEnd.Undeclared)
        {
            return UndeclaredExit(plane, declared, path, destination, Names(), At(last));
        }

        var outside = (to ?? endpoints.Destination(path, address)) is { Kind: EndpointKind.Internet } || (path.End == PathEnd.Upstream && declared.Internet.Value == InternetAccess.None);
        if (!outside)
        {
            return null;
        }

        if (declared.Internet.Value == InternetAccess.None)
        {
            return new Finding(Codes.IsolatedPlaneRoutesOut, "P1", Severity.Error,
                Messages.Format("IsolatedPlaneRoutesOut", last.Host, plane, destination, last.Out.Name, path.End == PathEnd.Upstream ? "upstream " + path.Upstream : Messages.Get("TheInternet")),
                At(last), Names(), null, declared.Internet.Span);
        }

        return PassesEgress(host, path) ? null : new Finding(Codes.InternetRouteWithoutEgress, "P2", Severity.Error,
            Messages.Format("InternetRouteWithoutEgress", last.Host, destination, last.Out.Name),
            At(last), Names(), null, declared.Internet.Span);

        SourceSpan At(Hop hop) => new(input.Facts[hop.Host].File, hop.Route.Line, 1);

        // Named only for a finding: a gateway's routing check asks about every path to every atom, and nearly all pass.
        ImmutableArray<string> Names() => path.DroppedAt is { } dropped
            ? path.Names(host, null).Add($"{dropped.Host}:{dropped.In.Name}")
            : path.Names(host, null);
    }

    /// <summary>
    /// A route out of the modelled network: P1 where it can carry the other plane's addresses or
    /// leaves a plane without internet, P2 where it can carry addresses outside the plane's own
    /// space; a route that carries only the plane's own addresses to an unknown box is left to the
    /// address census and the inventory.
    /// </summary>
    private Finding? UndeclaredExit(string plane, Plane declared, Layer3Path path, Ipv4Address destination, ImmutableArray<string> names, SourceSpan at)
    {
        var last = path.Hops[^1];
        var to = path.Exit is { } exit ? Messages.Format("UnknownNextHop", exit) : Messages.Format("UnknownFarEnd", last.Out.Name);
        var owner = endpoints.Spaces.FirstOrDefault(s => s.Value.Contains(destination)).Key;
        if (owner is not null && owner != plane)
        {
            return new Finding(Codes.OtherPlaneToUnknownHop, "P1", Severity.Error,
                Messages.Format("OtherPlaneToUnknownHop", last.Host, plane, destination, owner, to),
                at, names, null, declared.Name.Span);
        }

        if (declared.Internet.Value == InternetAccess.None)
        {
            return new Finding(Codes.IsolatedPlaneToUnknownHop, "P1", Severity.Error,
                Messages.Format("IsolatedPlaneToUnknownHop", last.Host, plane, destination, to),
                at, names, null, declared.Internet.Span);
        }

        return owner is null
            ? new Finding(Codes.UnknownHopWithoutEgress, "P2", Severity.Error,
                Messages.Format("UnknownHopWithoutEgress", last.Host, destination, to),
                at, names, null, declared.Internet.Span)
            : null;
    }

    /// <summary>P4 warnings: declared permits the configs do not let through, one per flow, with how many endpoint pairs miss it.</summary>
    public IEnumerable<Finding> Missing(MatrixBuilder matrix)
    {
        // Stryker disable once Linq : one warning per flow, at the flow's own line, and the verifier sorts every finding by position afterwards
        foreach (var (planeName, policy) in policies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var members = endpoints.Members(planeName).ToList();
            // Thousands of flows name the same few hundred selectors; what a selector covers is the same for each.
            var covered = new Dictionary<Selector, List<(Endpoint Endpoint, Ipv4Address Address, Ipv4Prefix? Subnet)>>();
            List<(Endpoint Endpoint, Ipv4Address Address, Ipv4Prefix? Subnet)> Covered(Selector selector)
            {
                if (!covered.TryGetValue(selector, out var list))
                {
                    covered[selector] = list = [.. members.Where(m => policy.Covers(selector, m.Address))];
                }

                return list;
            }

            foreach (var flow in context.ActiveFlows(planeName).Where(f => f.Rule.Action.Value == FlowAction.Permit))
            {
                var froms = Covered(flow.Rule.From.Value);
                var tos = Covered(flow.Rule.To.Value);
                var (missing, total) = (0, 0);
                string? example = null;
                foreach (var service in FlowServices.Of(flow.Rule, context.Services))
                {
                    foreach (var from in froms)
                    {
                        foreach (var to in tos)
                        {
                            if (from.Endpoint == to.Endpoint || (from.Subnet is { } subnet && subnet.Contains(to.Address)) || (to.Subnet is { } toSubnet && toSubnet.Contains(from.Address)))
                            {
                                continue;
                            }

                            var port = service.Ports.IsEmpty ? PacketClasses.Ephemeral : service.Ports[0].From;
                            // Stryker disable once Conditional : the policy reads no destination port of a protocol without ports (FlowService.Matches, FlowPolicy.IsReply)
                            var packet = new Packet(service.Protocol, from.Address, PacketClasses.Ephemeral, to.Address, service.Protocol is Protocol.Tcp or Protocol.Udp ? port : 0, false);
                            if (policy.Decide(packet) != AclAction.Permit)
                            {
                                continue;
                            }

                            total++;
                            if (!matrix.Permits(from.Endpoint, to.Endpoint, service.Protocol, service.Ports))
                            {
                                missing++;
                                example ??= $"{from.Endpoint} → {to.Endpoint} {service.Protocol.ToString().ToLowerInvariant()}{(service.Ports.IsEmpty ? string.Empty : "/" + string.Join(',', service.Ports))}";
                            }
                        }
                    }
                }

                if (missing > 0)
                {
                    yield return new Finding(Codes.DeclaredFlowBlocked, "P4", Severity.Warning,
                        Messages.Format("DeclaredFlowBlocked", flow.Id.Value, flow.Rule.Text, missing, total, example),
                        flow.Span, [], null, flow.Span);
                }
            }
        }
    }
}
