using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// Where packets come from: an endpoint, the device and interface they enter the routed network by,
/// and the addresses they may carry as source (sorted, disjoint intervals). A <c>Local</c> source is
/// the device itself: its own packets meet none of its own ACLs, which filter what passes through.
/// </summary>
public sealed record TrafficSource(Endpoint Endpoint, string Host, InterfaceFact Port, IReadOnlyList<(uint Low, uint High)> Region, string Plane, bool Local = false);

/// <summary>
/// The policy's names for addresses: segments, services, upstreams, each plane's management subnet
/// and devices, and the internet outside every plane. Sources are found on the facts: a segment
/// enters at whichever device has an L3 interface on its subnet.
/// </summary>
public sealed class Endpoints
{
    public static readonly Endpoint Internet = new(EndpointKind.Internet, "internet", string.Empty, null, null);

    private readonly ModelIndex context;
    private readonly Dictionary<uint, Endpoint> services = [];
    private readonly SegmentIndex segmentIndex;
    private readonly Dictionary<string, Endpoint> segments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaneAddressSpace> spaces = new(StringComparer.Ordinal);

    public Endpoints(ModelIndex context)
    {
        this.context = context;
        foreach (var segment in context.Model.Segments)
        {
            // Stryker disable once String : validation rejects a zone of an undeclared plane, so a segment always has a plane
            var plane = context.PlaneOf(segment) ?? string.Empty;
            segments.TryAdd(segment.Name, new Endpoint(EndpointKind.Segment, segment.Name, plane, segment.Zone.Value, segment.Unit));
        }

        segmentIndex = new SegmentIndex(context.Model.Segments);
        foreach (var service in context.Services.Values)
        {
            // Stryker disable once String : validation rejects a zone of an undeclared plane, so a service always has a plane
            var plane = context.PlaneOfZone(service.Zone.Value) ?? string.Empty;
            services.TryAdd(service.Address.Value.Value, new Endpoint(EndpointKind.Service, $"service:{service.Name.Value}", plane, service.Zone.Value, null));
        }

        foreach (var plane in context.Planes.Keys)
        {
            spaces[plane] = PlaneAddressSpace.Of(context, plane);
        }
    }

    public IReadOnlyDictionary<string, PlaneAddressSpace> Spaces => spaces;

    public static Endpoint Upstream(string name, string plane) => new(EndpointKind.Upstream, $"upstream:{name}", plane, null, null);

    /// <summary>A plane's management subnet.</summary>
    public static Endpoint Management(string plane) => new(EndpointKind.Management, $"management@{plane}", plane, null, null);

    /// <summary>A plane's devices, by the addresses they own outside segments and the management subnet.</summary>
    public static Endpoint Devices(string plane) => new(EndpointKind.Management, $"devices@{plane}", plane, null, null);

    /// <summary>The endpoint that holds an address delivered on a connected subnet.</summary>
    public Endpoint Holding(uint address)
    {
        if (services.TryGetValue(address, out var service))
        {
            return service;
        }

        if (segmentIndex.Holding(new Ipv4Address(address)) is { } segment)
        {
            return segments[segment.Name];
        }

        foreach (var plane in context.Planes.Values)
        {
            if (plane.Management.Subnet.Value.Contains(new Ipv4Address(address)))
            {
                return Management(plane.Name.Value);
            }
        }

        foreach (var (name, space) in spaces)
        {
            if (space.Contains(new Ipv4Address(address)))
            {
                return Devices(name);
            }
        }

        return Internet;
    }

    /// <summary>Where a walk to <paramref name="address"/> ends, named: delivered inside, out to the internet, or to an upstream (only for its own prefixes).</summary>
    public Endpoint? Destination(Layer3Path path, uint address) => path.End switch
    {
        PathEnd.Delivered => Holding(address),
        PathEnd.Internet => Internet,
        PathEnd.Upstream when context.Upstreams.TryGetValue(path.Upstream!, out var upstream) =>
            upstream.Upstream.Prefixes.Any(p => p.Value.Contains(new Ipv4Address(address))) ? Upstream(path.Upstream!, upstream.Plane.Name.Value) : Internet,
        PathEnd.Upstream => Internet,
        _ => null,
    };

    /// <summary>The endpoints of a plane with an address each that stands for it (the middle of a segment), and the internet.</summary>
    public IEnumerable<(Endpoint Endpoint, Ipv4Address Address, Ipv4Prefix? Subnet)> Members(string plane)
    {
        foreach (var segment in context.Model.Segments.Where(s => context.PlaneOf(s) == plane))
        {
            var subnet = segment.Subnet.Value;
            yield return (segments[segment.Name], new Ipv4Address(PacketClasses.Address(Intervals.Of(subnet))), subnet);
        }

        foreach (var service in services.Where(s => s.Value.Plane == plane).OrderBy(s => s.Key))
        {
            // A service shares its segment's subnet: packets between the two never reach a router.
            yield return (service.Value, new Ipv4Address(service.Key), segmentIndex.Holding(new Ipv4Address(service.Key))?.Subnet.Value);
        }

        foreach (var (name, (owner, upstream)) in context.Upstreams.Where(u => u.Value.Plane.Name.Value == plane).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            if (!upstream.Prefixes.IsEmpty)
            {
                yield return (Upstream(name, owner.Name.Value), new Ipv4Address(PacketClasses.Address(Intervals.Of(upstream.Prefixes[0].Value))), null);
            }
        }

        var outside = new[] { "198.51.100.7", "8.8.8.8", "1.1.1.1" }.Select(Ipv4Address.Parse).FirstOrDefault(a => !spaces.Values.Any(s => s.Contains(a)));
        yield return (Internet, outside, null);
    }

    /// <summary>Every place packets enter: segments and services at their gateways, upstream and internet ports inbound.</summary>
    public IEnumerable<TrafficSource> Sources(VerifyInput input)
    {
        var gateways = new Dictionary<Ipv4Prefix, List<(string Host, InterfaceFact Port)>>();
        foreach (var (host, facts) in input.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var port in facts.Interfaces.Where(i => !i.Shutdown && !i.Loopback))
            {
                foreach (var address in port.Addresses)
                {
                    if (!gateways.TryGetValue(address.Subnet, out var list))
                    {
                        gateways[address.Subnet] = list = [];
                    }

                    list.Add((host, port));
                }
            }
        }

        var lengths = gateways.Keys.Select(p => p.Length).Distinct().Order().ToList();
        foreach (var segment in context.Model.Segments)
        {
            var subnet = segment.Subnet.Value;
            var inside = context.Services.Values.Where(s => subnet.Contains(s.Address.Value)).OrderBy(s => s.Address.Value).ToList();
            var region = Intervals.Except([Intervals.Of(subnet)], [.. inside.Select(s => (s.Address.Value.Value, s.Address.Value.Value))]);
            foreach (var length in lengths.Where(l => l <= subnet.Length))
            {
                if (!gateways.TryGetValue(Ipv4Prefix.Containing(subnet.Network, length), out var ports))
                {
                    continue;
                }

                foreach (var (host, port) in ports)
                {
                    var endpoint = segments[segment.Name];
                    yield return new TrafficSource(endpoint, host, port, region, endpoint.Plane);
                    foreach (var service in inside)
                    {
                        var serviceEndpoint = services[service.Address.Value.Value];
                        yield return new TrafficSource(serviceEndpoint, host, port, [(service.Address.Value.Value, service.Address.Value.Value)], serviceEndpoint.Plane);
                    }
                }
            }
        }

        foreach (var source in ManagementSources(input, gateways, lengths))
        {
            yield return source;
        }

        foreach (var (key, (device, port)) in context.Ports.OrderBy(p => p.Key.Host, StringComparer.Ordinal).ThenBy(p => p.Key.Port, StringComparer.Ordinal))
        {
            // A plain null test rather than a negated pattern: a mutation testing tool that flips the pattern leaves 'fact' unassigned.
            var fact = input.Port(key.Host, key.Port);
            if (fact is null || fact.Shutdown)
            {
                continue;
            }

            var plane = device.Plane.Value;
            switch (port.Link?.Value)
            {
                case InternetLinkEnd when spaces.TryGetValue(plane, out var space):
                    var own = Intervals.Normalise(space.Prefixes.Select(Intervals.Of));
                    yield return new TrafficSource(Internet, key.Host, fact, Intervals.Complement(own), plane);
                    break;
                case UpstreamLinkEnd upstream when context.Upstreams.TryGetValue(upstream.Upstream, out var declared):
                    yield return new TrafficSource(Upstream(upstream.Upstream, declared.Plane.Name.Value), key.Host, fact,
                        Intervals.Normalise(declared.Upstream.Prefixes.Select(p => Intervals.Of(p.Value))), declared.Plane.Name.Value);
                    break;
            }
        }
    }

    /// <summary>
    /// Management subnets enter at every device that can route for them (an address on the subnet and
    /// another routed interface), since which of them its hosts use as gateway no config says. Every device that owns an address
    /// outside its plane's management subnet sends from it too: a core's link or SVI address, a
    /// loopback; its addresses inside a segment or the management subnet send as those do, and the
    /// first hop a device adds to them is what the routing check walks on its own.
    /// </summary>
    private IEnumerable<TrafficSource> ManagementSources(VerifyInput input, Dictionary<Ipv4Prefix, List<(string Host, InterfaceFact Port)>> gateways, List<int> lengths)
    {
        foreach (var plane in context.Planes.Values.OrderBy(p => p.Name.Value, StringComparer.Ordinal))
        {
            var subnet = plane.Management.Subnet.Value;
            var endpoint = Management(plane.Name.Value);
            foreach (var length in lengths.Where(l => l <= subnet.Length))
            {
                foreach (var (host, port) in gateways.GetValueOrDefault(Ipv4Prefix.Containing(subnet.Network, length)) ?? [])
                {
                    if (input.Facts[host].Interfaces.Count(i => !i.Shutdown && !i.Loopback && !i.Addresses.IsEmpty) < 2)
                    {
                        // One routed interface can only send a packet back onto the subnet it came from, which its hosts reach anyway.
                        continue;
                    }

                    yield return new TrafficSource(endpoint, host, port, [Intervals.Of(subnet)], plane.Name.Value);
                }
            }
        }

        foreach (var (host, facts, _, plane) in input.Devices())
        {

            // An address inside a segment or the management subnet already sends as that subnet does.
            var ports = facts.Interfaces.Where(i => !i.Shutdown && !i.Addresses.IsEmpty).ToList();
            var owned = ports.SelectMany(p => p.Addresses).Select(a => a.Address)
                .Where(a => !plane.Management.Subnet.Value.Contains(a) && segmentIndex.Holding(a) is null).ToList();
            if (owned.Count == 0)
            {
                continue;
            }

            yield return new TrafficSource(Devices(plane.Name.Value), host, ports[0], Intervals.Normalise(owned.Select(a => (a.Value, a.Value))), plane.Name.Value, Local: true);
        }
    }
}
