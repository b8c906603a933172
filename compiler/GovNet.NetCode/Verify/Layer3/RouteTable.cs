using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// One route a device forwards by: connected (from an interface address) or static, resolved at build
/// time to the interface it leaves by. <c>NextHop</c> is null when the destination itself is on the
/// link (connected, or a static route to an interface only).
/// </summary>
public sealed record Route(Ipv4Prefix Prefix, InterfaceFact Port, Ipv4Address? NextHop, RouteFact? Static)
{
    public int Line => Static?.Line ?? Port.Line;
}

/// <summary>
/// A device's forwarding table: longest prefix match over connected and static routes. A connected
/// route wins over a static route to the same prefix; a static route whose next hop lies on no
/// connected subnet (or whose interface is missing or shut) is inactive, as on the device. Every
/// active static route to one prefix is kept, in config order: equal-cost routes share the traffic,
/// and a floating backup carries it when the first fails, so a proof of isolation follows them all.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<Ipv4Prefix, List<Route>> routes = [];
    private readonly int[] lengths;

    public RouteTable(DeviceFacts facts)
    {
        var up = facts.Interfaces.Where(i => !i.Shutdown).ToList();
        var connected = new Dictionary<Ipv4Prefix, Route>();
        foreach (var port in up)
        {
            foreach (var address in port.Addresses)
            {
                connected.TryAdd(address.Subnet, new Route(address.Subnet, port, null, null));
            }
        }

        foreach (var (prefix, route) in connected)
        {
            routes[prefix] = [route];
        }

        var connectedLengths = connected.Keys.Select(p => p.Length).Distinct().OrderDescending().ToArray();
        foreach (var route in facts.Routes)
        {
            Route? resolved = null;
            if (route.NextHop is { } nextHop)
            {
                var via = Lookup(connected, connectedLengths, nextHop);
                if (via is not null && (route.Interface is null || via.Port.Name == route.Interface))
                {
                    resolved = new Route(route.Prefix, via.Port, nextHop, route);
                }
            }
            else if (up.FirstOrDefault(i => i.Name == route.Interface) is { } port)
            {
                resolved = new Route(route.Prefix, port, null, route);
            }

            if (resolved is null || connected.ContainsKey(route.Prefix))
            {
                continue;
            }

            if (!routes.TryGetValue(route.Prefix, out var list))
            {
                routes[route.Prefix] = list = [];
            }

            list.Add(resolved);
        }

        lengths = [.. routes.Keys.Select(p => p.Length).Distinct().OrderDescending()];
    }

    public IEnumerable<Route> Routes => routes.Values.SelectMany(r => r);

    /// <summary>The routes of the longest matching prefix, in config order; empty when none matches.</summary>
    public IReadOnlyList<Route> Lookup(Ipv4Address address)
    {
        foreach (var length in lengths)
        {
            if (routes.TryGetValue(Ipv4Prefix.Containing(address, length), out var found))
            {
                return found;
            }
        }

        return [];
    }

    private static Route? Lookup(Dictionary<Ipv4Prefix, Route> table, int[] lengths, Ipv4Address address)
    {
        foreach (var length in lengths)
        {
            if (table.TryGetValue(Ipv4Prefix.Containing(address, length), out var route))
            {
                return route;
            }
        }

        return null;
    }
}
