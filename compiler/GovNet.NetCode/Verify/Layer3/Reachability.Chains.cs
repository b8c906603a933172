using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>What one source meets on one path, built once for all the atoms and packet classes that take it.</summary>
public sealed partial class Reachability
{
    /// <summary>
    /// The ACLs on one path with their rules, and the edges where one of those rules starts or stops covering
    /// atoms, doubled (sorted, <c>2 × atom</c>) so that no atom's own <c>2 × atom + 1</c> equals an edge.
    /// </summary>
    /// <remarks>
    /// Shared by every path of one source that meets the same ACLs (most of a gateway's paths meet only its ingress ACL),
    /// and so are the packet classes of each gap: every atom of a gap meets the same rules.
    /// </remarks>
    private sealed record Chained(List<(string Host, RangedRule[] Rules)> Acls, int[] Edges)
    {
        /// <summary>The packet classes of each gap, by its number (<see cref="Array.BinarySearch(Array, object)"/>'s miss), cut the first time one of its atoms is evaluated.</summary>
        public Dictionary<int, GapClasses> Classes { get; } = [];
    }

    /// <summary>ACL chains alike: the same devices' ACLs, each filtered for the source (one array per ACL and source), in the same order.</summary>
    private sealed class SameAcls : IEqualityComparer<List<(string Host, RangedRule[] Rules)>>
    {
        public static readonly SameAcls Instance = new();

        public bool Equals(List<(string Host, RangedRule[] Rules)>? x, List<(string Host, RangedRule[] Rules)>? y)
        {
            if (x is null || y is null || x.Count != y.Count)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (!ReferenceEquals(x[i].Rules, y[i].Rules) || !string.Equals(x[i].Host, y[i].Host, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(List<(string Host, RangedRule[] Rules)> acls)
        {
            var hash = new HashCode();
            foreach (var (_, rules) in acls)
            {
                hash.Add(RuntimeHelpers.GetHashCode(rules));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// What the atoms of one gap of a chain meet from its source: each ACL's rules that cover them, and the packet classes
    /// those rules cut: source address pieces that meet the source's region (with the address that stands for each), and per
    /// protocol the source and destination port ranges, cut once for every piece. Cut from the first atom of the gap that is
    /// evaluated and kept on the chain (<see cref="Chained.Classes"/>), which every path meeting the same ACLs shares.
    /// </summary>
    private sealed record GapClasses(
        List<(string Host, List<AclRuleFact> Rules)> Lists,
        List<((uint Low, uint High) Piece, uint Address)> Sources,
        List<(int Protocol, List<PortRange> SourcePorts, List<PortRange> DestinationPorts)> Protocols);

    private static GapClasses ClassesOf(TrafficSource source, Chained chain, int atom)
    {
        var lists = chain.Acls.Select(c => (c.Host, Rules: c.Rules.Where(r => r.First <= atom && atom <= r.Last).Select(r => r.Rule).ToList())).ToList();
        var rules = lists.SelectMany(l => l.Rules).ToList();
        var sources = new List<((uint Low, uint High) Piece, uint Address)>();
        foreach (var piece in PacketClasses.Split([(0u, uint.MaxValue)], rules.Select(r => Intervals.Of(r.Source))))
        {
            // A null test rather than a negated pattern, so that a mutation testing tool flipping it still compiles.
            var address = Representative(source.Region, piece);
            if (address is not null)
            {
                sources.Add((piece, address.Value));
            }
        }

        var protocols = new List<int> { FactPacket.Tcp, FactPacket.Udp, FactPacket.Icmp };
        var numbered = rules.Where(r => r.ProtocolNumber is not null).Select(r => r.ProtocolNumber!.Value).Distinct().Order().ToList();
        protocols.AddRange(numbered);
        protocols.Add(PacketClasses.OtherProtocol(numbered));
        var ports = protocols.Select(protocol =>
        {
            // Stryker disable once Conditional : without ports the policy is asked with source port 0 whatever the class (PolicyJudge.Judge)
            List<PortRange> none = [new PortRange(0, 0)];
            return protocol is FactPacket.Tcp or FactPacket.Udp
                ? (protocol, PacketClasses.SplitPorts(PacketClasses.AllPorts, rules.SelectMany(r => PacketClasses.Ports(r, protocol, true))),
                    PacketClasses.SplitPorts(PacketClasses.AllPorts, rules.SelectMany(r => PacketClasses.Ports(r, protocol, false))))
                : (protocol, none, none);
        }).ToList();
        return new GapClasses(lists, sources, ports);
    }

    private static int[] EdgesOf(List<(string Host, RangedRule[] Rules)> acls)
    {
        var edges = new int[2 * acls.Sum(c => c.Rules.Length)];
        var next = 0;
        foreach (var rule in acls.SelectMany(c => c.Rules))
        {
            edges[next++] = 2 * rule.First;
            edges[next++] = (2 * rule.Last) + 2;
        }

        Array.Sort(edges);
        return edges;
    }

}
