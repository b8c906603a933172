using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing;

/// <summary>A plane as generated: its management network and, for the external plane, its internet exit and upstream.</summary>
public sealed record GeneratedPlane(
    string Name,
    string Title,
    bool ViaEgress,
    Ipv4Prefix ManagementSubnet,
    int ManagementVlan,
    ImmutableArray<ManagementServer> Servers,
    ImmutableArray<GeneratedUpstream> Upstreams)
{
    public const string External = "external";
    public const string Internal = "internal";

    /// <summary>The host prefix of device names in this plane (EXT-CORE-01, INT-ACC-…).</summary>
    public string HostPrefix => Name == External ? "EXT" : "INT";
}

/// <summary>An NTP, syslog, AAA, SNMP or DNS server of a plane's management network.</summary>
public sealed record ManagementServer(string Kind, Ipv4Address Address);

/// <summary>A peer network the plane's core links to; <see cref="CoreAddress"/> is the core's end of that link.</summary>
public sealed record GeneratedUpstream(string Name, string Title, Ipv4Prefix Prefix, InterfaceAddress CoreAddress);

/// <summary>A zone of a plane.</summary>
public sealed record GeneratedZone(string Name, string Plane, string Title, bool InternetAccess, bool IntraPermit);
