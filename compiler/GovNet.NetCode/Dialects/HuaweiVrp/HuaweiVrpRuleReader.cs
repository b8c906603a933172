using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// What a parsed rule line means, or null when the facts cannot say it. Options a rule may carry
/// but the facts cannot hold (a time range, an ICMP type, fragments, QoS marks, a VRF, TCP flags
/// other than established) narrow the packets it matches. On a permit that is safe to drop: the
/// fact then permits more than the device, so a proof of isolation over it still holds. On a deny
/// it is not (the fact would deny more than the device), so such a rule is refused and reported.
/// </summary>
internal static class HuaweiVrpRuleReader
{
    private static readonly HashSet<string> Narrowing = new(StringComparer.Ordinal)
    {
        "time-range", "icmp-type", "fragment", "none-first-fragment", "ttl-expired", "precedence", "tos", "dscp", "vpn-instance",
        "fragment-type",
    };

    // A basic ACL matches on the source address alone (and a few qualifiers).
    private static readonly HashSet<string> BasicOptions = new(StringComparer.Ordinal)
    {
        "source", "logging", "time-range", "fragment", "none-first-fragment", "vpn-instance",
    };

    public static AclRuleFact? Read(RuleLine rule, int line, HuaweiVrpAclKind kind)
    {
        // A rule has a handful of options: they are searched in place, not indexed in a dictionary per rule.
        var options = rule.Options;
        for (var i = 0; i < options.Length; i++)
        {
            // Each option once: VRP would not print a rule with two sources, and which one won is unknowable.
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(options[j].Keyword, options[i].Keyword, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        (Protocol Protocol, int? Number) protocol;
        if (kind == HuaweiVrpAclKind.Basic)
        {
            if (rule.Protocol is not null || options.Any(o => !BasicOptions.Contains(o.Keyword)))
            {
                return null;
            }

            protocol = (Protocol.Ip, null);
        }
        else if (kind == HuaweiVrpAclKind.Advanced && rule.Protocol is { } word && HuaweiVrpServiceNames.ProtocolOf(word) is { } p)
        {
            protocol = p;
        }
        else
        {
            return null;
        }

        var hasPorts = Find(options, "source-port") is not null || Find(options, "destination-port") is not null;
        var isTcp = protocol.Protocol == Protocol.Tcp;
        if ((hasPorts && !(isTcp || protocol.Protocol == Protocol.Udp)) ||
            (Find(options, "tcp-flag") is not null && !isTcp) ||
            (Find(options, "icmp-type") is not null && protocol.Protocol != Protocol.Icmp))
        {
            return null;
        }

        var flag = Find(options, "tcp-flag")?.Value;
        var narrowed = options.Any(o => Narrowing.Contains(o.Keyword)) || flag is not (null or "established");
        if (narrowed && rule.Action == AclAction.Deny)
        {
            return null;
        }

        // "ack" matches fewer packets than "established" (ACK or RST); on a permit that is the safe side.
        var established = flag is "established" or "ack";
        return new AclRuleFact(
            line,
            rule.Sequence,
            rule.Action,
            protocol.Protocol,
            protocol.Number,
            Find(options, "source")?.Address ?? AddressMatch.Any,
            Find(options, "source-port")?.Ports ?? PortMatch.Any,
            Find(options, "destination")?.Address ?? AddressMatch.Any,
            Find(options, "destination-port")?.Ports ?? PortMatch.Any,
            established,
            null);
    }

    /// <summary>The first option of the keyword, or null.</summary>
    private static RuleOption? Find(ImmutableArray<RuleOption> options, string keyword)
    {
        foreach (var option in options)
        {
            if (string.Equals(option.Keyword, keyword, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}
