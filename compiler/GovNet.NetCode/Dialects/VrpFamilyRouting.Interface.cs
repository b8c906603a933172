using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects;

/// <summary>Interface lines about routing: process enables, the VPN binding, policy routing, label switching.</summary>
internal sealed partial class VrpFamilyRouting
{
    /// <summary>Interface lines that put the port into label switching, a layer-2 VPN or an IPv6 routing process.</summary>
    private static readonly (string Start, UnprovenKind Kind)[] UnprovenInterface =
    [
        ("mpls", UnprovenKind.Mpls), ("mpls ldp", UnprovenKind.Mpls), ("mpls enable", UnprovenKind.Mpls), ("mpls ldp enable", UnprovenKind.Mpls),
        ("mpls te", UnprovenKind.Mpls), ("l2 binding", UnprovenKind.Layer2Vpn), ("xconnect", UnprovenKind.Layer2Vpn),
        ("mpls l2vc", UnprovenKind.Layer2Vpn), ("mpls static-l2vc", UnprovenKind.Layer2Vpn), ("l2vpn", UnprovenKind.Layer2Vpn),
        ("vni", UnprovenKind.Layer2Vpn), ("bridge-domain", UnprovenKind.Layer2Vpn), ("evpn", UnprovenKind.Layer2Vpn),
        ("ospfv3", UnprovenKind.Ipv6), ("ripng", UnprovenKind.Ipv6), ("isis ipv6", UnprovenKind.Ipv6), ("ospf ipv6", UnprovenKind.Ipv6),
        ("rip ipv6", UnprovenKind.Ipv6),
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

        // A VXLAN tunnel endpoint's source address: the overlay it starts is a layer-2 VPN.
        if (name.StartsWith("Nve", StringComparison.OrdinalIgnoreCase) && Is(words[0], "source"))
        {
            facts.Unproven(line, UnprovenKind.Layer2Vpn);
            return true;
        }

        if (UnprovenInterface.Where(u => StartsAny(words, [u.Start])).Select(u => (UnprovenKind?)u.Kind).FirstOrDefault() is { } kind)
        {
            facts.Unproven(line, kind);
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

        return false;
    }
}
