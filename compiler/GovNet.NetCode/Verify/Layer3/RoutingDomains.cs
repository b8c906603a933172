using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>Two speakers of one protocol on a shared link or broadcast domain (an IGP adjacency), or a BGP session.</summary>
public sealed record Adjacency(RoutingSpeaker A, InterfaceFact PortA, int LineA, RoutingSpeaker B, InterfaceFact PortB, Ipv4Address AddressOfB, Ipv4Address AddressOfA);

/// <summary>
/// Dynamic routing over the facts, sound by over-approximation. Speakers of one protocol whose
/// enabled, non-silent interfaces share a broadcast domain are adjacent, and so are BGP speakers
/// whose peer address an inventoried speaker owns; a process that imports another protocol on one
/// device joins the two domains. Every speaker may learn every prefix its domain carries, through
/// every adjacent neighbour (route preferences and filters are not modelled). A neighbour no
/// inventoried device owns — a BGP peer, or an IGP interface out of a port to the internet, an
/// upstream or an undeclared far end — is an exit: the domain may learn any destination through it.
/// Policy next hops join every lookup of their device the same way.
/// </summary>
public sealed class RoutingDomains
{
    private readonly List<RoutingSpeaker> speakers = [];
    private readonly Dictionary<RoutingSpeaker, RoutingSpeaker> parent = new(ReferenceEqualityComparer.Instance);

    public RoutingDomains(Layer3Network network)
    {
        foreach (var (host, table) in network.Tables)
        {
            speakers.AddRange(RoutingSpeakers.Of(host, network.Input.Facts[host], table));
        }

        foreach (var speaker in speakers)
        {
            parent[speaker] = speaker;
        }

        Adjacencies = [.. IgpAdjacencies(network), .. BgpSessions(network)];
        foreach (var adjacency in Adjacencies)
        {
            Join(adjacency.A, adjacency.B);
        }

        foreach (var speaker in speakers)
        {
            foreach (var other in speakers.Where(o => o.Host == speaker.Host && o.Table == speaker.Table && speaker.ImportsFrom.Contains(o.Protocol)))
            {
                Join(speaker, other);
            }
        }

        Learn(network);
    }

    public IReadOnlyList<Adjacency> Adjacencies { get; }

    /// <summary>Exits into what the inventory does not hold: a speaker with its port, next hop (null for a port only) and the line that makes it.</summary>
    public List<(RoutingSpeaker Speaker, Route Route)> Exits { get; } = [];

    private IEnumerable<Adjacency> IgpAdjacencies(Layer3Network network)
    {
        var byDomain = new Dictionary<(RoutingProtocol, (string, string)), List<(RoutingSpeaker Speaker, InterfaceFact Port, int Line)>>();
        foreach (var speaker in speakers.Where(s => s.Protocol != RoutingProtocol.Bgp))
        {
            foreach (var (port, silent, line) in speaker.Ports.Where(p => !p.Silent))
            {
                var key = (speaker.Protocol, network.DomainOf(speaker.Host, port));
                if (!byDomain.TryGetValue(key, out var list))
                {
                    byDomain[key] = list = [];
                }

                list.Add((speaker, port, line));
            }
        }

        foreach (var members in byDomain.Values)
        {
            foreach (var a in members)
            {
                foreach (var b in members.Where(b => string.CompareOrdinal(b.Speaker.Host, a.Speaker.Host) > 0))
                {
                    yield return new Adjacency(a.Speaker, a.Port, a.Line, b.Speaker, b.Port, AddressOn(b.Port, a.Port), AddressOn(a.Port, b.Port));
                }
            }
        }
    }

    private IEnumerable<Adjacency> BgpSessions(Layer3Network network)
    {
        foreach (var speaker in speakers.Where(s => s.Protocol == RoutingProtocol.Bgp))
        {
            foreach (var peer in speaker.Peers)
            {
                var owner = network.OwnersOf(peer.Address).FirstOrDefault(o => o.Host != speaker.Host);
                var other = owner.Host is null ? null : speakers.FirstOrDefault(s => s.Host == owner.Host && s.Protocol == RoutingProtocol.Bgp);
                if (other is not null && string.CompareOrdinal(other.Host, speaker.Host) > 0)
                {
                    var back = other.Peers.Select(p => network.OwnersOf(p.Address).FirstOrDefault(o => o.Host == speaker.Host))
                        .FirstOrDefault(o => o.Host is not null);
                    var ownAddress = back.Port is { Addresses: [var first, ..] } ? first.Address : peer.Address;
                    yield return new Adjacency(speaker, owner.Port, peer.Line, other, owner.Port, peer.Address, ownAddress);
                }
            }
        }
    }

    /// <summary>The address of <paramref name="port"/> on the subnet it shares with <paramref name="facing"/>, or its first.</summary>
    private static Ipv4Address AddressOn(InterfaceFact port, InterfaceFact facing) =>
        port.Addresses.Where(a => facing.Addresses.Any(f => f.Subnet.Contains(a.Address))).Select(a => a.Address).DefaultIfEmpty(port.Addresses[0].Address).First();

    private RoutingSpeaker Find(RoutingSpeaker speaker) => ReferenceEquals(parent[speaker], speaker) ? speaker : parent[speaker] = Find(parent[speaker]);

    private void Join(RoutingSpeaker a, RoutingSpeaker b) => parent[Find(a)] = Find(b);

    private void Learn(Layer3Network network)
    {
        var carried = new Dictionary<RoutingSpeaker, HashSet<Ipv4Prefix>>(ReferenceEqualityComparer.Instance);
        var learned = new Dictionary<RoutingSpeaker, List<(string, Route)>>(ReferenceEqualityComparer.Instance);
        foreach (var speaker in speakers)
        {
            learned[speaker] = [];
            if (!carried.TryGetValue(Find(speaker), out var prefixes))
            {
                carried[Find(speaker)] = prefixes = [];
            }

            prefixes.UnionWith(speaker.Carried);
        }

        var anywhere = network.Tables.Keys.ToDictionary(h => h, _ => new List<Route>(), StringComparer.Ordinal);

        // Exits first: which domains may learn any destination from outside.
        var open = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var speaker in speakers)
        {
            foreach (var exit in ExitsOf(network, speaker))
            {
                Exits.Add((speaker, exit));
                anywhere[speaker.Host].Add(exit);
                open.Add(Find(speaker));
            }
        }

        foreach (var adjacency in Adjacencies)
        {
            foreach (var (self, port, nextHop, line) in new[] { (adjacency.A, adjacency.PortA, adjacency.AddressOfB, adjacency.LineA), (adjacency.B, adjacency.PortB, adjacency.AddressOfA, adjacency.B.Line) })
            {
                var (outPort, hop) = self.Protocol == RoutingProtocol.Bgp ? Resolve(network, self, nextHop) : (port, nextHop);
                if (outPort is null)
                {
                    continue;
                }

                foreach (var prefix in carried[Find(self)].Order())
                {
                    learned[self].Add((self.Table, new Route(prefix, outPort, hop, new RouteFact(prefix, hop, null, line))));
                }

                if (open.Contains(Find(self)))
                {
                    anywhere[self.Host].Add(new Route(Ipv4Prefix.Any, outPort, hop, new RouteFact(Ipv4Prefix.Any, hop, null, line)));
                }
            }
        }

        foreach (var (host, facts) in network.Input.Facts)
        {
            foreach (var policy in facts.Protocols.PolicyNextHops)
            {
                if (network.Tables[host].Routes.FirstOrDefault(r => r.Static is null && r.Prefix.Contains(policy.NextHop)) is { } connected)
                {
                    anywhere[host].Add(new Route(Ipv4Prefix.Any, connected.Port, policy.NextHop, new RouteFact(Ipv4Prefix.Any, policy.NextHop, null, policy.Line)));
                }
            }
        }

        foreach (var (host, table) in network.Tables)
        {
            table.Learn(learned.Where(l => l.Key.Host == host).SelectMany(l => l.Value), anywhere[host]);
        }
    }

    /// <summary>
    /// Where a speaker meets what the inventory does not hold: a BGP peer no inventoried device owns,
    /// or an IGP running out of a port to the internet, an upstream, or no declared far end.
    /// </summary>
    private static IEnumerable<Route> ExitsOf(Layer3Network network, RoutingSpeaker speaker)
    {
        if (speaker.Protocol == RoutingProtocol.Bgp)
        {
            foreach (var peer in speaker.Peers.Where(p => !network.OwnersOf(p.Address).Any(o => o.Host != speaker.Host)))
            {
                var (port, hop) = Resolve(network, speaker, peer.Address);
                if (port is not null)
                {
                    yield return new Route(Ipv4Prefix.Any, port, hop, new RouteFact(Ipv4Prefix.Any, hop, null, peer.Line));
                }
            }

            yield break;
        }

        foreach (var (port, _, line) in speaker.Ports.Where(p => !p.Silent))
        {
            var link = network.LinkOf(speaker.Host, port);
            if (link is InternetLinkEnd or UpstreamLinkEnd || (link is null && !port.Loopback && port.SviVlan is null))
            {
                yield return new Route(Ipv4Prefix.Any, port, null, new RouteFact(Ipv4Prefix.Any, null, port.Name, line));
            }
        }
    }

    /// <summary>The port and next hop towards a BGP peer: on a connected subnet, else by the route the device has to it.</summary>
    private static (InterfaceFact? Port, Ipv4Address Hop) Resolve(Layer3Network network, RoutingSpeaker speaker, Ipv4Address peer)
    {
        var route = network.Tables[speaker.Host].Lookup(speaker.Table, peer).FirstOrDefault()
            ?? network.Tables[speaker.Host].Lookup(peer).FirstOrDefault();
        return route is null ? (null, peer) : (route.Port, route.NextHop ?? peer);
    }
}
