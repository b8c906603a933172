using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>A shared server (policy/services.yaml) that flows may name.</summary>
public sealed record Service(
    Located<string> Name,
    string? Title,
    Located<string> Zone,
    Located<Ipv4Address> Address,
    ImmutableArray<ServicePort> Ports)
{
    /// <summary>The public address the egress publishes this service at (<c>nat server</c>), when it is published.</summary>
    public Located<Ipv4Address>? Public { get; init; }
}

/// <summary>A protocol with its ports (none for ip and icmp), such as <c>tcp/80,443</c>.</summary>
public sealed record ServicePort(Protocol Protocol, ImmutableArray<PortRange> Ports, SourceSpan Span);
