using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects;

/// <summary>BGP processes and their address families: peers, networks, imports and default routes.</summary>
internal sealed partial class VrpFamilyRouting
{
    /// <summary>Lines of a BGP process or address family that neither add a peer nor a prefix; peer policies are over-approximated.</summary>
    private static readonly string[] BgpHarmless =
    [
        "router-id", "timer", "undo synchronization", "synchronization", "summary automatic", "undo summary", "preference",
        "maximum load-balancing", "reflector", "reflect-between-clients", "undo reflect-between-clients", "bestroute", "compare-different-as-med",
        "graceful-restart", "undo default ipv4-unicast", "default local-preference", "default med", "confederation", "log-peer-change",
        "balance", "nexthop", "route-select", "description", "dampening", "undo peer", "group", "check-first-as", "undo check-first-as",
        "default-route imported", "router-id auto-select", "policy vpn-target", "undo policy vpn-target", "route-distinguisher",
        "apply-label", "auto-frr", "ignore-first-as", "private-4byte-as", "as-path-limit", "tie-breaking", "deterministic-med",
        "bestroute as-path-neglect", "always-compare-med",
    ];

    private void Bgp(ConfigNode node, RoutingFactsBuilder.ProcessBuilder process, string asn) => Lines(node, line =>
    {
        var words = Split(line.Text);
        if (words.Length >= 2 && (Is(words[0], "ipv4-family") || Is(words[0], "address-family")))
        {
            return BgpFamily(line, process, asn, words);
        }

        // ipv6-family [unicast | vpn-instance V]: IPv6 routes and peers; an MPLS VPN's vpnv6 family is label switching.
        if (Is(words[0], "ipv6-family"))
        {
            return words.Length >= 2 && Is(words[1], "vpnv6") ? BgpFamily(line, process, asn, words) : Ipv6(line);
        }

        // Comware nests a VPN instance's peers straight under bgp.
        if (words.Length == 3 && Is(words[0], "ip") && Is(words[1], "vpn-instance"))
        {
            Bgp(line, facts.Process(RoutingProtocol.Bgp, asn, words[2], line.Line), asn);
            return true;
        }

        return BgpLine(process, line, words);
    });

    private bool BgpFamily(ConfigNode line, RoutingFactsBuilder.ProcessBuilder process, string asn, string[] words)
    {
        var family = words[1].ToLowerInvariant();
        if (family is "vpnv4" or "vpnv6" or "l2vpn" or "evpn" or "vpls" || Is(words[0], "l2vpn-family"))
        {
            facts.Unproven(line, family == "vpnv4" || family == "vpnv6" ? UnprovenKind.Mpls : UnprovenKind.Layer2Vpn);
            return true;
        }

        if (family == "ipv6")
        {
            return Ipv6(line);
        }

        if (family == "vpn-instance" && words.Length >= 3)
        {
            Bgp(line, facts.Process(RoutingProtocol.Bgp, asn, words[2], line.Line), asn);
            return true;
        }

        if (family is "unicast" or "ipv4" && words.Length <= 3 && (words.Length == 2 || Is(words[2], "unicast")))
        {
            Bgp(line, process, asn);
            return true;
        }

        return false;
    }

    private bool BgpLine(RoutingFactsBuilder.ProcessBuilder process, ConfigNode line, string[] words)
    {
        switch (words[0].ToLowerInvariant())
        {
            case "peer" when words.Length >= 3 && Address(words[1]) is { } peer:
                process.Peer(peer, line.Line);
                if (Is(words[2], "default-route-advertise"))
                {
                    process.DefaultOriginate = true;
                }

                return Leaf(line);
            case "peer" when words.Length >= 3 && IsIpv6(words[1]):
                // An IPv6 peer is a session the verifier does not prove, kept as such: never an IPv4 peer, never dropped.
                return Ipv6(line);
            case "peer" when words.Length >= 3 && Address(words[1]) is null && !words[1].Contains(':', StringComparison.Ordinal):
                // A peer group's settings; its members are peers in their own lines.
                if (Is(words[2], "default-route-advertise"))
                {
                    process.DefaultOriginate = true;
                }

                return Leaf(line);
            case "network" or "aggregate" or "import-route" or "default-route-advertise" when Originates(process, line, words):
                return Leaf(line);
        }

        return StartsAny(words, BgpHarmless) && Leaf(line);
    }
}
