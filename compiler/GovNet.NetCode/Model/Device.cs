using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

public enum DeviceRole
{
    Core,
    Distribution,
    Access,
    Egress,
}

/// <summary>One device of the inventory (inventory/devices/*.yaml).</summary>
public sealed record Device(
    Located<string> Hostname,
    Located<string> Vendor,
    string? Model,
    Located<string> Plane,
    Located<DeviceRole> Role,
    string? Site,
    Located<Ipv4Address> Management,
    GatewayFor GatewayFor,
    ImmutableArray<Interface> Interfaces,
    string File,
    SourceSpan? ModelSpan = null)
{
    /// <summary>The public addresses an egress translates outbound sources to; null: its internet port's own address.</summary>
    public NatPool? NatPool { get; init; }
}

/// <summary>A range of public addresses (<c>nat-pool: { from, to }</c>), both ends included.</summary>
public sealed record NatPool(Located<Ipv4Address> From, Located<Ipv4Address> To, SourceSpan Span);

/// <summary>Which segments have their gateway on a device: all of its plane, a list, or none.</summary>
public sealed record GatewayFor(bool All, ImmutableArray<Located<string>> Segments, SourceSpan? Span)
{
    public static readonly GatewayFor Nothing = new(false, [], null);
}

public enum InterfaceMode
{
    Access,
    Trunk,
    Routed,
}

/// <summary>
/// One physical or aggregate port. A range such as <c>GigabitEthernet0/0/1-20</c> is expanded
/// into one interface per port, each remembering the range it came from.
/// </summary>
public sealed record Interface(
    Located<string> Name,
    string Declared,
    Located<InterfaceMode> Mode,
    Located<string>? Segment,
    TrunkVlans? Vlans,
    Located<InterfaceAddress>? Address,
    Located<LinkEnd>? Link,
    SourceSpan Span)
{
    public bool FromRange => Declared != Name.Value;
}

/// <summary>The VLANs a trunk carries: <c>auto</c> (what is needed beyond the port) or an explicit list.</summary>
public sealed record TrunkVlans(bool Auto, ImmutableArray<Located<int>> Vlans, SourceSpan Span);

/// <summary>An address with its prefix length on a routed port, such as <c>10.61.255.1/30</c>.</summary>
public readonly record struct InterfaceAddress(Ipv4Address Address, int Length)
{
    public Ipv4Prefix Subnet => Ipv4Prefix.Containing(Address, Length);

    public override string ToString() => $"{Address}/{Length}";
}

/// <summary>The far end of a cable.</summary>
public abstract record LinkEnd;

public sealed record DeviceLinkEnd(string Hostname, string Port) : LinkEnd
{
    public override string ToString() => $"{Hostname}:{Port}";
}

public sealed record InternetLinkEnd : LinkEnd
{
    public override string ToString() => "internet";
}

public sealed record UpstreamLinkEnd(string Upstream) : LinkEnd
{
    public override string ToString() => $"upstream:{Upstream}";
}
