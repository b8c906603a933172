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
