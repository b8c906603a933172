using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile.Topology;

/// <summary>A static route: a prefix, the next-hop address and why the route exists.</summary>
public sealed record StaticRoute(Ipv4Prefix Prefix, Ipv4Address NextHop, string Reason);

/// <summary>
/// Static routes derived from the topology: every layer-3 device reaches the segments other
/// gateways serve, the routed-only devices' management addresses, the upstream prefixes (towards
/// the upstream link) and, in a via-egress plane, the internet (default route towards the egress).
/// Paths are shortest over routed device-to-device links; prefixes with one next hop are collapsed.
/// </summary>
public sealed class Layer3Plan
{
    private readonly Dictionary<string, List<StaticRoute>> routes = new(StringComparer.Ordinal);

    /// <param name="inParallel">Whether each device's routes are worked out on every core: each device's depend only on the links and destinations, so the plan is the same.</param>
    public Layer3Plan(ModelIndex context, IReadOnlyDictionary<string, Device> gateways, Func<Device, bool> managedOverVlan, bool inParallel = false)
    {
        var links = context.Devices.Values.ToDictionary(
            d => d.Hostname.Value,
            d => d.Interfaces
                .Where(i => i is { Mode.Value: InterfaceMode.Routed, Address: not null, Link.Value: DeviceLinkEnd })
                .OrderBy(i => i.Name.Value, StringComparer.Ordinal)
                .Select(i => context.Ports.TryGetValue((((DeviceLinkEnd)i.Link!.Value.Value).Hostname, ((DeviceLinkEnd)i.Link!.Value.Value).Port), out var far) && far.Interface.Address is { } farAddress
                    ? (Far: far.Device, NextHop: farAddress.Value.Address)
                    : default)
                .Where(x => x.Far is not null)
                .ToList(),
            StringComparer.Ordinal);

        foreach (var plane in context.Model.Network.Planes)
        {
            var devices = context.Model.Devices.Where(d => d.Plane.Value == plane.Name.Value).OrderBy(d => d.Hostname.Value, StringComparer.Ordinal).ToList();

            // Destinations: (prefix, the device that owns it, the next hop that device itself uses when it is not local).
            var destinations = new List<(Ipv4Prefix Prefix, Device Owner, Ipv4Address? Exit, string Reason)>();
            foreach (var (name, gateway) in gateways.Where(g => g.Value.Plane.Value == plane.Name.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                destinations.Add((context.Segments[name].Subnet.Value, gateway, null, name));
            }

            foreach (var device in devices.Where(d => !managedOverVlan(d)))
            {
                destinations.Add((new Ipv4Prefix(device.Management.Value, 32), device, null, $"mgmt-{device.Hostname.Value}"));
            }

            foreach (var device in devices)
            {
                foreach (var port in device.Interfaces.Where(i => i is { Address: not null, Link: not null }).OrderBy(i => i.Name.Value, StringComparer.Ordinal))
                {
                    var exit = PeerOf(port.Address!.Value.Value);
                    switch (port.Link!.Value.Value)
                    {
                        case UpstreamLinkEnd up when context.Upstreams.TryGetValue(up.Upstream, out var upstream):
                            destinations.AddRange(PrefixSet.Collapse(upstream.Upstream.Prefixes.Select(p => p.Value))
                                .Select(p => (p, device, (Ipv4Address?)exit, $"upstream-{up.Upstream}")));
                            break;
                        case InternetLinkEnd when plane.Internet.Value == InternetAccess.ViaEgress:
                            destinations.Add((Ipv4Prefix.Any, device, exit, "default-via-egress"));
                            break;
                    }
                }
            }

            // Devices with a next hop of their own (an internet or upstream link), found in one pass over the destinations.
            var withExit = destinations.Where(x => x.Exit is not null).Select(x => x.Owner).ToHashSet(ReferenceEqualityComparer.Instance);
            var routers = devices.Where(d => links[d.Hostname.Value].Count > 0 || withExit.Contains(d)).ToList();
            var planned = new List<StaticRoute>[routers.Count];
            ByIndex.For(routers.Count, inParallel, i => planned[i] = RoutesOf(links, destinations, routers[i]));

            for (var i = 0; i < routers.Count; i++)
            {
                routes[routers[i].Hostname.Value] = planned[i];
            }
        }
    }

    private static List<StaticRoute> RoutesOf(
        Dictionary<string, List<(Device Far, Ipv4Address NextHop)>> links,
        List<(Ipv4Prefix Prefix, Device Owner, Ipv4Address? Exit, string Reason)> destinations,
        Device device)
    {
        var firstHop = FirstHops(links, device);
        var list = new List<StaticRoute>();
        foreach (var (prefix, owner, exit, reason) in destinations)
        {
            if (owner == device)
            {
                if (exit is { } local)
                {
                    list.Add(new StaticRoute(prefix, local, reason));
                }
            }
            else if (firstHop.TryGetValue(owner.Hostname.Value, out var hop))
            {
                list.Add(new StaticRoute(prefix, hop, reason));
            }
        }

        return Collapse(list);
    }

    /// <summary>The far address of a point-to-point subnet: the other host of a /30 or /31, otherwise the first host unless that is us.</summary>
    public static Ipv4Address PeerOf(InterfaceAddress address)
    {
        var subnet = address.Subnet;
        if (subnet.Length == 31)
        {
            return new Ipv4Address(address.Address.Value ^ 1);
        }

        return address.Address == subnet.FirstHost ? new Ipv4Address(subnet.FirstHost.Value + 1) : subnet.FirstHost;
    }

    /// <summary>For every device reachable over routed links, the next-hop address of the first link on a shortest path.</summary>
    private static Dictionary<string, Ipv4Address> FirstHops(Dictionary<string, List<(Device Far, Ipv4Address NextHop)>> links, Device from)
    {
        var first = new Dictionary<string, Ipv4Address>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from.Hostname.Value };
        var queue = new Queue<(Device Device, Ipv4Address Hop)>();
        foreach (var (far, hop) in links[from.Hostname.Value])
        {
            if (seen.Add(far.Hostname.Value))
            {
                first[far.Hostname.Value] = hop;
                queue.Enqueue((far, hop));
            }
        }

        while (queue.TryDequeue(out var current))
        {
            foreach (var (far, _) in links[current.Device.Hostname.Value])
            {
                if (seen.Add(far.Hostname.Value))
                {
                    first[far.Hostname.Value] = current.Hop;
                    queue.Enqueue((far, current.Hop));
                }
            }
        }

        return first;
    }

    private static List<StaticRoute> Collapse(List<StaticRoute> routes)
    {
        var collapsed = new List<StaticRoute>();
        foreach (var group in routes.GroupBy(r => r.NextHop))
        {
            // Collapsed prefixes are sorted and disjoint, and each route lies in exactly one: found by a binary
            // search rather than by asking every route of a core's thousands whether each prefix holds it.
            var prefixes = PrefixSet.Collapse(group.Select(r => r.Prefix));
            var first = new string?[prefixes.Count];
            var counts = new int[prefixes.Count];
            var seen = new HashSet<(int Prefix, string Reason)>();
            foreach (var route in group)
            {
                var at = Holding(prefixes, route.Prefix);
                if (seen.Add((at, route.Reason)))
                {
                    first[at] ??= route.Reason;
                    counts[at]++;
                }
            }

            collapsed.AddRange(prefixes.Select((p, i) => new StaticRoute(p, group.Key, Reason(first[i]!, counts[i]))));
        }

        return [.. collapsed.OrderBy(r => r.Prefix)];
    }

    /// <summary>The index of the prefix of sorted, disjoint <paramref name="prefixes"/> that holds <paramref name="prefix"/>: the last starting at or before it.</summary>
    private static int Holding(List<Ipv4Prefix> prefixes, Ipv4Prefix prefix)
    {
        int low = 0, high = prefixes.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (prefixes[middle].Network.Value <= prefix.Network.Value)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>One reason as it is; several collapsed into one route are counted, to keep route names short.</summary>
    private static string Reason(string first, int count) => count == 1 ? first : $"{count}-destinations";

    public IReadOnlyList<StaticRoute> RoutesOf(string host) => routes.GetValueOrDefault(host) ?? [];
}
