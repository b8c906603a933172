using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile.Acl;

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
