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
/// A device's forwarding table: longest prefix match over connected, static and learned routes, per VRF. A connected
/// route wins over a static route to the same prefix; a static route whose next hop lies on no
/// connected subnet (or whose interface is missing or shut) is inactive, as on the device. Every
/// active static route to one prefix is kept, in config order: equal-cost routes share the traffic,
/// and a floating backup carries it when the first fails, so a proof of isolation follows them all.
/// </summary>
public sealed class RouteTable
{
    // One table per VRF (VRFs that share a route target are one table, see VrfTables); the public table is "".
    private readonly Dictionary<string, Dictionary<Ipv4Prefix, List<Route>>> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> lengths = new(StringComparer.Ordinal);
    private readonly List<Route> anywhere = [];
    private (Dictionary<Ipv4Prefix, List<Route>> Table, int[] Lengths)? only;

    public RouteTable(DeviceFacts facts)
    {
        var vrfs = new VrfTables(facts);
        var up = facts.Interfaces.Where(i => !i.Shutdown).ToList();
        var connected = new Dictionary<string, Dictionary<Ipv4Prefix, Route>>(StringComparer.Ordinal);
        foreach (var port in up)
        {
            foreach (var address in port.Addresses)
            {
                Of(connected, vrfs.TableOf(port.Name)).TryAdd(address.Subnet, new Route(address.Subnet, port, null, null));
            }
        }

        foreach (var (table, routes) in connected)
        {
            foreach (var (prefix, route) in routes)
            {
                Of(tables, table)[prefix] = [route];
            }
        }

        var statics = facts.Routes.Select(r => (Table: VrfTables.Public, Route: r))
            .Concat(facts.Protocols.VrfRoutes.Select(v => (Table: vrfs.Table(v.Vrf), v.Route)));
        foreach (var (table, route) in statics)
        {
            var own = connected.GetValueOrDefault(table) ?? [];
            var connectedLengths = own.Keys.Select(p => p.Length).Distinct().OrderDescending().ToArray();
            Route? resolved = null;
            if (route.NextHop is { } nextHop)
            {
                var via = Lookup(own, connectedLengths, nextHop);
                if (via is not null && (route.Interface is null || via.Port.Name == route.Interface))
                {
                    resolved = new Route(route.Prefix, via.Port, nextHop, route);
                }
            }
            else if (up.FirstOrDefault(i => i.Name == route.Interface) is { } port)
            {
                resolved = new Route(route.Prefix, port, null, route);
            }

            if (resolved is null || own.ContainsKey(route.Prefix))
            {
                continue;
            }

            Add(table, resolved);
        }

        Index();
        Vrfs = vrfs;
    }

    /// <summary>Which table each interface and VRF routes by.</summary>
    public VrfTables Vrfs { get; }

    public IEnumerable<Route> Routes => tables.Values.SelectMany(t => t.Values).SelectMany(r => r).Concat(anywhere);

    /// <summary>The routes of one table (public or a VRF's).</summary>
    public IEnumerable<Route> RoutesIn(string table) => tables.TryGetValue(table, out var routes) ? routes.Values.SelectMany(r => r) : [];

    /// <summary>
    /// Adds routes learned from a routing domain to a table, and routes that may carry any destination
    /// (towards a neighbour no inventoried device owns, or a policy next hop): those join every lookup.
    /// A learned route to a connected prefix is dropped, as connected routes win on the device.
    /// </summary>
    public void Learn(IEnumerable<(string Table, Route Route)> learned, IEnumerable<Route> anyDestination)
    {
        foreach (var (table, route) in learned)
        {
            var known = tables.GetValueOrDefault(table)?.GetValueOrDefault(route.Prefix);
            if (known is [{ Static: null }, ..] || known?.Any(r => r.Port == route.Port && r.NextHop == route.NextHop) == true)
            {
                continue;
            }

            Add(table, route);
        }

        anywhere.AddRange(anyDestination.Where(a => !anywhere.Any(r => r.Port == a.Port && r.NextHop == a.NextHop)));
        Index();
    }

    /// <summary>
    /// The routes of the longest matching prefix, in config order, of every table (a packet's VRF is not
    /// followed, so each table is asked: more paths, never fewer), and the routes that carry any destination.
    /// </summary>
    public IReadOnlyList<Route> Lookup(Ipv4Address address)
    {
        if (only is not null)
        {
            return Longest(only.Value.Table, only.Value.Lengths, address);
        }

        var found = new List<Route>();
        foreach (var (name, table) in tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            found.AddRange(Longest(table, lengths[name], address));
        }

        found.AddRange(anywhere);
        return found;
    }

    /// <summary>The routes of the longest matching prefix in one table only.</summary>
    public IReadOnlyList<Route> Lookup(string table, Ipv4Address address) =>
        tables.TryGetValue(table, out var routes) ? Longest(routes, lengths[table], address) : [];

    private static IReadOnlyList<Route> Longest(Dictionary<Ipv4Prefix, List<Route>> table, int[] lengths, Ipv4Address address)
    {
        foreach (var length in lengths)
        {
            if (table.TryGetValue(Ipv4Prefix.Containing(address, length), out var found))
            {
                return found;
            }
        }

        return [];
    }

    private void Add(string table, Route route)
    {
        var routes = Of(tables, table);
        if (!routes.TryGetValue(route.Prefix, out var list))
        {
            routes[route.Prefix] = list = [];
        }

        list.Add(route);
    }

    private void Index()
    {
        foreach (var (name, table) in tables)
        {
            lengths[name] = [.. table.Keys.Select(p => p.Length).Distinct().OrderDescending()];
        }

        // Most devices have one table and no route to any destination: their lookups go straight to it.
        only = tables.Count == 1 && anywhere.Count == 0 ? (tables.Values.Single(), lengths[tables.Keys.Single()]) : null;
    }

    private static Dictionary<Ipv4Prefix, T> Of<T>(Dictionary<string, Dictionary<Ipv4Prefix, T>> tables, string name)
    {
        if (!tables.TryGetValue(name, out var table))
        {
            tables[name] = table = [];
        }

        return table;
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
