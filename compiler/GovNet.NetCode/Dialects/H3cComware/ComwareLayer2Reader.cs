using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// Interface lines of link aggregation, dot1q sub-interfaces, voice VLANs, stacked VLAN tags and
/// IPv6, tried when the interface grammar does not know a line. Aggregation members and
/// sub-interfaces become facts; stacked tags and IPv6 addresses or filters are recorded as
/// forwarding the verifier does not prove.
/// </summary>
internal static class ComwareLayer2Reader
{
    /// <summary>
    /// IPv6 lines that add no path of their own (neighbour discovery, DHCPv6, VRRP for IPv6, the IPv6
    /// MTU; an <c>ipv6 address</c> line says where IPv6 forwards and is reported), and sub-interface
    /// settings that only let broadcasts terminate.
    /// </summary>
    private static readonly CommandTable Harmless = new(
        "ipv6 nd", "ipv6 mtu", "ipv6 dhcp", "vrrp ipv6", "ipv6 enable", "vlan-termination broadcast", "vlan-termination arp");

    private static readonly CommandTable Ipv6 = new("ipv6 address", "ipv6 packet-filter", "packet-filter ipv6");

    private static readonly CommandTable Stacked = new("qinq", "port link-type dot1q-tunnel", "vlan-type dot1q vid second-dot1q", "vlan-mapping");

    /// <summary>Reads one interface line; false when it is none of these.</summary>
    public static bool Line(InterfaceState state, ConfigNode node, FactsBuilder facts, string section)
    {
        var words = node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        switch (words)
        {
            case ["port", "link-aggregation", "group", var group] when ComwareTokens.TryNumber(group, out var number):
                state.AggregationGroup = number;
                return true;
            case ["vlan-type", "dot1q", "vid", _] or ["vlan-type", "dot1q", _] when section.Contains('.', StringComparison.Ordinal) && ComwareTokens.TryNumber(words[^1], out var vlan) && vlan is >= 1 and <= 4094:
                state.Dot1q = vlan;
                return true;
            case ["voice-vlan", var vid, "enable"] when ComwareTokens.TryNumber(vid, out var voice) && voice is >= 1 and <= 4094:
                state.Voice = voice;
                return true;
            case ["voice-vlan", "mode", ..] or ["undo", "voice-vlan", "mode", ..] or ["voice-vlan", "security", ..] or ["undo", "voice-vlan", "security", ..]:
                // How a phone is told apart, not which VLAN it joins.
                return true;
        }

        if (Ipv6.Matches(words))
        {
            facts.Unproven(node, section, UnprovenKind.Ipv6);
            return true;
        }

        if (Stacked.Matches(words))
        {
            facts.Unproven(node, section, UnprovenKind.StackedVlans);
            return true;
        }

        return Harmless.Matches(words);
    }

    /// <summary>Global <c>ipv6 route-static</c>: IPv6 forwarding, which the verifier does not prove.</summary>
    public static bool Ipv6Route(ConfigNode node, FactsBuilder facts)
    {
        facts.Unproven(node, FactsBuilder.GlobalSection, UnprovenKind.Ipv6);
        facts.UnreadChildren(node, node.Text, true);
        return true;
    }
}
