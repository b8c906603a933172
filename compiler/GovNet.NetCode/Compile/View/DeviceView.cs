using System.Collections.Immutable;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// Everything a template needs for one device, decided in C#: names, ordering, VLAN lists, ACL
/// rules. Templates only format. Every string here is already safe for a device config (see
/// <see cref="ConfigText"/>).
/// </summary>
public sealed record DeviceView(
    string Hostname,
    string Vendor,
    string Model,
    string Plane,
    string PlaneTag,
    string Role,
    bool IsSwitch,
    string Site,
    ImmutableArray<string> Sources,
    ManagementView Management,
    ImmutableArray<VlanView> Vlans,
    ImmutableArray<string> VlanLines,
    ImmutableArray<PortView> Ports,
    ImmutableArray<GatewayView> Gateways,
    ImmutableArray<AclView> Acls,
    ImmutableArray<RouteView> Routes,
    HostBindingsView HostBindings,
    SecretsView Secrets,
    BaselineView Baseline)
{
    /// <summary>Address translation (egress only): see <see cref="NatView"/>.</summary>
    public NatView Nat { get; init; } = NatView.None;
}

/// <summary>
/// The registered hosts bound on this switch (policy/hosts): DHCP snooping with its trunks trusted,
/// one static IP–MAC–port binding per host, IP source guard on the ports holding them and ARP
/// inspection in their VLANs. Off (and empty) on a device without registered hosts.
/// </summary>
public sealed record HostBindingsView(bool Enabled, ImmutableArray<int> Vlans, ImmutableArray<string> VlanLines, ImmutableArray<HostBindingView> Bindings)
{
    public static readonly HostBindingsView None = new(false, [], [], []);
}

/// <summary>One registered host: its address and card (in each vendor's MAC spelling), the access port and VLAN it is bound to.</summary>
public sealed record HostBindingView(string Address, string MacHyphenated, string MacDotted, string Port, int Vlan);

public sealed record ManagementView(
    string Address,
    string Mask,
    int PrefixLength,
    int? Vlan,
    bool OnVlan,
    string Gateway,
    bool DefaultViaGateway,
    ImmutableArray<string> Ntp,
    ImmutableArray<string> Syslog,
    ImmutableArray<string> Aaa,
    ImmutableArray<string> Snmp,
    ImmutableArray<string> Dns);

/// <summary>
/// A VLAN; <c>HostsBound</c> when registered hosts of this device sit in it (ARP inspection per VLAN),
/// <c>Snooping</c> when DHCP snooping runs in it (hosts bound there, or the baseline on an access switch).
/// </summary>
public sealed record VlanView(int Id, string Name, string Description, bool HostsBound, bool Snooping = false);

/// <summary>A physical or aggregate port. Exactly one of Access, Trunk and Routed is true; <c>RootGuard</c> on a trunk leading away from the spanning-tree root (baseline).</summary>
public sealed record PortView(
    string Name,
    string Description,
    bool Access,
    bool Trunk,
    bool Routed,
    int AccessVlan,
    ImmutableArray<string> TrunkVlanLines,
    bool TrunkCarriesNothing,
    string Address,
    string Mask,
    AclRef? AclIn,
    AclRef? AclOut,
    bool SnoopingTrusted,
    ImmutableArray<HostBindingView> HostBindings,
    bool RootGuard = false);

/// <summary>A segment's layer-3 gateway interface (VLANIF / Vlan-interface / SVI) with its inbound ACL.</summary>
public sealed record GatewayView(int Vlan, string Description, string Address, string Mask, AclRef AclIn);

/// <summary>How an interface names its ACL: by number (Huawei, H3C) or by name (Cisco).</summary>
public sealed record AclRef(string Id);

public sealed record AclView(string Id, int? Number, string Name, string Description, ImmutableArray<AclRuleView> Rules);

/// <summary>One ACL line. Ports are null when the rule does not match on them.</summary>
public sealed record AclRuleView(
    int Sequence,
    bool Permit,
    string Protocol,
    AddressView Source,
    PortMatchView? SourcePort,
    AddressView Destination,
    PortMatchView? DestinationPort,
    bool Established,
    string Remark,
    bool NewRemark);

public sealed record AddressView(bool Any, bool Host, string Address, string Wildcard, string Mask, int Length);

public sealed record PortMatchView(bool Single, int From, int To);

public sealed record RouteView(string Network, string Mask, int Length, string NextHop, string Description, bool Default);
