using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>One ACL entry as read from a line, before it is placed in its list.</summary>
internal abstract record IosAclLine(int? Sequence);

/// <summary>A <c>remark</c>: it describes the rules that follow it, up to the next remark.</summary>
internal sealed record IosAclRemark(int? Sequence, string Text) : IosAclLine(Sequence);

internal sealed record IosAclRule(
    int? Sequence,
    AclAction Action,
    Protocol Protocol,
    int? ProtocolNumber,
    AddressMatch Source,
    PortMatch SourcePorts,
    AddressMatch Destination,
    PortMatch DestinationPorts,
    bool Established) : IosAclLine(Sequence)
{
    public AclRuleFact ToFact(int line, string? remark) =>
        new(line, Sequence, Action, Protocol, ProtocolNumber, Source, SourcePorts, Destination, DestinationPorts, Established, remark);
}

/// <summary>A global <c>access-list N …</c> line: the list's number and its entry.</summary>
internal sealed record IosNumberedAclLine(int Number, IosAclLine Entry);

/// <summary>An address of an extended entry: a match written out, or (Group set) the name of a network object group.</summary>
internal readonly record struct IosAddressTerm(AddressMatch Match, string? Group);

/// <summary>
/// An extended entry naming object groups (<c>permit object-group SVC object-group SRC any</c>,
/// <c>permit tcp object-group SRC host A eq 80</c>): it stands for the rules of the cross product of
/// its groups' members, which <see cref="IosObjectGroups.Expand"/> builds once every group is known.
/// ServiceGroup is set when the protocol and ports come from a service group.
/// </summary>
internal sealed record IosAclGroupRule(
    int? Sequence,
    AclAction Action,
    string? ServiceGroup,
    Protocol Protocol,
    int? ProtocolNumber,
    IosAddressTerm Source,
    PortMatch SourcePorts,
    IosAddressTerm Destination,
    PortMatch DestinationPorts,
    bool Established) : IosAclLine(Sequence);
