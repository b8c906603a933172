using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Parsing;

/// <summary>The dynamic routing protocols the facts hold; every one of them may learn whatever its routing domain carries.</summary>
public enum RoutingProtocol
{
    Ospf,
    Isis,
    Rip,
    Bgp,
}

/// <summary>What a routing process takes into its domain besides the prefixes of its own interfaces.</summary>
public enum ImportKind
{
    /// <summary>The device's static routes (of the process's VRF).</summary>
    Static,

    /// <summary>Every connected prefix of the device (of the process's VRF).</summary>
    Connected,

    /// <summary>Routes of another routing protocol: the two domains become one.</summary>
    Protocol,
}

public sealed record RoutingImport(ImportKind Kind, RoutingProtocol? From, int Line);

/// <summary>A BGP peer (or an IGP neighbour named outright): an address no inventoried device owns is an exit.</summary>
public sealed record RoutingPeer(Ipv4Address Address, int Line);

/// <summary>
/// One routing process as configured. Networks are the prefixes of <c>network</c> statements: for an
/// IGP the interfaces whose addresses fall inside are enabled, for BGP they are prefixes it
/// originates. Route policies and filters are known but not modelled: everything may pass them.
/// </summary>
public sealed record RoutingProcessFact(RoutingProtocol Protocol, string Process, string? Vrf, int Line)
{
    public ImmutableArray<Ipv4Prefix> Networks { get; init; } = [];

    /// <summary>Interfaces that form no adjacency (<c>silent-interface</c>, <c>passive-interface</c>); their prefixes are still carried.</summary>
    public ImmutableArray<string> Silent { get; init; } = [];

    /// <summary><c>silent-interface all</c> / <c>passive-interface default</c>, less <see cref="NotSilent"/>.</summary>
    public bool SilentAll { get; init; }

    public ImmutableArray<string> NotSilent { get; init; } = [];

    public ImmutableArray<RoutingImport> Imports { get; init; } = [];

    /// <summary>Whether the process originates a default route (<c>default-route-advertise</c>, <c>default-information originate</c>).</summary>
    public bool DefaultOriginate { get; init; }

    public ImmutableArray<RoutingPeer> Peers { get; init; } = [];
}

/// <summary>An interface-level enable of a routing process (<c>ospf enable 1 area 0</c>, <c>ip ospf 1 area 0</c>, <c>isis enable 1</c>, <c>ip router isis</c>).</summary>
public sealed record RoutingEnable(RoutingProtocol Protocol, string Process, string Interface, int Line)
{
    /// <summary>Whether the line itself makes the interface silent (<c>ospf silent</c>, Comware <c>isis silent</c>).</summary>
    public bool Silent { get; init; }
}

/// <summary>A VRF with its route targets; VRFs sharing a target leak into each other and are one routing domain.</summary>
public sealed record VrfFact(string Name, int Line, ImmutableArray<string> Import, ImmutableArray<string> Export);

/// <summary>An interface bound to a VRF.</summary>
public sealed record VrfBinding(string Interface, string Vrf, int Line);

/// <summary>A static route of a VRF's table.</summary>
public sealed record VrfRoute(string Vrf, RouteFact Route);

/// <summary>
/// A next hop policy routing may send packets to whatever their destination: <c>traffic-redirect</c>,
/// <c>redirect ip-nexthop</c>, route-map <c>set ip next-hop</c>. Interface is where the policy applies,
/// or null where the config does not tie it to one (a behaviour whose policy is applied anywhere).
/// </summary>
public sealed record PolicyNextHop(string? Interface, Ipv4Address NextHop, int Line);

/// <summary>The layer-3 routing a config sets up beyond connected and static routes of the public table.</summary>
public sealed record RoutingFacts(
    ImmutableArray<RoutingProcessFact> Processes,
    ImmutableArray<RoutingEnable> Enables,
    ImmutableArray<VrfFact> Vrfs,
    ImmutableArray<VrfBinding> Bindings,
    ImmutableArray<VrfRoute> VrfRoutes,
    ImmutableArray<PolicyNextHop> PolicyNextHops,
    ImmutableArray<UnprovenLine> Unproven)
{
    public static readonly RoutingFacts None = new([], [], [], [], [], [], []);

    /// <summary>Everything the facts hold, as text: two configs whose routing differs in any way have different signatures.</summary>
    public string Signature() => string.Join('\n', [
        .. Processes.Select(p => $"{p} {string.Join(',', p.Networks)} {string.Join(',', p.Silent)} {string.Join(',', p.NotSilent)} {string.Join(',', p.Imports)} {string.Join(',', p.Peers)}"),
        .. Enables.Select(e => e.ToString()), .. Vrfs.Select(v => $"{v} {string.Join(',', v.Import)} {string.Join(',', v.Export)}"),
        .. Bindings.Select(b => b.ToString()), .. VrfRoutes.Select(r => r.ToString()), .. PolicyNextHops.Select(p => p.ToString()), .. Unproven.Select(u => u.ToString()),
    ]);

    /// <summary>The VRF an interface is bound to, or null for the public table.</summary>
    public string? VrfOf(string interfaceName) =>
        Bindings.LastOrDefault(b => string.Equals(b.Interface, interfaceName, StringComparison.OrdinalIgnoreCase))?.Vrf;
}
