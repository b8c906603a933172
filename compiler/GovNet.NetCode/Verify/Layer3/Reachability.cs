using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// P1 at layer 3, P2, P3 and P4: every opening packet class from every source (segments, services,
/// upstreams, the internet) to every destination atom, walked along its path through every ACL on
/// it, and what gets through held against the policy's own decision (<see cref="FlowPolicy"/>).
/// Paths depend only on the ingress device and the destination atom and are computed once for each.
/// </summary>
public sealed partial class Reachability
{
    private readonly VerifyInput input;
    private readonly Layer3Network network;
    private readonly Endpoints endpoints;
    private readonly AddressAtoms atoms;
    private readonly PolicyJudge judge;
    private readonly Dictionary<string, Dictionary<string, AclFact>> acls = new(StringComparer.Ordinal);
    private readonly ViolationGroups violations = new();
    private readonly MatrixBuilder matrix = new();
    private readonly int parallelism;

    // Who holds each atom's representative address where a walk delivers it: every gateway delivers to most atoms, so each is found once.
    private readonly Endpoint[] holding;

    /// <summary>Explores reachability on up to <paramref name="parallelism"/> threads (0: every core); the answer is the same for any number.</summary>
    public Reachability(VerifyInput input, Layer3Network network, int parallelism = 0)
    {
        this.parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        this.input = input;
        this.network = network;
        endpoints = new Endpoints(input.Context);
        judge = new PolicyJudge(input, endpoints);
        foreach (var (host, facts) in input.Facts)
        {
            var byId = new Dictionary<string, AclFact>(StringComparer.Ordinal);
            foreach (var acl in facts.Acls)
            {
                byId.TryAdd(acl.Id, acl);
            }

            acls[host] = byId;
        }

        atoms = new AddressAtoms(Boundaries());
        holding = new Endpoint[atoms.Count];
        for (var atom = 0; atom < atoms.Count; atom++)
        {
            holding[atom] = endpoints.Holding(atoms.Representative(atom).Value);
        }
    }

    public AddressAtoms Atoms => atoms;

    public FlowMatrix Matrix => matrix.Build();

    public IEnumerable<Finding> Run()
    {
        var sources = endpoints.Sources(input).ToList();
        var gateways = sources.Where(s => !s.Local).Select(s => s.Host).ToHashSet(StringComparer.Ordinal);
        var gatewayRouting = ExploreAll(sources, gateways);
        var routing = RoutingFindings(gateways.Order(StringComparer.Ordinal).Select(h => gatewayRouting[h]), input.Facts.Keys.Where(h => !gateways.Contains(h)).Order(StringComparer.Ordinal)).ToList();

        // A device's own packets out of a route the routing check already names say nothing new.
        var named = routing.Select(f => (f.Property, f.At)).ToHashSet();
        var findings = violations.Grouped()
            .Where(g => g.Source.Kind != EndpointKind.Management || !named.Contains((g.Finding.Property, g.Finding.At)))
            .Select(g => g.Finding).ToList();
        findings.AddRange(routing);
        // Stryker disable once Linq : a group of GroupBy is never empty, so First and FirstOrDefault agree
        foreach (var (host, destination) in network.Truncated.GroupBy(t => t.Host).Select(g => g.First()))
        {
            findings.Add(new Finding(Codes.WalkCutShort, ParseCoverage.Property, Severity.Error,
                Messages.Format("WalkCutShort", host, Layer3Network.PathLimit, Layer3Network.HopLimit, new Ipv4Address(destination)),
                SourceSpan.StartOf(input.Facts[host].File), [host], null, null));
        }

        findings.AddRange(judge.Missing(matrix));
        return findings;
    }

    private IEnumerable<(uint Low, uint High)> Boundaries()
    {
        foreach (var facts in input.Facts.Values)
        {
            foreach (var address in facts.Interfaces.SelectMany(i => i.Addresses))
            {
                yield return Intervals.Of(address.Subnet);
            }

            foreach (var route in facts.Routes)
            {
                yield return Intervals.Of(route.Prefix);
            }

            foreach (var rule in facts.Acls.SelectMany(a => a.Rules))
            {
                yield return Intervals.Of(rule.Source);
                yield return Intervals.Of(rule.Destination);
            }
        }

        // Routes of VRFs and routes learned from routing domains cut the address space too.
        foreach (var route in network.Tables.Values.SelectMany(t => t.Routes).Where(r => r.Static is not null))
        {
            yield return Intervals.Of(route.Prefix);
        }

        foreach (var prefix in judge.PolicyPrefixes())
        {
            yield return Intervals.Of(prefix);
        }
    }

    private AclFact? AclOf(string host, string? id) =>
        id is not null && acls.TryGetValue(host, out var byId) && byId.TryGetValue(id, out var acl) ? acl : null;

    /// <summary>
    /// The ACLs a packet meets on a path's hops: inbound where it enters each device, outbound where it leaves (the source's
    /// own ingress ACL comes before them, see <see cref="ChainOf"/>).
    /// </summary>
    private HopAcls HopAclsOf(Layer3Path path)
    {
        var chain = ImmutableArray.CreateBuilder<(string Host, AclFact Acl, bool FirstOut)>();
        for (var i = 0; i < path.Hops.Length; i++)
        {
            var hop = path.Hops[i];
            // The first hop has no in-port (walks start at the device, ingress ACL added by ChainOf).
            if (AclOf(hop.Host, hop.In?.AclIn) is { } inbound)
            {
                chain.Add((hop.Host, inbound, false));
            }

            if (AclOf(hop.Host, hop.Out.AclOut) is { } outbound)
            {
                chain.Add((hop.Host, outbound, i == 0));
            }
        }

        return new HopAcls(chain.ToImmutable());
    }

    /// <summary>A rule that survived the source filter, with the atoms its destination covers.</summary>
    private readonly record struct RangedRule(AclRuleFact Rule, int First, int Last);

    private void Explore(TrafficSource source, Explored explored, HostWalks cache, HashSet<(int Path, string To, long PolicyKey, int Gap)> seen)
    {
        seen.Clear();
        var run = new SourceRun(source, source.Local ? null : AclOf(source.Host, source.Port.AclIn), atoms, cache);
        // Stryker disable once Conditional : without candidates every atom is walked; the ones left out meet an ingress ACL that denies all their packets (speed only)
        var candidates = run.Ingress is { } ingress ? Candidates([.. run.Filtered(ingress).Select(r => r.Rule)], source.Region) : null;
        for (var atom = 0; atom < atoms.Count; atom++)
        {
            if (candidates is not null && !candidates[atom])
            {
                // Stryker disable once Statement : an atom that is no candidate is denied by the ingress ACL for all its packets (speed only)
                continue;
            }

            if (Intervals.Overlaps(source.Region, (atoms.Low(atom), atoms.High(atom))))
            {
                continue;
            }

            foreach (var walked in PathsFrom(cache, source.Host, atom))
            {
                ExploreAlong(run, atom, walked, seen, explored);
            }
        }
    }

    private void ExploreAlong(SourceRun run, int atom, Walked walked, HashSet<(int Path, string To, long PolicyKey, int Gap)> seen, Explored explored)
    {
        var source = run.Source;
        var (path, pathId, to, hopAcls) = walked;
        if (to is null || to == source.Endpoint ||
            (path.End == PathEnd.Delivered && path.Hops.Length == 1 && path.Hops[0].Out == source.Port))
        {
            return;
        }

        if (!run.Chains.TryGetValue(hopAcls, out var chain))
        {
            run.Chains[hopAcls] = chain = ChainOf(run, hopAcls);
        }

        // Atoms on one path, to one endpoint, that the policy cannot tell apart and that lie in one gap between the edges
        // of the chain's rules meet the same rules, so they are one class (atoms in two gaps may meet the same rules too:
        // a class evaluated twice costs time, never a finding). The search misses every edge; where it would insert names the gap.
        var gap = Array.BinarySearch(chain.Edges, (2 * atom) + 1);
        var address = atoms.Representative(atom).Value;
        if (seen.Add((pathId, to.Name, judge.PolicyKey(source.Plane, address), gap)))
        {
            if (!chain.Classes.TryGetValue(gap, out var classes))
            {
                chain.Classes[gap] = classes = ClassesOf(source, chain, atom);
            }

            Evaluate(run, to, walked, address, classes, explored);
        }
    }

    /// <summary>
    /// The ACLs a source's packets meet on a path, filtered for the source: its own ingress ACL (a device's own packets meet
    /// none), then the hops' ACLs (a device's own packets leave unfiltered on the platforms the dialects cover, so they skip
    /// the first hop's outbound ACL; assuming so can only open paths). One chain for every path that meets the same ACLs.
    /// </summary>
    private Chained ChainOf(SourceRun run, HopAcls hopAcls)
    {
        var source = run.Source;
        var acls = new List<(string Host, RangedRule[] Rules)>();
        if (run.Ingress is { } ingress)
        {
            acls.Add((source.Host, run.Filtered(ingress)));
        }

        foreach (var (host, acl, firstOut) in hopAcls.Acls)
        {
            if (!(source.Local && firstOut))
            {
                acls.Add((host, run.Filtered(acl)));
            }
        }

        if (!run.BySequence.TryGetValue(acls, out var shared))
        {
            run.BySequence[acls] = shared = new Chained(acls, EdgesOf(acls));
        }

        return shared;
    }

    /// <summary>
    /// The atoms some packet from the region can pass the ingress ACL towards: those a permit rule names
    /// and no earlier rule denies outright for the whole region.
    /// </summary>
    private bool[] Candidates(List<AclRuleFact> rules, IReadOnlyList<(uint Low, uint High)> region)
    {
        var candidates = new bool[atoms.Count];
        var killed = new List<(uint Low, uint High)>();
        foreach (var rule in rules)
        {
            var (low, high) = Intervals.Of(rule.Destination);
            if (rule.Action == AclAction.Deny)
            {
                if (FactPacket.MatchesAllTraffic(rule) && rule.Destination.AsPrefix() is not null && rule.Source.AsPrefix() is not null &&
                    Intervals.Covers(Intervals.Of(rule.Source), region))
                {
                    killed = Intervals.Normalise([.. killed, (low, high)]);
                }

                // Stryker disable once Statement : a deny's atoms taken as candidates are walked and found closed (speed only)
                continue;
            }

            // Atoms and the killed intervals (sorted, disjoint) both ascend, so one pass over each tells which atoms lie in none.
            var (first, last) = atoms.Within(low, high);
            var next = 0;
            for (var atom = first; atom <= last; atom++)
            {
                var start = atoms.Low(atom);
                while (next < killed.Count && killed[next].High < start)
                {
                    next++;
                }

                if (next == killed.Count || start < killed[next].Low)
                {
                    candidates[atom] = true;
                }
            }
        }

        return candidates;
    }

    private void Evaluate(SourceRun run, Endpoint to, Walked walked, uint destination, GapClasses classes, Explored explored)
    {
        var source = run.Source;
        var path = walked.Path;
        foreach (var (piece, sourceAddress) in classes.Sources)
        {
            foreach (var (protocol, sourcePorts, destinationPorts) in classes.Protocols)
            {
                var hasPorts = protocol is FactPacket.Tcp or FactPacket.Udp;
                foreach (var sourcePort in sourcePorts)
                {
                    foreach (var destinationPort in destinationPorts)
                    {
                        var packet = new FactPacket(protocol, sourceAddress, PacketClasses.SourcePort(sourcePort), destination, PacketClasses.DestinationPort(destinationPort));
                        if (!Passes(classes.Lists, packet, out var at))
                        {
                            continue;
                        }

                        var names = run.NamesOf(walked);
                        if (source.Endpoint.Kind != EndpointKind.Management)
                        {
                            // The matrix is the flows between what policy names; management is held to isolation only.
                            explored.Matrix.Add(source.Endpoint, to, packet.Protocol, hasPorts ? destinationPort : null, names);
                        }

                        var atSpan = at ?? new SourceSpan(input.Facts[source.Host].File, path.Hops[0].Route.Line, 1);
                        judge.Judge(explored.Violations, source, to, path, packet, piece, sourcePort, destinationPort, atSpan, names);
                    }
                }
            }
        }
    }

    /// <summary>An address of the piece inside the region, if they meet.</summary>
    internal static uint? Representative(IReadOnlyList<(uint Low, uint High)> region, (uint Low, uint High) piece)
    {
        foreach (var (low, high) in region)
        {
            var from = Math.Max(low, piece.Low);
            var to = Math.Min(high, piece.High);
            if (from <= to)
            {
                return PacketClasses.Address((from, to));
            }
        }

        return null;
    }

    private bool Passes(List<(string Host, List<AclRuleFact> Rules)> lists, FactPacket packet, out SourceSpan? at)
    {
        at = null;
        foreach (var (host, rules) in lists)
        {
            if (FactPacket.Decide(rules, packet, out var rule) == AclAction.Deny)
            {
                return false;
            }

            at ??= new SourceSpan(input.Facts[host].File, rule!.Line, 1);
        }

        return true;
    }
}
