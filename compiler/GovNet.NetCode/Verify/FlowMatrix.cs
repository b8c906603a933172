using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Verify;

public enum EndpointKind
{
    Segment,
    Service,
    Upstream,
    Internet,
    Management,
}

/// <summary>
/// One end of a flow the configs permit, named as policy names it: a segment (<c>office@finance</c>),
/// a service, an upstream, or the internet; with the plane, zone and unit it belongs to where it has one.
/// </summary>
public sealed record Endpoint(EndpointKind Kind, string Name, string Plane, string? Zone, string? Unit)
{
    public override string ToString() => Name;
}

/// <summary>
/// The configs permit packets of <paramref name="Protocol"/> to destination ports <paramref name="Ports"/>
/// (null: every port, or a protocol without ports) from <paramref name="From"/> to <paramref name="To"/>
/// end to end: along the forwarding path, through every ACL on it.
/// </summary>
public sealed record MatrixEntry(Endpoint From, Endpoint To, Protocol Protocol, PortRange? Ports, ImmutableArray<string> Path)
{
    /// <summary>The key two matrices are compared by (the path may differ without the flow changing).</summary>
    public string Key => $"{From} -> {To} {Protocol.ToString().ToLowerInvariant()}{(Ports is { } p ? "/" + p : string.Empty)}";
}

/// <summary>
/// What the configs actually let through between endpoints, as the verifier computed it; sorted by
/// <see cref="MatrixEntry.Key"/> so two matrices diff line by line (plan, drift).
/// </summary>
public sealed record FlowMatrix(ImmutableArray<MatrixEntry> Entries)
{
    public static readonly FlowMatrix Empty = new(ImmutableArray<MatrixEntry>.Empty);
}
