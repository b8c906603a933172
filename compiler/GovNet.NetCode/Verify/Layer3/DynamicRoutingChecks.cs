using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// What dynamic routing says on its own, before any packet is walked: an adjacency or BGP session
/// between devices of two planes joins them (P1), and forwarding the verifier reads but does not
/// prove (label switching, layer-2 VPNs, ACLs the device orders itself) is open, never clean.
/// </summary>
public static class DynamicRoutingChecks
{
    public static IEnumerable<Finding> Check(VerifyInput input, RoutingDomains routing)
    {
        foreach (var adjacency in routing.Adjacencies)
        {
            var (planeA, planeB) = (input.PlaneOf(adjacency.A.Host), input.PlaneOf(adjacency.B.Host));
            if (planeA == planeB || !input.Context.Planes.TryGetValue(planeA, out var declared))
            {
                continue;
            }

            yield return new Finding(Codes.RoutingAdjacencyJoinsPlanes, "P1", Severity.Error,
                Messages.Format("RoutingAdjacencyJoinsPlanes", adjacency.A.Host, planeA, adjacency.B.Host, planeB, ProtocolName(adjacency.A.Protocol)),
                new SourceSpan(input.Facts[adjacency.A.Host].File, adjacency.LineA, 1),
                [$"{adjacency.A.Host}:{adjacency.PortA.Name}", $"{adjacency.B.Host}:{adjacency.PortB.Name}"], null, declared.Name.Span);
        }

        foreach (var facts in input.Facts.Values.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            foreach (var line in facts.Protocols.Unproven)
            {
                yield return new Finding(Codes.ForwardingNotProven, ParseCoverage.Property, Severity.Error,
                    Messages.Format("ForwardingNotProven", KindName(line.Kind), SecretMask.Apply(line.Text)),
                    new SourceSpan(facts.File, line.Line, 1), [], null, null);
            }
        }
    }

    private static string KindName(UnprovenKind kind) => kind switch
    {
        UnprovenKind.Mpls => Messages.Get("UnprovenMpls"),
        UnprovenKind.Layer2Vpn => Messages.Get("UnprovenLayer2Vpn"),
        _ => Messages.Get("UnprovenAclAutoOrder"),
    };

    private static string ProtocolName(RoutingProtocol protocol) => protocol switch
    {
        RoutingProtocol.Ospf => "OSPF",
        RoutingProtocol.Isis => "IS-IS",
        RoutingProtocol.Rip => "RIP",
        _ => "BGP",
    };
}
