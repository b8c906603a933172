using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>policy/network.yaml: the planes that must never meet and the zones inside them.</summary>
public sealed record NetworkDefinition(
    Located<string> Name,
    string? Title,
    ImmutableArray<Plane> Planes,
    ImmutableArray<Zone> Zones,
    string File);

public enum InternetAccess
{
    ViaEgress,
    None,
}

public sealed record Plane(
    Located<string> Name,
    string? Title,
    Located<InternetAccess> Internet,
    ImmutableArray<Upstream> Upstreams,
    ManagementServices Management,
    BaselinePolicy? Baseline = null)
{
    /// <summary>The plane's security baseline: every item on unless network.yaml turns it off.</summary>
    public BaselinePolicy Security => Baseline ?? BaselinePolicy.Default;

    /// <summary>
    /// The label every port description of the plane starts with (in brackets): the first three
    /// letters of the name without hyphens, so an engineer at the rack reads the plane off the port.
    /// </summary>
    public string Tag => Name.Value.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() is var name && name.Length > 3
        ? name[..3]
        : Name.Value.ToUpperInvariant();
}

/// <summary>A peer network this plane may link to (上联), with the prefixes reached through it.</summary>
public sealed record Upstream(Located<string> Name, string? Title, ImmutableArray<Located<Ipv4Prefix>> Prefixes);

public enum ManagementServerKind
{
    Ntp,
    Syslog,
    Aaa,
    Snmp,
    Dns,
}

public sealed record ManagementServer(ManagementServerKind Kind, Located<Ipv4Address> Address);

/// <summary>A plane's own management network and servers; a server shared by two planes joins them.</summary>
public sealed record ManagementServices(
    Located<Ipv4Prefix> Subnet,
    Located<int>? Vlan,
    Located<Ipv4Address> Gateway,
    ImmutableArray<ManagementServer> Servers,
    SourceSpan Span);

public enum ZoneRole
{
    None,
    InternetAccess,
}

public sealed record Zone(
    Located<string> Name,
    Located<string> Plane,
    string? Title,
    ZoneRole Role,
    bool IntraPermit);
