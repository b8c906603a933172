using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Interface lines of link aggregation, dot1q sub-interfaces, voice VLANs, IPv6 and the stateful
/// firewall (zone-based and <c>ip inspect</c>), tried when the interface reader does not know a line.
/// Aggregation members and sub-interfaces become facts; IPv6 addresses and filters are recorded as
/// forwarding the verifier does not prove.
/// </summary>
/// <remarks>
/// The firewall is read as "returns allowed": a zone pair or inspect rule only drops packets or lets
/// the returns of a session the ACLs already permit back in. Those returns belong to a flow the
/// verifier already counts from its initiator, so leaving the firewall out can only add paths.
/// </remarks>
internal static class IosLayer2Reader
{
    /// <summary>
    /// Lines that add no path of their own: IPv6 neighbour discovery, DHCPv6, link-local only IPv6,
    /// OSPFv3 on an interface whose IPv6 addresses are reported anyway, and the firewall's zone membership and inspection.
    /// </summary>
    private static readonly string[] Harmless =
    [
        "ipv6 nd", "no ipv6 nd", "ipv6 mtu", "ipv6 dhcp", "ipv6 enable", "no ipv6 enable", "ipv6 ospf", "ipv6 redirects", "ipv6 unreachables",
        "ipv6 virtual-reassembly", "zone-member security", "ip inspect", "no ip inspect",
    ];

    private static readonly string[] Ipv6 = ["ipv6 address", "ipv6 traffic-filter", "ipv6 policy", "ipv6 router", "ipv6 rip", "ipv6 eigrp"];

    /// <summary>Reads one interface line; false when it is none of these.</summary>
    public static bool Line(IosInterfaceState state, ConfigNode node, IosFactsBuilder facts, string section)
    {
        var words = node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        switch (words)
        {
            case ["channel-group", var group, ..] when IosTokens.IsDigits(group) && (words.Length == 2 || (words.Length == 4 && words[2] == "mode")):
                state.Aggregate = "Port-channel" + group;
                return true;
            case ["encapsulation", "dot1Q", var vid] when section.Contains('.', StringComparison.Ordinal) && Vlan(vid) is { } vlan:
                state.Dot1q = vlan;
                return true;
            case ["switchport", "voice", "vlan", var vid] when Vlan(vid) is { } voice:
                state.Voice = voice;
                return true;
        }

        if (Starts(node.Text, Ipv6))
        {
            facts.Unproven(node, section, UnprovenKind.Ipv6);
            return true;
        }

        return Starts(node.Text, Harmless);
    }

    /// <summary>
    /// A global section of the firewall (zones, zone pairs, inspect class and policy maps, inspect
    /// rules): understood whole, see the remarks above.
    /// </summary>
    public static bool Firewall(ConfigNode node, IosFactsBuilder facts) => true;

    /// <summary>An IPv6 route, routing process or ACL: recorded once, its lines understood with it.</summary>
    public static bool Ipv6Section(ConfigNode node, IosFactsBuilder facts)
    {
        facts.Unproven(node, IosFactsBuilder.GlobalSection, UnprovenKind.Ipv6);
        return true;
    }

    /// <summary>IPv6 lists and switches that forward nothing on their own: prefix lists, DHCPv6 pools, <c>ipv6 unicast-routing</c> (addresses are reported where they are).</summary>
    public static bool Ipv6Harmless(ConfigNode node, IosFactsBuilder facts) => true;

    private static int? Vlan(string text) => IosTokens.IsDigits(text) && text.Length <= 4 && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 4094 and var v ? v : null;

    private static bool Starts(string text, string[] commands) =>
        commands.Any(c => SectionTable<IosFactsBuilder>.Starts(text, c, StringComparison.Ordinal));
}
