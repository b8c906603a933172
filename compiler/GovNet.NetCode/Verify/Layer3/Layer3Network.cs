using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// Layer-3 forwarding on the facts only: each device's routes (connected and static, longest prefix
/// match); a next hop is the device that owns that address on an interface in the same broadcast
/// domain as the interface the route leaves by, which is how a cross-plane cable or trunk shows up at
/// layer 3. Ports the inventory cables to the internet or an upstream network are exits, and so is
/// a next hop no inventoried device owns, or a static route out of a port with no declared far end:
/// the verdict must not call closed what it cannot see.
/// </summary>
public sealed class Layer3Network
{
    public const int HopLimit = 32;

    private readonly VerifyInput input;
    private readonly Layer2Domains domains;
    private readonly Dictionary<uint, List<(string Host, InterfaceFact Port)>> owners = [];

    // Walks ask for the far end of every port a route leaves by and the domain of it and of every owner of a next hop, millions
    // of times on a large network: each port's are found once here (by the port itself, with the device it is on), the answers
    // LinkOf and DomainOf give anyway.
    private readonly Dictionary<InterfaceFact, (string Owner, (string Host, string Key) Domain, LinkEnd? Link)> known = new(ReferenceEqualityComparer.Instance);

    public Layer3Network(VerifyInput input, Layer2Domains domains)
    {
        this.input = input;
        this.domains = domains;
        foreach (var (host, facts) in input.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Tables[host] = new RouteTable(facts);
            foreach (var port in facts.Interfaces.Where(i => !i.Shutdown))
            {
                known.TryAdd(port, (host, FindDomain(host, port), FindLink(host, port)));

                foreach (var address in port.Addresses)
                {
                    if (!owners.TryGetValue(address.Address.Value, out var list))
                    {
                        owners[address.Address.Value] = list = [];
                    }

                    list.Add((host, port));
                }
            }
        }

        Routing = new RoutingDomains(this);
    }

    /// <summary>The dynamic routing domains, whose learned routes are in <see cref="Tables"/>.</summary>
    public RoutingDomains Routing { get; }

    /// <summary>The devices and interfaces that own an address.</summary>
    public IReadOnlyList<(string Host, InterfaceFact Port)> OwnersOf(Ipv4Address address) =>
        owners.TryGetValue(address.Value, out var list) ? list : [];

    public Dictionary<string, RouteTable> Tables { get; } = new(StringComparer.Ordinal);

    public VerifyInput Input => input;

    /// <summary>The inventory's far end of a port: internet, an upstream, another device, or nothing.</summary>
    public LinkEnd? LinkOf(string host, InterfaceFact port) =>
        known.TryGetValue(port, out var facts) && facts.Owner == host ? facts.Link : FindLink(host, port);

    private LinkEnd? FindLink(string host, InterfaceFact port) =>
        input.Context.Ports.TryGetValue((host, port.Name), out var declared) ? declared.Interface.Link?.Value : null;

    /// <summary>The broadcast domain an L3 interface sits in.</summary>
    // Stryker disable once String : any key no layer-2 domain has would do; two loopbacks of one device never meet (a next hop is on another device)
    public (string Host, string Key) DomainOf(string host, InterfaceFact port) =>
        known.TryGetValue(port, out var facts) && facts.Owner == host ? facts.Domain : FindDomain(host, port);

    private (string Host, string Key) FindDomain(string host, InterfaceFact port) =>
        port.Loopback ? (host, $"loopback {port.Name}") :
        domains.Find((host, port.SviVlan is { } vlan ? Layer2Domains.Key(vlan) : Layer2Domains.Untagged(port)));

    /// <summary>Most paths one walk follows where routes fan out; the first ones found are kept.</summary>
    public const int PathLimit = 16;

    /// <summary>Every path packets to <paramref name="destination"/> may take from <paramref name="host"/>: one per choice of route where several share a prefix.</summary>
    public IReadOnlyList<Layer3Path> Walk(string host, InterfaceFact? ingress, Ipv4Address destination)
    {
        var found = new List<Layer3Path>();
        Step(host, ingress, destination, [], found);
        return found;
    }

    /// <summary>
    /// Walks cut short by <see cref="PathLimit"/> or <see cref="HopLimit"/>: the paths not followed are
    /// not proven closed, so each is reported rather than taken as safe.
    /// </summary>
    public SortedSet<(string Host, uint Destination)> Truncated { get; } = [];

    /// <summary>Reachability walks from several threads at once; the set is the same whichever walk comes first.</summary>
    private void CutShort(string host, Ipv4Address destination)
    {
        lock (Truncated)
        {
            Truncated.Add((host, destination.Value));
        }
    }

    /// <summary>
    /// One device of a walk. <paramref name="hops"/> holds the hops so far, one for each device the walk is inside (so a
    /// device already among them is a loop); each route adds its hop while the walk follows it and takes it off after,
    /// so one list serves the whole walk and only a path found is copied.
    /// </summary>
    private void Step(string host, InterfaceFact? inPort, Ipv4Address destination, List<Hop> hops, List<Layer3Path> found)
    {
        if (found.Count >= PathLimit)
        {
            // Only a walk that found a path reaches the limit, so never on its first step: hops[0] is where it started.
            CutShort(hops[0].Host, destination);
            return;
        }

        if (hops.Count >= HopLimit)
        {
            CutShort(hops[0].Host, destination);
        }

        if (hops.Count >= HopLimit || Passed(hops, host))
        {
            found.Add(new Layer3Path([.. hops], PathEnd.Loop, null));
            return;
        }

        // A device that does not route forwards nothing it is handed; its own packets still leave.
        var routes = !Tables.TryGetValue(host, out var table) || (hops.Count > 0 && !input.Facts[host].Routing) ? [] : table.Lookup(destination);
        if (routes.Count == 0)
        {
            found.Add(new Layer3Path([.. hops], PathEnd.Dropped, null) { DroppedAt = inPort is null ? null : (host, inPort) });
        }

        foreach (var route in routes)
        {
            hops.Add(new Hop(host, inPort, route.Port, route));
            Follow(host, route, destination, hops, found);
            hops.RemoveAt(hops.Count - 1);
        }
    }

    private static bool Passed(List<Hop> hops, string host)
    {
        foreach (var hop in hops)
        {
            if (string.Equals(hop.Host, host, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where one route takes a walk whose last hop is that route's.</summary>
    private void Follow(string host, Route route, Ipv4Address destination, List<Hop> taken, List<Layer3Path> found)
    {
        switch (LinkOf(host, route.Port))
        {
            case InternetLinkEnd:
                found.Add(new Layer3Path([.. taken], PathEnd.Internet, null));
                return;
            case UpstreamLinkEnd upstream:
                found.Add(new Layer3Path([.. taken], PathEnd.Upstream, upstream.Upstream));
                return;
        }

        // A null test rather than a negated pattern, so that a mutation testing tool flipping it still compiles.
        if (route.NextHop is null)
        {
            var undeclared = route.Static is not null && !route.Port.Loopback && route.Port.SviVlan is null && LinkOf(host, route.Port) is null;
            found.Add(new Layer3Path([.. taken], undeclared ? PathEnd.Undeclared : PathEnd.Delivered, null));
            return;
        }

        var nextHop = route.NextHop.Value;
        var next = NextDevice(host, route.Port, nextHop);
        if (next.Host is null)
        {
            found.Add(new Layer3Path([.. taken], PathEnd.Undeclared, null) { Exit = nextHop });
            return;
        }

        Step(next.Host, next.Port, destination, taken, found);
    }

    /// <summary>The first other device that owns the next hop in the broadcast domain the route leaves into, if any.</summary>
    private (string? Host, InterfaceFact? Port) NextDevice(string host, InterfaceFact port, Ipv4Address nextHop)
    {
        if (!owners.TryGetValue(nextHop.Value, out var candidates))
        {
            return default;
        }

        var domain = DomainOf(host, port);
        foreach (var candidate in candidates)
        {
            if (candidate.Host != host && DomainOf(candidate.Host, candidate.Port) == domain)
            {
                return candidate;
            }
        }

        return default;
    }
}
