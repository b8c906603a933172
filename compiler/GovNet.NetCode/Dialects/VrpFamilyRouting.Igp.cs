using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects;

/// <summary>OSPF, IS-IS and RIP processes: their networks, imports, default routes, silent interfaces and peers.</summary>
internal sealed partial class VrpFamilyRouting
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
            case "ipv6":
                // IS-IS carrying IPv6 (ipv6 enable topology, ipv6 import-route, ipv6 default-route-advertise …).
                return Ipv6(line);
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
}
