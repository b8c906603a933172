using GovNet.NetCode.Parsing;
using Sprache;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary><c>ip route-static</c> lines of the public routing table.</summary>
internal static class HuaweiVrpRouteReader
{
    public static bool Read(ConfigNode node, HuaweiVrpReader reader)
    {
        // Routes of a VPN instance (ip route-static vpn-instance …, or a next hop in one) live in
        // another routing table; the facts hold the public table only, so they fail the grammar
        // and are reported as affecting forwarding.
        var route = HuaweiVrpLineGrammar.RouteStatic.TryParse(node.Text);
        if (!route.WasSuccessful)
        {
            reader.Unknown(node, HuaweiVrpReader.Global, true);
            return true;
        }

        reader.Facts.Route(new RouteFact(route.Value.Prefix, route.Value.NextHop, route.Value.Interface, node.Line));
        reader.GlobalLines(node.Children);
        return true;
    }
}
