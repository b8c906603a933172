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
/// connected subnet (or whose interface is missing or shut) is inactive, as on the device.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<Ipv4Prefix, Route> routes = [];
    private readonly int[] lengths;

    public RouteTable(DeviceFacts facts)
    {
        var up = facts.Interfaces.Where(i => !i.Shutdown).ToList();
        foreach (var port in up)
        {
            foreach (var address in port.Addresses)
            {
                routes.TryAdd(address.Subnet, new Route(address.Subnet, port, null, null));
            }
        }

        var connected = new Dictionary<Ipv4Prefix, Route>(routes);
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

            if (resolved is not null)
            {
                routes.TryAdd(route.Prefix, resolved);
            }
        }

        lengths = [.. routes.Keys.Select(p => p.Length).Distinct().OrderDescending()];
    }

    public IEnumerable<Route> Routes => routes.Values;

    public Route? Lookup(Ipv4Address address) => Lookup(routes, lengths, address);

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
