using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpKnownCommands;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Interface lines of link aggregation, dot1q sub-interfaces, voice VLANs, stacked VLAN tags and
/// IPv6, which the interface reader hands on when it does not know a line. Aggregation members and
/// sub-interfaces become facts; stacked tags and IPv6 addresses or filters are recorded as forwarding
/// the verifier does not prove.
/// </summary>
internal static class HuaweiVrpLayer2Reader
{
    /// <summary>Eth-Trunk settings that choose how members are bundled and balanced, not what the trunk carries.</summary>
    private static readonly string[] AggregationSettings =
    [
        "mode lacp", "mode lacp-static", "mode lacp-dynamic", "mode manual", "mode manual load-balance", "max active-linknumber",
        "least active-linknumber", "lacp", "load-balance", "undo lacp", "e-trunk", "distribute-weight",
    ];

    /// <summary>
    /// IPv6 lines that add no path of their own: neighbour discovery, DHCPv6 service, VRRP6 gateways,
    /// the IPv6 MTU. Where IPv6 forwards, an <c>ipv6 address</c> line says so and is reported.
    /// GVRP only registers VLANs a trunk's allow-pass list already lets through, and port isolation only drops frames.
    /// </summary>
    private static readonly string[] HarmlessLines =
    [
        "ipv6 nd", "undo ipv6 nd", "ipv6 mtu", "dhcpv6 server", "dhcpv6 relay", "dhcpv6 client", "vrrp6", "ipv6 enable topology",
        "gvrp", "undo gvrp", "port-isolate enable", "undo port-isolate",
    ];

    /// <summary>IPv6 lines that forward or filter IPv6: the verifier proves IPv4 only.</summary>
    private static readonly string[] Ipv6Lines = ["ipv6 address", "ipv6 traffic-filter", "traffic-filter ipv6"];

    /// <summary>Stacked VLAN tags: a frame of one VLAN carried inside another.</summary>
    private static readonly string[] StackedLines =
    [
        "qinq", "port vlan-stacking", "port link-type dot1q-tunnel", "dot1q termination vid-range", "qinq termination", "qinq vlan-translation",
        "vlan-swap",
    ];

    /// <summary>Reads one interface line; false when it is none of these.</summary>
    public static bool Line(HuaweiVrpInterfaceBuilder builder, ConfigNode node, FactsBuilder facts, string section)
    {
        var text = node.Text.Trim();
        var words = HuaweiVrpReader.Words(text);
        switch (words)
        {
            case ["eth-trunk", var number] when HuaweiVrpLineGrammar.ToNumber(number) >= 0:
                builder.Aggregate = "Eth-Trunk" + number;
                return true;
            case ["dot1q", "termination", "vid", _] or ["vlan-type", "dot1q", _] or ["vlan-type", "dot1q", "vid", _]
                when builder.Name.Contains('.', StringComparison.Ordinal) && HuaweiVrpLineGrammar.SingleVlan.TryParse(words[^1]) is { WasSuccessful: true } vlan:
                builder.Dot1q = vlan.Value;
                return true;
            case ["voice-vlan", var vid, "enable", ..] when HuaweiVrpLineGrammar.SingleVlan.TryParse(vid) is { WasSuccessful: true } voice:
                builder.Voice = voice.Value;
                return true;
            case ["voice-vlan", ..] or ["undo", "voice-vlan", ..]:
                // Voice VLAN mode, security mode, legacy: how a phone is told apart, not which VLAN it joins.
                return words.Length > 1 && words[^1] != "enable";
        }

        if (StartsWith(text, Ipv6Lines))
        {
            facts.Unproven(node, section, UnprovenKind.Ipv6);
            return true;
        }

        if (StartsWith(text, StackedLines))
        {
            facts.Unproven(node, section, UnprovenKind.StackedVlans);
            return true;
        }

        return StartsWith(text, HarmlessLines) || (builder.Name.StartsWith("Eth-Trunk", StringComparison.OrdinalIgnoreCase) && StartsWith(text, AggregationSettings));
    }

    /// <summary>Global <c>gvrp</c>: GVRP registers only VLANs a trunk's allow-pass list already lets through.</summary>
    public static bool Gvrp(ConfigNode node, HuaweiVrpReader reader)
    {
        reader.GlobalLines(node.Children);
        return true;
    }

    private static bool StartsWith(string text, string[] commands) => commands.Any(c => Starts(text, c));
}
