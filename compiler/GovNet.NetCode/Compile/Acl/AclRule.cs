using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile.Acl;

public enum AclAction
{
    Permit,
    Deny,
}

/// <summary>
/// One vendor-neutral ACL rule: a single source and destination prefix and at most one port range
/// each, because that is what every dialect can express in one line. <c>Established</c> matches
/// only TCP segments of an existing connection (ACK or RST set): the stateless reply of a flow.
/// </summary>
public sealed record AclRule(
    AclAction Action,
    Protocol Protocol,
    Ipv4Prefix Source,
    PortRange? SourcePorts,
    Ipv4Prefix Destination,
    PortRange? DestinationPorts,
    bool Established,
    string Reason)
{
    public static readonly Ipv4Prefix Any = new(new Ipv4Address(0), 0);

    public bool Matches(Packet packet)
    {
        if (Protocol != Protocol.Ip && Protocol != packet.Protocol)
        {
            return false;
        }

        if (!Source.Contains(packet.Source) || !Destination.Contains(packet.Destination))
        {
            return false;
        }

        if (packet.Protocol is Protocol.Tcp or Protocol.Udp)
        {
            if (SourcePorts is { } s && (packet.SourcePort < s.From || packet.SourcePort > s.To))
            {
                return false;
            }

            if (DestinationPorts is { } d && (packet.DestinationPort < d.From || packet.DestinationPort > d.To))
            {
                return false;
            }
        }
        else if (SourcePorts is not null || DestinationPorts is not null)
        {
            return false;
        }

        return !Established || (packet.Protocol == Protocol.Tcp && packet.Established);
    }
}

/// <summary>An ordered ACL with where it is bound; evaluated first match, with an explicit final deny.</summary>
public sealed record AccessList(string Name, AclBinding Binding, ImmutableArray<AclRule> Rules)
{
    public AclAction Evaluate(Packet packet)
    {
        foreach (var rule in Rules)
        {
            if (rule.Matches(packet))
            {
                return rule.Action;
            }
        }

        return AclAction.Deny;
    }
}

/// <summary>What an ACL filters: a segment's gateway (inbound), or an egress/upstream port in one direction.</summary>
public sealed record AclBinding(AclPurpose Purpose, string Subject, bool Inbound);

public enum AclPurpose
{
    Segment,
    Internet,
    Upstream,
}

/// <summary>A packet as the ACLs see it. Ports are 0 for protocols without ports.</summary>
public readonly record struct Packet(
    Protocol Protocol,
    Ipv4Address Source,
    int SourcePort,
    Ipv4Address Destination,
    int DestinationPort,
    bool Established)
{
    public override string ToString() =>
        $"{Protocol.ToString().ToLowerInvariant()} {Source}{(SourcePort > 0 ? ":" + SourcePort : string.Empty)} → {Destination}{(DestinationPort > 0 ? ":" + DestinationPort : string.Empty)}{(Established ? " established" : string.Empty)}";
}
