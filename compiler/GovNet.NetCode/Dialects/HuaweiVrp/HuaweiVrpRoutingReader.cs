using GovNet.NetCode.Parsing;
using Sprache;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>VRP's routing sections and interface routing lines, read by the reader VRP shares with Comware (<see cref="VrpFamilyRouting"/>).</summary>
internal static class HuaweiVrpRoutingReader
{
    /// <summary>Rows for the VRP section table: every routing header, and static routes of a VPN instance.</summary>
    public static readonly (string Header, SectionReader<HuaweiVrpReader> Reader)[] Rows =
    [
        .. VrpFamilyRouting.Headers.Select(h => (h, (SectionReader<HuaweiVrpReader>)((node, reader) => Of(reader).Section(node)))),
        ("ip route-static vpn-instance", (node, reader) => Of(reader).VrfRoute(node, Route)),
    ];

    /// <summary>An interface line about routing (process enables, VPN binding, policy routing, MPLS); false when it is none.</summary>
    public static bool InterfaceLine(HuaweiVrpReader reader, string name, ConfigNode line) => Of(reader).InterfaceLine(name, line);

    private static VrpFamilyRouting Of(HuaweiVrpReader reader) =>
        new(reader.Facts.Layer3, HuaweiVrpReader.Children, (node, section) => reader.Unknown(node, section, true));

    private static RouteFact? Route(string text) =>
        HuaweiVrpLineGrammar.RouteStatic.TryParse(text) is { WasSuccessful: true } route ? new RouteFact(route.Value.Prefix, route.Value.NextHop, route.Value.Interface, 0) : null;
}
