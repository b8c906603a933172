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

    public Layer3Network(VerifyInput input, Layer2Domains domains)
    {
        this.input = input;
        this.domains = domains;
        foreach (var (host, facts) in input.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Tables[host] = new RouteTable(facts);
            foreach (var port in facts.Interfaces.Where(i => !i.Shutdown))
            {
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
        input.Context.Ports.TryGetValue((host, port.Name), out var declared) ? declared.Interface.Link?.Value : null;

    /// <summary>The broadcast domain an L3 interface sits in.</summary>
    // Stryker disable once String : any key no layer-2 domain has would do; two loopbacks of one device never meet (a next hop is on another device)
    public (string Host, string Key) DomainOf(string host, InterfaceFact port) =>
        port.Loopback ? (host, $"loopback {port.Name}") :
        domains.Find((host, port.SviVlan is { } vlan ? Layer2Domains.Key(vlan) : Layer2Domains.Untagged(port)));

    /// <summary>Most paths one walk follows where routes fan out; the first ones found are kept.</summary>
    public const int PathLimit = 16;

    /// <summary>Every path packets to <paramref name="destination"/> may take from <paramref name="host"/>: one per choice of route where several share a prefix.</summary>
    public IReadOnlyList<Layer3Path> Walk(string host, InterfaceFact? ingress, Ipv4Address destination)
    {
        var found = new List<Layer3Path>();
        Step(host, ingress, destination, [], new HashSet<string>(StringComparer.Ordinal), found);
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

    private void Step(string host, InterfaceFact? inPort, Ipv4Address destination, List<Hop> hops, HashSet<string> visited, List<Layer3Path> found)
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

        if (hops.Count >= HopLimit || !visited.Add(host))
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
            var taken = new List<Hop>(hops) { new Hop(host, inPort, route.Port, route) };
            switch (LinkOf(host, route.Port))
            {
                case InternetLinkEnd:
                    found.Add(new Layer3Path([.. taken], PathEnd.Internet, null));
                    continue;
                case UpstreamLinkEnd upstream:
                    found.Add(new Layer3Path([.. taken], PathEnd.Upstream, upstream.Upstream));
                    continue;
            }

            // A null test rather than a negated pattern, so that a mutation testing tool flipping it still compiles.
            if (route.NextHop is null)
            {
                var undeclared = route.Static is not null && !route.Port.Loopback && route.Port.SviVlan is null && LinkOf(host, route.Port) is null;
                found.Add(new Layer3Path([.. taken], undeclared ? PathEnd.Undeclared : PathEnd.Delivered, null));
                continue;
            }

            var nextHop = route.NextHop.Value;
            var domain = DomainOf(host, route.Port);
            var next = owners.TryGetValue(nextHop.Value, out var candidates)
                ? candidates.FirstOrDefault(c => c.Host != host && DomainOf(c.Host, c.Port) == domain)
                : default;
            if (next.Host is null)
            {
                found.Add(new Layer3Path([.. taken], PathEnd.Undeclared, null) { Exit = nextHop });
                continue;
            }

            Step(next.Host, next.Port, destination, taken, visited, found);
        }

        visited.Remove(host);
    }
}
