using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>An interface sub-command the parser models; <see cref="InterfaceState"/> applies them in config order.</summary>
internal abstract record InterfaceCommand;

internal sealed record DescriptionCommand(string Text) : InterfaceCommand;

internal sealed record ShutdownCommand(bool Shutdown) : InterfaceCommand;

internal sealed record LinkModeCommand(bool Route) : InterfaceCommand;

internal enum LinkType
{
    Access,
    Trunk,
    Hybrid,
}

internal sealed record LinkTypeCommand(LinkType Type) : InterfaceCommand;

/// <summary><c>port access vlan N</c>; <c>undo port access vlan</c> gives the port back to VLAN 1 (null).</summary>
internal sealed record AccessVlanCommand(int? Vlan) : InterfaceCommand;

/// <summary><c>[undo] port trunk permit vlan LIST|all</c> and <c>[undo] port hybrid vlan LIST tagged|untagged</c>; null VLANs mean all.</summary>
internal sealed record VlanMembershipCommand(LinkType Type, IReadOnlyList<(int From, int To)>? Vlans, bool Remove) : InterfaceCommand
{
    /// <summary>A hybrid <c>… untagged</c> line: the port sends these VLANs' frames without a tag.</summary>
    public bool Untagged { get; init; }
}

/// <summary><c>port trunk pvid vlan N</c> / <c>port hybrid pvid vlan N</c>.</summary>
internal sealed record PvidCommand(LinkType Type, int Vlan) : InterfaceCommand;

internal sealed record AddressCommand(Ipv4Address Address, int Length, bool Sub) : InterfaceCommand;

/// <summary><c>packet-filter 3000 inbound</c> or <c>packet-filter name X outbound</c> (also <c>firewall packet-filter</c> on Comware 5 routers).</summary>
internal sealed record PacketFilterCommand(string Acl, bool Inbound) : InterfaceCommand;
