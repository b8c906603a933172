namespace GovNet.NetCode.Model.Flows;

/// <summary>What a rule or a flow does with the packets it matches.</summary>
public enum AclAction
{
    Permit,
    Deny,
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
