using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// What a device config says, vendor-neutral: the only thing the verifier and drift look at. Every
/// fact keeps the 1-based line it came from, so a finding can point into the config.
/// </summary>
public sealed record DeviceFacts(
    string File,
    string Dialect,
    string? Hostname,
    ImmutableArray<VlanFact> Vlans,
    ImmutableArray<InterfaceFact> Interfaces,
    ImmutableArray<AclFact> Acls,
    ImmutableArray<RouteFact> Routes,
    ImmutableArray<ManagementReference> Management,
    ImmutableArray<UnparsedLine> Unparsed,
    int ConfigLines,
    bool Complete)
{
    /// <summary>The lines of the config's ACL rules, whose match fields the address census leaves to ACL semantics.</summary>
    public HashSet<int> AclRuleLines() => [.. Acls.SelectMany(a => a.Rules).Select(r => r.Line)];

    /// <summary>
    /// Every address or prefix written anywhere in the config (see <see cref="AddressLiterals"/>), for
    /// the address census; a parse leaves out those on <see cref="AclRuleLines"/>, which the census leaves to ACL semantics.
    /// </summary>
    public ImmutableArray<AddressLiteral> Literals { get; init; } = [];

    /// <summary>
    /// Whether the device forwards packets between its own L3 interfaces. Only an explicit
    /// statement (Cisco <c>no ip routing</c>) turns this off; where a config says nothing the
    /// device is taken to route, which can only add paths.
    /// </summary>
    public bool Routing { get; init; } = true;

    /// <summary>Address translation statements (<see cref="NatFact"/>), in config order.</summary>
    public ImmutableArray<NatFact> Nat { get; init; } = [];
    /// <summary>Recognised lines that forward in ways the verifier does not prove (IPv6, stacked VLANs); each is an open finding.</summary>
    public ImmutableArray<UnprovenLine> Unproven { get; init; } = [];
    /// <summary>Dynamic routing, VRFs, policy routing, and lines understood as forwarding the verifier does not prove.</summary>
    public RoutingFacts Protocols { get; init; } = RoutingFacts.None;
}

public sealed record VlanFact(int Id, string? Name, string? Description, int Line);

public enum PortMode
{
    /// <summary>A physical port the config leaves in its default mode, or whose mode could not be read.</summary>
    Unknown,
    Access,
    Trunk,
    Routed,

    /// <summary>
    /// A switch port that may negotiate a trunk with its far end (Cisco DTP <c>dynamic auto|desirable</c>,
    /// Huawei <c>negotiation-auto|desirable</c>, or a dialect's factory default): it carries its access
    /// VLAN untagged and, should it become a trunk, every VLAN its trunk list allows (all, when none is set).
    /// </summary>
    Dynamic,
}

/// <summary>
/// One interface. Trunk VLANs are expanded to ids; <c>AllVlans</c> means the dialect's "all".
/// <c>SviVlan</c> is set for VLANIF / Vlan-interface / interface Vlan and for a sub-interface terminating one dot1q VLAN; loopbacks have <c>Loopback</c>.
/// </summary>
public sealed record InterfaceFact(
    string Name,
    int Line,
    string? Description,
    bool Shutdown,
    PortMode Mode,
    int? AccessVlan,
    ImmutableArray<int> TrunkVlans,
    bool AllVlans,
    int? NativeVlan,
    ImmutableArray<InterfaceAddress> Addresses,
    string? AclIn,
    string? AclOut,
    int? SviVlan,
    bool Loopback)
{
    /// <summary>
    /// VLANs a hybrid port sends untagged besides its native VLAN (they also stand in
    /// <see cref="TrunkVlans"/>): their frames arrive untagged at the far end, in whatever VLAN it puts untagged frames into.
    /// </summary>
    public ImmutableArray<int> UntaggedVlans { get; init; } = [];

    /// <summary>
    /// The link aggregation this port is a member of (Eth-Trunk, Bridge-/Route-Aggregation, Port-channel):
    /// it forwards as that interface does, so its cable joins the aggregate's broadcast domain.
    /// </summary>
    public string? Aggregate { get; init; }

    /// <summary>
    /// VLANs the port's sub-interfaces terminate (<c>GigabitEthernet0/0/1.100</c> with dot1q VLAN 100):
    /// carried tagged on the port's link. Each such sub-interface is an L3 interface in that VLAN, its <see cref="SviVlan"/>.
    /// </summary>
    public ImmutableArray<int> SubinterfaceVlans { get; init; } = [];
}

/// <summary>An address with a wildcard (bits set are "don't care"), as ACLs write them; any is wildcard all ones.</summary>
public readonly record struct AddressMatch(Ipv4Address Address, uint Wildcard)
{
    public static readonly AddressMatch Any = new(new Ipv4Address(0), uint.MaxValue);

    public bool Matches(Ipv4Address address) => (address.Value & ~Wildcard) == (Address.Value & ~Wildcard);

    public static AddressMatch Host(Ipv4Address address) => new(address, 0);

    public static AddressMatch Of(Ipv4Prefix prefix) => new(prefix.Network, ~prefix.Mask);

    /// <summary>The prefix this match equals, when its wildcard is contiguous.</summary>
    public Ipv4Prefix? AsPrefix()
    {
        var mask = ~Wildcard;
        var length = System.Numerics.BitOperations.PopCount(mask);
        return Ipv4Prefix.MaskOf(length) == mask ? Ipv4Prefix.Containing(Address, length) : null;
    }

    public override string ToString() => Wildcard == uint.MaxValue ? "any" : AsPrefix()?.ToString() ?? $"{Address} wildcard {new Ipv4Address(Wildcard)}";
}

/// <summary>Ports an ACL rule matches, as inclusive ranges (neq and lt/gt become ranges); empty means any.</summary>
public sealed record PortMatch(ImmutableArray<PortRange> Ranges)
{
    public static readonly PortMatch Any = new(ImmutableArray<PortRange>.Empty);

    public bool Matches(int port) => Ranges.IsEmpty || Ranges.Any(r => port >= r.From && port <= r.To);

    public static PortMatch Eq(int port) => new([new PortRange(port, port)]);

    public static PortMatch Range(int from, int to) => new([new PortRange(from, to)]);

    /// <summary>Ports below <paramref name="port"/>; <c>lt 0</c> matches nothing, which is not the same as any.</summary>
    public static PortMatch Lt(int port) => port <= 0 ? None : new([new PortRange(0, port - 1)]);

    public static PortMatch Gt(int port) => port >= 65535 ? None : new([new PortRange(port + 1, 65535)]);

    /// <summary>No port at all: a range no port number reaches.</summary>
    public static readonly PortMatch None = new([new PortRange(65536, 65536)]);

    /// <summary>Every port but one; at either end of the port space only one range remains.</summary>
    public static PortMatch Neq(int port) => port switch
    {
        <= 0 => Range(1, 65535),
        >= 65535 => Range(0, 65534),
        _ => new([new PortRange(0, port - 1), new PortRange(port + 1, 65535)]),
    };
}

/// <summary>One ACL rule as configured. <c>ProtocolNumber</c> is set when the rule names a protocol other than ip, tcp, udp, icmp.</summary>
public sealed record AclRuleFact(
    int Line,
    int? Sequence,
    AclAction Action,
    Protocol Protocol,
    int? ProtocolNumber,
    AddressMatch Source,
    PortMatch SourcePorts,
    AddressMatch Destination,
    PortMatch DestinationPorts,
    bool Established,
    string? Remark);

/// <summary>An ACL by the id interfaces use to bind it: the number (Huawei, H3C) or the name (Cisco, named ACLs).</summary>
public sealed record AclFact(string Id, int Line, ImmutableArray<AclRuleFact> Rules);

public sealed record RouteFact(Ipv4Prefix Prefix, Ipv4Address? NextHop, string? Interface, int Line);

public enum ManagementKind
{
    Ntp,
    Syslog,
    Aaa,
    Snmp,
    Dns,
}

/// <summary>A server the device's management plane talks to.</summary>
public sealed record ManagementReference(ManagementKind Kind, Ipv4Address Address, int Line);

/// <summary>A line the parser did not understand, with the section it stood in; in a forwarding or filtering section it weakens any proof.</summary>
public sealed record UnparsedLine(int Line, string Text, string Section, bool AffectsForwarding);
