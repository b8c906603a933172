using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// What dynamic routing says on its own, before any packet is walked: an adjacency or BGP session
/// between devices of two planes joins them (P1). Forwarding the routing readers read but the
/// verifier does not prove (label switching, layer-2 VPNs, ACLs the device orders itself) is
/// reported with the rest of parse coverage (<see cref="ParseCoverage"/>).
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
    }

    private static string ProtocolName(RoutingProtocol protocol) => protocol switch
    {
        RoutingProtocol.Ospf => "OSPF",
        RoutingProtocol.Isis => "IS-IS",
        RoutingProtocol.Rip => "RIP",
        _ => "BGP",
    };
}
