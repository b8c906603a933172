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
internal sealed class VrpFamilyRouting(
    RoutingFactsBuilder facts,
    Func<ConfigNode, IEnumerable<ConfigNode>> children,
    Action<ConfigNode, string> unknown)
{
    /// <summary>Lines of any IGP process (or its areas) that neither enable an interface nor add a prefix.</summary>
    private static readonly string[] ProcessHarmless =
    [
        "router-id", "bandwidth-reference", "preference", "maximum load-balancing", "maximum-load-balancing", "spf-schedule-interval",
        "lsa-arrival-interval", "lsa-originate-interval", "timer", "is-level", "cost-style", "network-entity", "is-name", "version",
        "undo summary", "summary automatic", "description", "frr", "bfd", "graceful-restart", "opaque-capability", "stub-router",
        "filter-policy", "auto-cost", "log-peer-change", "flash-flood", "set-overload", "is-snp-auth", "area-authentication-mode",
        "domain-authentication-mode", "authentication-mode", "circuit-cost", "default cost", "default-cost", "host-advertise",
        "enable log", "undo enable log", "snmp-agent", "nexthop", "retransmit", "lsdb-overflow-limit", "rfc1583", "undo rfc1583",
        "checkzero", "undo checkzero", "default-route imported", "undo verify-source", "vpn-instance-capability", "dn-bit-check",
        "ecmp-prefer", "import-route limit", "default", "is-cost-style", "auto-link", "undo default-route-advertise", "undo peer",
        "stub", "nssa", "ldp-sync", "mpls-te",
    ];

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

    /// <summary>Filters that only narrow what a route policy or peer passes: known, and taken to pass everything.</summary>
    private static readonly string[] FilterLines =
    [
        "ip ip-prefix", "ip prefix-list", "ip as-path-filter", "ip community-filter", "ip extcommunity-filter", "ip as-path",
        "ip community-list", "ip extcommunity-list", "ip large-community-filter", "ip rd-filter", "xpl",
    ];

    /// <summary>Sections that set up label switching or layer-2 VPNs: understood whole, and each a finding.</summary>
    private static readonly (string Start, UnprovenKind Kind)[] UnprovenSections =
    [
        ("mpls", UnprovenKind.Mpls), ("mpls ldp", UnprovenKind.Mpls), ("mpls lsr-id", UnprovenKind.Mpls), ("mpls l2vpn", UnprovenKind.Layer2Vpn),
        ("mpls te", UnprovenKind.Mpls), ("mpls enable", UnprovenKind.Mpls), ("vsi", UnprovenKind.Layer2Vpn), ("l2vpn", UnprovenKind.Layer2Vpn),
        ("l2vpn enable", UnprovenKind.Layer2Vpn), ("pw-class", UnprovenKind.Layer2Vpn), ("xconnect-group", UnprovenKind.Layer2Vpn),
        ("mpls-te", UnprovenKind.Mpls), ("explicit-path", UnprovenKind.Mpls),
    ];

    /// <summary>Interface lines that put the port into label switching or a layer-2 VPN.</summary>
    private static readonly string[] UnprovenInterface =
    [
        "mpls", "mpls ldp", "mpls enable", "mpls ldp enable", "mpls te", "l2 binding", "xconnect", "mpls l2vc", "mpls static-l2vc", "l2vpn",
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

    /// <summary>One interface line; false when it is not a routing line this reader knows.</summary>
    public bool InterfaceLine(string name, ConfigNode line)
    {
        var words = Split(line.Text);
        if (words.Length == 0)
        {
            return false;
        }

        // ospf enable 1 area 0 (VRP), ospf 1 area 0 (Comware); isis enable [1]; rip is enabled by network statements.
        if (Is(words[0], "ospf") && words.Length >= 2 && (Is(words[1], "enable") || IsNumber(words[1])))
        {
            var process = Is(words[1], "enable") ? (words.Length > 2 && IsNumber(words[2]) ? words[2] : "1") : words[1];
            facts.Enable(new RoutingEnable(RoutingProtocol.Ospf, process, name, line.Line));
            return true;
        }

        if (Is(words[0], "isis") && words.Length >= 2 && Is(words[1], "enable"))
        {
            facts.Enable(new RoutingEnable(RoutingProtocol.Isis, words.Length > 2 ? words[2] : "1", name, line.Line));
            return true;
        }

        if (words.Length >= 2 && (Is(words[0], "ospf") || Is(words[0], "isis") || Is(words[0], "rip")) && !Is(words[1], "ipv6"))
        {
            // Costs, timers, network types, authentication, silence: they change which path wins or drop an adjacency, never add one.
            return true;
        }

        if (words.Length == 4 && Is(words[0], "ip") && Is(words[1], "binding") && Is(words[2], "vpn-instance"))
        {
            facts.Bind(name, words[3], line.Line);
            return true;
        }

        // traffic-redirect inbound acl 3000 ip-nexthop 10.0.0.1: matching packets go to that next hop, whatever their destination.
        if (Is(words[0], "traffic-redirect") && Array.FindIndex(words, w => Is(w, "ip-nexthop")) is var at and > 0 && at + 1 < words.Length &&
            Address(words[at + 1]) is { } nextHop)
        {
            facts.PolicyNextHop(name, nextHop, line.Line);
            return true;
        }

        // ip policy-based-route NAME: the policy's next hops apply here.
        if (words.Length == 3 && Is(words[0], "ip") && Is(words[1], "policy-based-route"))
        {
            facts.ApplyPolicyMap(name, words[2]);
            return true;
        }

        // An MQC policy on the port: its behaviours' redirects count on every port already, its filters are taken to pass everything.
        if ((Is(words[0], "traffic-policy") && words.Length == 3) || StartsAny(words, ["qos apply policy"]))
        {
            return true;
        }

        if (StartsAny(words, UnprovenInterface))
        {
            facts.Unproven(line, words[0].Equals("mpls", StringComparison.OrdinalIgnoreCase) ? UnprovenKind.Mpls : UnprovenKind.Layer2Vpn);
            return true;
        }

        return false;
    }

    private bool Igp(ConfigNode node, RoutingProtocol protocol, string[] words)
    {
        var id = words.Length > 1 && IsNumber(words[1]) ? words[1] : "1";
        string? vrf = null;
        for (var i = 1; i < words.Length; i++)
        {
            if (Is(words[i], "vpn-instance") && i + 1 < words.Length)
            {
                vrf = words[i + 1];
            }
        }

        var process = facts.Process(protocol, id, vrf, node.Line);
        Lines(node, line => IgpLine(process, line));
        return true;
    }

    private bool IgpLine(RoutingFactsBuilder.ProcessBuilder process, ConfigNode line)
    {
        var words = Split(line.Text);
        switch (words[0].ToLowerInvariant())
        {
            case "area" when words.Length == 2:
                Lines(line, inner => IgpLine(process, inner));
                return true;
            case "network" or "abr-summary" or "asbr-summary" or "summary" or "import-route" or "default-route-advertise" when Originates(process, line, words):
                return Leaf(line);
            case "silent-interface" when words.Length == 2:
                if (Is(words[1], "all"))
                {
                    process.SilentAll = true;
                }
                else
                {
                    process.Silent(words[1], true);
                }

                return Leaf(line);
            case "undo" when words.Length == 3 && Is(words[1], "silent-interface"):
                process.Silent(words[2], false);
                return Leaf(line);
            case "peer" or "vlink-peer" when words.Length >= 2 && Address(words[1]) is { } peer:
                process.Peer(peer, line.Line);
                return Leaf(line);
        }

        // Stub and NSSA areas get a default route from their border router: over-approximated as originated.
        if (StartsAny(words, ["stub", "nssa"]))
        {
            process.DefaultOriginate = true;
        }

        return StartsAny(words, ProcessHarmless) && Leaf(line);
    }

    private void Bgp(ConfigNode node, RoutingFactsBuilder.ProcessBuilder process, string asn) => Lines(node, line =>
    {
        var words = Split(line.Text);
        if (words.Length >= 2 && (Is(words[0], "ipv4-family") || Is(words[0], "address-family")))
        {
            return BgpFamily(line, process, asn, words);
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

    /// <summary>A line that puts prefixes into the domain: a network, summary or aggregate, an import, a default route; false when it is none of them as written.</summary>
    private static bool Originates(RoutingFactsBuilder.ProcessBuilder process, ConfigNode line, string[] words)
    {
        if (Is(words[0], "default-route-advertise"))
        {
            process.DefaultOriginate = true;
            return true;
        }

        if (words.Length < 2)
        {
            return false;
        }

        if (Is(words[0], "import-route"))
        {
            return Import(process, words[1], line.Line);
        }

        if (Prefix(words[1], words.Length > 2 && !IsKeyword(words[2]) ? words[2] : null) is not { } prefix)
        {
            return false;
        }

        process.Network(prefix);
        return true;
    }

    private void Vrf(ConfigNode node, string name)
    {
        var vrf = facts.Vrf(name, node.Line);
        bool Line(ConfigNode line)
        {
            var words = Split(line.Text);
            if (Is(words[0], "ipv4-family") || (words.Length >= 2 && Is(words[0], "address-family") && Is(words[1], "ipv4")))
            {
                Lines(line, Line);
                return true;
            }

            // vpn-target 100:1 [200:1 …] [export-extcommunity|import-extcommunity|both]; with no direction it is both.
            if (Is(words[0], "vpn-target") && words.Length >= 2)
            {
                var direction = words[^1].ToLowerInvariant();
                var targets = words[1..].Where(w => w.Contains(':', StringComparison.Ordinal)).ToList();
                foreach (var target in targets)
                {
                    vrf.Target(target, direction != "export-extcommunity", direction != "import-extcommunity");
                }

                return Leaf(line);
            }

            return StartsAny(words, ["route-distinguisher", "description", "apply-label", "tnl-policy", "vpn-id", "routing-table limit", "prefix limit", "limit"]) && Leaf(line);
        }

        Lines(node, Line);
    }

    /// <summary>Route policies, PBR, MQC: the matches are known and pass everything; a redirect or applied next hop is a policy next hop.</summary>
    private bool Policy(ConfigNode node, string[] words)
    {
        var head = words[0].ToLowerInvariant();
        var kind = words.Length > 1 ? words[1].ToLowerInvariant() : string.Empty;
        if (head is "traffic" or "qos" && kind is not ("classifier" or "behavior" or "policy" or "vlan-policy"))
        {
            return false;
        }

        var map = head == "policy-based-route" && words.Length > 1 ? words[1] : null;
        Lines(node, line =>
        {
            var inner = Split(line.Text);
            var hop = Array.FindIndex(inner, w => Is(w, "ip-nexthop") || Is(w, "next-hop"));
            if ((Is(inner[0], "redirect") || Is(inner[0], "apply")) && hop > 0)
            {
                var nextHops = inner[(hop + 1)..].Select(Address).OfType<Model.Ipv4Address>().ToList();
                if (nextHops.Count == 0)
                {
                    return false;
                }

                foreach (var nextHop in nextHops)
                {
                    if (map is null)
                    {
                        facts.PolicyNextHop(null, nextHop, line.Line);
                    }
                    else
                    {
                        facts.PolicyMapNextHop(map, nextHop, line.Line);
                    }
                }

                return Leaf(line);
            }

            // Redirects anywhere else (an interface, a VPN instance, a tunnel) are not modelled.
            return !Is(inner[0], "redirect") && (head is "route-policy" || !Is(inner[0], "apply") || StartsAny(inner, ["apply cost", "apply preference", "apply ip-precedence", "apply dscp"])) && Leaf(line);
        });
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
}
