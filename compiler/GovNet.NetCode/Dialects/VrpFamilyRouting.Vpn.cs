using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects;

/// <summary>VPN instances and their route targets; route policies, policy-based routes and MQC.</summary>
internal sealed partial class VrpFamilyRouting
{
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

            // The instance's IPv6 family: its own distinguisher and targets carry IPv6 routes only.
            if (Is(words[0], "ipv6-family") || (words.Length >= 2 && Is(words[0], "address-family") && Is(words[1], "ipv6")))
            {
                return Ipv6(line);
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
}
