using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>Comware's routing sections and interface routing lines, read by the reader Comware shares with VRP (<see cref="VrpFamilyRouting"/>).</summary>
internal static class ComwareRoutingReader
{
    /// <summary>Rows for the Comware section table: every routing header, and static routes of a VPN instance.</summary>
    public static (string Header, SectionReader<ComwareFactsReader> Reader)[] Rows(Func<ComwareFactsReader, VrpFamilyRouting> routing) =>
    [
        .. VrpFamilyRouting.Headers.Select(h => (h, (SectionReader<ComwareFactsReader>)((node, reader) => routing(reader).Section(node)))),
        ("ip route-static vpn-instance", (node, reader) => routing(reader).VrfRoute(node, Route)),
    ];

    /// <summary>
    /// A routing line's children as the section reads them. A BGP <c>peer</c> line never opens a section:
    /// lines indented under one are the address family that followed it behind a <c>#</c> the capture
    /// lost, and are read as lines of the section the peer stands in.
    /// </summary>
    public static IEnumerable<ConfigNode> Children(ConfigNode node) => IsPeer(node) ? [] : node.Children.SelectMany(Hoisted);

    private static IEnumerable<ConfigNode> Hoisted(ConfigNode node) => IsPeer(node) ? [node, .. node.Children.SelectMany(Hoisted)] : [node];

    private static bool IsPeer(ConfigNode node) => SectionTable<ComwareFactsReader>.Starts(node.Text, "peer", StringComparison.OrdinalIgnoreCase) && !node.Children.IsEmpty;

    private static RouteFact? Route(string text) =>
        ComwareTokens.Match(GlobalGrammar.StaticRoute, text) is { } route ? new RouteFact(route.Prefix, route.NextHop, route.Interface, 0) : null;
}
