using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// A packet that opens a connection (TCP without ACK), by IP protocol number, as configured ACL rules
/// see it; ports are 0 for protocols without ports.
/// </summary>
public readonly record struct FactPacket(int ProtocolNumber, uint Source, int SourcePort, uint Destination, int DestinationPort)
{
    public const int Icmp = 1;
    public const int Tcp = 6;
    public const int Udp = 17;

    public bool HasPorts => ProtocolNumber is Tcp or Udp;

    /// <summary>The policy's protocol word for this packet: another IP protocol is what <c>ip</c> alone covers.</summary>
    public Protocol Protocol => ProtocolNumber switch
    {
        Tcp => Protocol.Tcp,
        Udp => Protocol.Udp,
        Icmp => Protocol.Icmp,
        _ => Protocol.Ip,
    };

    /// <summary>The packet as the policy sees it; a packet of a protocol without ports already carries port 0.</summary>
    public Packet ToPolicyPacket() => new(Protocol, new Ipv4Address(Source), SourcePort, new Ipv4Address(Destination), DestinationPort, false);

    public override string ToString() =>
        (Protocol == Protocol.Ip ? $"ip(protocol {ProtocolNumber})" : Protocol.ToString().ToLowerInvariant()) +
        $" {new Ipv4Address(Source)}{(HasPorts ? ":" + SourcePort : string.Empty)} → {new Ipv4Address(Destination)}{(HasPorts ? ":" + DestinationPort : string.Empty)}";

    /// <summary>Whether a configured rule matches this packet; rules for established TCP never match an opening packet.</summary>
    public bool MatchedBy(AclRuleFact rule)
    {
        if (rule.Established)
        {
            // Stryker disable once Boolean : Reachability drops established rules before any packet meets them (not covered)
            return false;
        }

        var protocolMatches = rule.ProtocolNumber is { } number
            ? number == ProtocolNumber
            : rule.Protocol switch
            {
                Protocol.Ip => true,
                Protocol.Tcp => ProtocolNumber == Tcp,
                Protocol.Udp => ProtocolNumber == Udp,
                _ => ProtocolNumber == Icmp,
            };
        if (!protocolMatches || !rule.Source.Matches(new Ipv4Address(Source)) || !rule.Destination.Matches(new Ipv4Address(Destination)))
        {
            return false;
        }

        return !HasPorts || (rule.SourcePorts.Matches(SourcePort) && rule.DestinationPorts.Matches(DestinationPort));
    }

    /// <summary>
    /// Whether a rule can only ever match packets of TCP or UDP (it names ports, or the protocol). A rule
    /// that names its protocol by number has the protocol word <c>ip</c>, so the word alone decides.
    /// </summary>
    public static bool PortsApply(AclRuleFact rule) => rule.Protocol is Protocol.Tcp or Protocol.Udp;

    /// <summary>A rule that matches every packet between the addresses it names, whatever protocol and port.</summary>
    public static bool MatchesAllTraffic(AclRuleFact rule) =>
        !rule.Established && rule.ProtocolNumber is null && rule.Protocol == Protocol.Ip;

    public static AclAction Decide(IReadOnlyList<AclRuleFact> rules, FactPacket packet, out AclRuleFact? decidedBy)
    {
        foreach (var rule in rules)
        {
            if (packet.MatchedBy(rule))
            {
                decidedBy = rule;
                return rule.Action;
            }
        }

        decidedBy = null;
        return AclAction.Deny;
    }
}
