using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// The routing sections VRP and Comware write alike (Comware's CLI descends from VRP's): OSPF, IS-IS,
/// RIP and BGP processes, VPN instances, route policies and prefix filters, MQC classifiers,
/// behaviours and policies, policy-based routes, MPLS and VSI. Each dialect's reader hands its
/// top-level and interface lines here first. What this reader takes is a fact, a known line that
/// cannot add a path (timers, costs, authentication, filters, which are over-approximated as letting
/// everything through), or forwarding the verifier does not prove (<see cref="UnprovenLine"/>);
/// anything else in a routing section is reported as not understood and affecting forwarding.
/// </summary>
internal sealed partial class VrpFamilyRouting(
    RoutingFactsBuilder facts,
    Func<ConfigNode, IEnumerable<ConfigNode>> children,
    Action<ConfigNode, string> unknown)
{
    /// <summary>Filters that only narrow what a route policy or peer passes: known, and taken to pass everything.</summary>
    private static readonly string[] FilterLines =
    [
        "ip ip-prefix", "ip prefix-list", "ip as-path-filter", "ip community-filter", "ip extcommunity-filter", "ip as-path",
        "ip community-list", "ip extcommunity-list", "ip large-community-filter", "ip rd-filter", "xpl",
    ];

    /// <summary>
    /// Sections that set up label switching, layer-2 VPNs (EVPN and its bridge domains among them) or
    /// IPv6 routing (OSPFv3, RIPng): understood whole, and each a finding.
    /// </summary>
    private static readonly (string Start, UnprovenKind Kind)[] UnprovenSections =
    [
        ("mpls", UnprovenKind.Mpls), ("mpls ldp", UnprovenKind.Mpls), ("mpls lsr-id", UnprovenKind.Mpls), ("mpls l2vpn", UnprovenKind.Layer2Vpn),
        ("mpls te", UnprovenKind.Mpls), ("mpls enable", UnprovenKind.Mpls), ("vsi", UnprovenKind.Layer2Vpn), ("l2vpn", UnprovenKind.Layer2Vpn),
        ("l2vpn enable", UnprovenKind.Layer2Vpn), ("pw-class", UnprovenKind.Layer2Vpn), ("xconnect-group", UnprovenKind.Layer2Vpn),
        ("mpls-te", UnprovenKind.Mpls), ("explicit-path", UnprovenKind.Mpls), ("evpn", UnprovenKind.Layer2Vpn),
        ("evpn-overlay", UnprovenKind.Layer2Vpn), ("bridge-domain", UnprovenKind.Layer2Vpn), ("ospfv3", UnprovenKind.Ipv6),
        ("ripng", UnprovenKind.Ipv6),
    ];

    /// <summary>The leading words of the top-level lines <see cref="Section"/> reads, for a dialect's section table.</summary>
    public static readonly string[] Headers =
    [
        "ospf", "isis", "rip", "bgp", "ip vpn-instance", "route-policy", "policy-based-route", "traffic classifier", "traffic behavior",
        "traffic policy", "qos policy", "qos vlan-policy", .. FilterLines, .. UnprovenSections.Select(s => s.Start),
    ];

    /// <summary>A top-level line; false when it opens no section this reader knows.</summary>
    public bool Section(ConfigNode node)
    {
        var words = Split(node.Text);
        if (words.Length == 0)
        {
            return false;
        }

        switch (words[0].ToLowerInvariant())
        {
            case "ospf" when words.Length == 1 || IsNumber(words[1]):
                return Igp(node, RoutingProtocol.Ospf, words);
            case "isis" when words.Length == 1 || !words[1].Contains('-', StringComparison.Ordinal):
                return Igp(node, RoutingProtocol.Isis, words);
            case "rip" when words.Length == 1 || IsNumber(words[1]):
                return Igp(node, RoutingProtocol.Rip, words);
            case "bgp" when words.Length >= 2:
                Bgp(node, facts.Process(RoutingProtocol.Bgp, words[1], null, node.Line), words[1]);
                return true;
            case "route-policy" or "policy-based-route" or "traffic" or "qos":
                return Policy(node, words);
        }

        if (words.Length >= 3 && Is(words[0], "ip") && Is(words[1], "vpn-instance"))
        {
            Vrf(node, words[2]);
            return true;
        }

        if (StartsAny(words, FilterLines))
        {
            Known(node);
            return true;
        }

        if (UnprovenSections.Where(s => StartsAny(words, [s.Start])).Select(s => (UnprovenKind?)s.Kind).FirstOrDefault() is { } kind)
        {
            facts.Unproven(node, kind);
            return true;
        }

        return false;
    }

    /// <summary><c>ip route-static vpn-instance V …</c>: the rest read by the dialect's own route grammar, into V's table.</summary>
    public bool VrfRoute(ConfigNode node, Func<string, RouteFact?> route)
    {
        var words = Split(node.Text);
        if (words.Length < 5 || !Is(words[2], "vpn-instance"))
        {
            return false;
        }

        // The next hop may itself lie in another instance or the public table ("… 10.0.0.1 public"): then the grammar refuses it.
        var rest = string.Join(' ', words[..2].Concat(words[4..]));
        if (route(rest) is not { } fact)
        {
            return false;
        }

        facts.VrfRoute(words[3], fact with { Line = node.Line });
        Known(node);
        return true;
    }

    /// <summary>Reads the children of a section with <paramref name="read"/>; one it does not take is reported with its children.</summary>
    private void Lines(ConfigNode section, Func<ConfigNode, bool> read)
    {
        foreach (var child in children(section))
        {
            if (!read(child))
            {
                unknown(child, section.Text);
            }
        }
    }

    /// <summary>A line understood on its own: what is nested under it was not expected.</summary>
    private bool Leaf(ConfigNode line)
    {
        foreach (var child in children(line))
        {
            unknown(child, line.Text);
        }

        return true;
    }

    private void Known(ConfigNode node) => Leaf(node);

    private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    private static bool IsKeyword(string word) => !IsNumber(word) && Address(word) is null;

    /// <summary>An IPv6 address as a peer is written (<c>2001::3</c>, <c>FE80::1%GE0/0/1</c> left out).</summary>
    private static bool IsIpv6(string word) =>
        word.Contains(':', StringComparison.Ordinal) && System.Net.IPAddress.TryParse(word, out var address) &&
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;

    /// <summary>A line that forwards IPv6, which the verifier does not prove: understood with what is nested under it, and a finding.</summary>
    private bool Ipv6(ConfigNode line)
    {
        facts.Unproven(line, UnprovenKind.Ipv6);
        return true;
    }
}
