using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects;

/// <summary>Interface lines about routing: process enables, the VPN binding, policy routing, label switching.</summary>
internal sealed partial class VrpFamilyRouting
{
    /// <summary>Interface lines that put the port into label switching or a layer-2 VPN.</summary>
    private static readonly string[] UnprovenInterface =
    [
        "mpls", "mpls ldp", "mpls enable", "mpls ldp enable", "mpls te", "l2 binding", "xconnect", "mpls l2vc", "mpls static-l2vc", "l2vpn",
    ];

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
}
