using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// IOS routing: <c>router ospf|isis|rip|bgp</c>, VRFs (<c>ip vrf</c>, <c>vrf definition</c>) and
/// their static routes, route maps and prefix filters (known, and taken to pass everything; a
/// <c>set ip next-hop</c> is a policy next hop where <c>ip policy route-map</c> applies it), and
/// MPLS, LDP and layer-2 VPNs (understood as forwarding the verifier does not prove).
/// </summary>
internal static class IosRoutingReader
{
    /// <summary>Lines of a routing process that neither enable an interface nor add a prefix.</summary>
    private static readonly string[] ProcessHarmless =
    [
        "router-id", "log-adjacency-changes", "no log-adjacency-changes", "auto-cost", "timers", "maximum-paths", "distance",
        "distribute-list", "bfd", "nsf", "ispf", "prefix-suppression", "max-metric", "capability", "default-metric", "version",
        "no auto-summary", "auto-summary", "net", "is-type", "metric-style", "metric", "set-overload-bit", "area-password",
        "domain-password", "authentication", "spf-interval", "prc-interval", "lsp-gen-interval", "lsp-refresh-interval",
        "max-lsp-lifetime", "hello", "fast-reroute", "compatible", "discard-route", "no discard-route", "shutdown", "exit-address-family",
        "synchronization", "no synchronization", "bgp", "no bgp", "table-map", "description", "ignore", "output-delay", "validate-update-source",
        "no validate-update-source", "offset-list", "event-log", "graceful-restart", "microloop", "no passive-interface default",
    ];

    private static readonly (string Start, UnprovenKind Kind)[] Unproven =
    [
        ("mpls", UnprovenKind.Mpls), ("l2vpn", UnprovenKind.Layer2Vpn), ("pseudowire-class", UnprovenKind.Layer2Vpn),
        ("xconnect", UnprovenKind.Layer2Vpn), ("bridge-domain", UnprovenKind.Layer2Vpn), ("vfi", UnprovenKind.Layer2Vpn),
        ("l2 vfi", UnprovenKind.Layer2Vpn),
    ];

    private static readonly string[] Filters =
    [
        "ip prefix-list", "ip community-list", "ip as-path access-list", "ip extcommunity-list", "ip large-community-list",
    ];

    /// <summary>Rows for the IOS section table.</summary>
    public static readonly (string Header, SectionReader<IosFactsBuilder> Reader)[] Rows =
    [
        ("router ospf", (node, facts) => Process(node, facts, RoutingProtocol.Ospf)),
        ("router isis", (node, facts) => Process(node, facts, RoutingProtocol.Isis)),
        ("router rip", (node, facts) => Process(node, facts, RoutingProtocol.Rip)),
        ("router bgp", (node, facts) => Process(node, facts, RoutingProtocol.Bgp)),
        ("ip vrf", Vrf),
        ("vrf definition", Vrf),
        ("ip route vrf", VrfRoute),
        ("route-map", RouteMap),
        ("ip local policy route-map", LocalPolicy),
        .. Filters.Select(f => (f, (SectionReader<IosFactsBuilder>)((node, facts) => Leaf(node, facts)))),
        .. Unproven.Select(u => (u.Start, (SectionReader<IosFactsBuilder>)((node, facts) => UnprovenLine(node, facts, u.Kind)))),
    ];

    /// <summary>An interface line about routing; false when it is none.</summary>
    public static bool InterfaceLine(IosFactsBuilder facts, string name, ConfigNode line)
    {
        var words = Split(line.Text);
        var layer3 = facts.Layer3;
        switch (words)
        {
            // ip ospf 1 area 0
            case ["ip", "ospf", var process, "area", _, ..] when process.All(char.IsAsciiDigit):
                layer3.Enable(new RoutingEnable(RoutingProtocol.Ospf, process, name, line.Line));
                return true;
            case ["ip", "router", "isis", ..]:
                layer3.Enable(new RoutingEnable(RoutingProtocol.Isis, words.Length > 3 ? words[3] : string.Empty, name, line.Line));
                return true;
            case ["ip", "ospf" or "rip", _, ..] or ["isis", _, ..]:
                // Costs, timers, network types, authentication: they choose between paths, never add one.
                return true;
            case ["ip", "vrf", "forwarding", _, ..] or ["vrf", "forwarding", _, ..]:
                layer3.Bind(name, words[Array.IndexOf(words, "forwarding") + 1], line.Line);
                return true;
            case ["ip", "policy", "route-map", var map]:
                layer3.ApplyPolicyMap(name, map);
                return true;
        }

        if (Unproven.Any(u => StartsAny(words, [u.Start])))
        {
            layer3.Unproven(line, Unproven.First(u => StartsAny(words, [u.Start])).Kind);
            return true;
        }

        return false;
    }

    private static bool Process(ConfigNode node, IosFactsBuilder facts, RoutingProtocol protocol)
    {
        var words = Split(node.Text);
        var id = words.Length > 2 && !Is(words[2], "vrf") ? words[2] : string.Empty;
        var vrfAt = Array.FindIndex(words, w => Is(w, "vrf"));
        var process = facts.Layer3.Process(protocol, id, vrfAt > 0 && vrfAt + 1 < words.Length ? words[vrfAt + 1] : null, node.Line);
        ProcessLines(node, facts, process, protocol, id);
        return true;
    }

    private static void ProcessLines(ConfigNode section, IosFactsBuilder facts, RoutingFactsBuilder.ProcessBuilder process, RoutingProtocol protocol, string id)
    {
        foreach (var line in section.Children)
        {
            var words = Split(line.Text);
            if (words is ["address-family", ..])
            {
                Family(line, facts, process, protocol, id, words);
                continue;
            }

            // A peer with an IPv6 address exchanges routes the verifier does not follow.
            if (words is ["neighbor", var peer, ..] && peer.Contains(':', StringComparison.Ordinal))
            {
                facts.Layer3.Unproven(line, UnprovenKind.Ipv6);
                facts.UnreadChildren(line, section.Text, affectsForwarding: true);
                continue;
            }

            if (!ProcessLine(process, line, words))
            {
                facts.Unread(line, section.Text, affectsForwarding: true);
            }

            facts.UnreadChildren(line, section.Text, affectsForwarding: true);
        }
    }

    private static void Family(ConfigNode line, IosFactsBuilder facts, RoutingFactsBuilder.ProcessBuilder process, RoutingProtocol protocol, string id, string[] words)
    {
        switch (words)
        {
            case ["address-family", "ipv4"] or ["address-family", "ipv4", "unicast"]:
                ProcessLines(line, facts, process, protocol, id);
                return;
            case ["address-family", "ipv4", "vrf", _] or ["address-family", "ipv4", "unicast", "vrf", _]:
                ProcessLines(line, facts, facts.Layer3.Process(protocol, id, words[^1], line.Line), protocol, id);
                return;
            case ["address-family", "ipv6", ..]:
                facts.Layer3.Unproven(line, UnprovenKind.Ipv6);
                return;
            case ["address-family", "vpnv4" or "vpnv6", ..]:
                facts.Layer3.Unproven(line, UnprovenKind.Mpls);
                return;
            case ["address-family", "l2vpn", ..]:
                facts.Layer3.Unproven(line, UnprovenKind.Layer2Vpn);
                return;
            default:
                facts.UnreadTree(line, line.Text, affectsForwarding: true);
                return;
        }
    }

    private static bool ProcessLine(RoutingFactsBuilder.ProcessBuilder process, ConfigNode line, string[] words)
    {
        switch (words)
        {
            // network A W area X (OSPF), network A [mask M] (BGP), network A (RIP, classful).
            case ["network", var address, var wildcard, "area", _]:
                return Network(process, address, wildcard);
            case ["network", var address, "mask", var mask, ..]:
                return Network(process, address, mask);
            case ["network", var address]:
                return Network(process, address, null);
            case ["network", var address, "route-map" or "backdoor", ..]:
                return Network(process, address, null);
            case ["summary-address" or "aggregate-address", var address, var mask, ..]:
                return Network(process, address, mask);
            case ["area", _, "range", var address, var mask, ..]:
                return Network(process, address, mask);
            case ["area", _, "stub" or "nssa", ..]:
                process.DefaultOriginate = true;
                return true;
            case ["area", ..]:
                return true;
            case ["passive-interface", "default"]:
                process.SilentAll = true;
                return true;
            case ["passive-interface", var name]:
                process.Silent(name, true);
                return true;
            case ["no", "passive-interface", var name]:
                process.Silent(name, false);
                return true;
            case ["redistribute", var source, ..]:
                return Import(process, source, line.Line);
            case ["default-information", "originate", ..]:
                process.DefaultOriginate = true;
                return true;
            case ["neighbor", var peer, .. var rest] when Address(peer) is { } address:
                process.Peer(address, line.Line);
                process.DefaultOriginate |= rest is ["default-originate", ..];
                return true;
            case ["no", "neighbor", _, "activate"]:
                // Keeping the session's routes can only add paths.
                return true;
            case ["neighbor", var group, ..] when !group.Contains(':', StringComparison.Ordinal):
                // A peer group's settings; its members are neighbours in their own lines.
                process.DefaultOriginate |= words is [_, _, "default-originate", ..];
                return true;
        }

        return StartsAny(words, ProcessHarmless);
    }

    private static bool Network(RoutingFactsBuilder.ProcessBuilder process, string address, string? shape)
    {
        if (Prefix(address, shape) is not { } prefix)
        {
            return false;
        }

        process.Network(prefix);
        return true;
    }

    private static bool Vrf(ConfigNode node, IosFactsBuilder facts)
    {
        var words = Split(node.Text);
        if (words.Length != 3)
        {
            return false;
        }

        var vrf = facts.Layer3.Vrf(words[2], node.Line);
        void Lines(ConfigNode section)
        {
            foreach (var line in section.Children)
            {
                var inner = Split(line.Text);
                switch (inner)
                {
                    case ["route-target", "import" or "export" or "both", var target]:
                        vrf.Target(target, inner[1] != "export", inner[1] != "import");
                        break;
                    case ["address-family", ..]:
                        Lines(line);
                        continue;
                    case ["rd" or "description" or "vpn" or "exit-address-family" or "maximum" or "import" or "export", ..]:
                        break;
                    default:
                        facts.Unread(line, section.Text, affectsForwarding: true);
                        break;
                }

                facts.UnreadChildren(line, section.Text, affectsForwarding: true);
            }
        }

        Lines(node);
        return true;
    }

    /// <summary><c>ip route vrf V …</c>: the rest read by the IOS route grammar, into V's table.</summary>
    private static bool VrfRoute(ConfigNode node, IosFactsBuilder facts)
    {
        var words = Split(node.Text);
        if (words.Length < 6 || IosTokens.Read(IosRouteGrammar.IpRoute, string.Join(' ', words[..2].Concat(words[4..]))) is not { } route)
        {
            return false;
        }

        facts.Layer3.VrfRoute(words[3], new RouteFact(route.Prefix, route.NextHop, route.Interface, node.Line));
        return Leaf(node, facts);
    }

    /// <summary>A route map: matches and sets are known and pass everything; <c>set ip [default] next-hop A …</c> is a policy next hop.</summary>
    private static bool RouteMap(ConfigNode node, IosFactsBuilder facts)
    {
        var words = Split(node.Text);
        if (words.Length < 2)
        {
            return false;
        }

        foreach (var line in node.Children)
        {
            var inner = Split(line.Text);
            var hop = Array.IndexOf(inner, "next-hop");
            var understood = inner switch
            {
                ["set", "ip", ..] when hop > 0 => NextHops(facts, words[1], inner[(hop + 1)..], line.Line),
                ["set", "interface", ..] or ["set", "ip", "vrf", ..] or ["set", "vrf", ..] or ["set", "global"] => false,
                ["match" or "set" or "description" or "continue", ..] => true,
                _ => false,
            };
            if (!understood)
            {
                facts.Unread(line, node.Text, affectsForwarding: true);
            }

            facts.UnreadChildren(line, node.Text, affectsForwarding: true);
        }

        return true;
    }

    /// <summary><c>ip local policy route-map M</c>: M's next hops for the device's own packets, taken (like any policy next hop) as a way out for every packet.</summary>
    private static bool LocalPolicy(ConfigNode node, IosFactsBuilder facts)
    {
        if (Split(node.Text) is not [_, _, _, _, var map])
        {
            return false;
        }

        facts.Layer3.ApplyPolicyMap(null, map);
        return Leaf(node, facts);
    }

    private static bool NextHops(IosFactsBuilder facts, string map, string[] rest, int line)
    {
        var addresses = rest.Select(Address).OfType<Model.Ipv4Address>().ToList();
        foreach (var address in addresses)
        {
            facts.Layer3.PolicyMapNextHop(map, address, line);
        }

        // verify-availability, recursive, peer-address: what is left must be next hops.
        return addresses.Count > 0 || rest is ["peer-address"];
    }

    private static bool UnprovenLine(ConfigNode node, IosFactsBuilder facts, UnprovenKind kind)
    {
        facts.Layer3.Unproven(node, kind);
        return true;
    }

    private static bool Leaf(ConfigNode node, IosFactsBuilder facts)
    {
        facts.UnreadChildren(node, node.Text, affectsForwarding: true);
        return true;
    }
}
