using Sprache;
using static GovNet.NetCode.Dialects.H3cComware.ComwareTokens;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>Sprache grammars for interface sub-commands.</summary>
internal static class InterfaceGrammar
{
    private static readonly Parser<LinkType> TrunkOrHybrid =
        Keyword("trunk", LinkType.Trunk).Or(Keyword("hybrid", LinkType.Hybrid));

    private static readonly Parser<IReadOnlyList<(int From, int To)>?> VlansOrAll =
        Keyword("all").Return((IReadOnlyList<(int From, int To)>?)null)
        .Or(VlanList.Select(IReadOnlyList<(int From, int To)>? (v) => v));

    // Sub-commands after "port": link-mode, link-type, access vlan, trunk/hybrid membership and pvid.
    private static readonly Parser<InterfaceCommand> PortTail = Dispatch(
        new Dictionary<string, Parser<InterfaceCommand>>
        {
            ["link-mode"] = Keyword("route", true).Or(Keyword("bridge", false)).Select(InterfaceCommand (route) => new LinkModeCommand(route)),
            ["link-type"] = Keyword("access", LinkType.Access).Or(TrunkOrHybrid).Select(InterfaceCommand (t) => new LinkTypeCommand(t)),
            ["access"] = from vlan in Keyword("vlan") from id in VlanId select (InterfaceCommand)new AccessVlanCommand(id),
            ["trunk"] = Membership(LinkType.Trunk, Keyword("permit").Then(_ => Keyword("vlan")), Parse.Return("")).Or(Pvid(LinkType.Trunk)),
            ["hybrid"] = Membership(LinkType.Hybrid, Keyword("vlan"), Keyword("tagged").Or(Keyword("untagged"))).Or(Pvid(LinkType.Hybrid)),
        },
        "a port command");

    // trunk: permit vlan LIST|all · hybrid: vlan LIST tagged|untagged
    private static Parser<InterfaceCommand> Membership(LinkType type, Parser<string> lead, Parser<string> tagging) =>
        from words in lead
        from vlans in VlansOrAll
        from tag in tagging
        select (InterfaceCommand)new VlanMembershipCommand(type, vlans, Remove: false) { Untagged = string.Equals(tag, "untagged", StringComparison.OrdinalIgnoreCase) };

    private static Parser<InterfaceCommand> Pvid(LinkType type) =>
        from pvid in Keyword("pvid")
        from vlan in Keyword("vlan")
        from id in VlanId
        select (InterfaceCommand)new PvidCommand(type, id);

    // undo shutdown · undo port access vlan · undo port trunk permit vlan LIST|all · undo port hybrid vlan LIST
    private static readonly Parser<InterfaceCommand> UndoTail =
        Keyword("shutdown").Return((InterfaceCommand)new ShutdownCommand(false))
        .Or(Keyword("port").Then(_ =>
            (from access in Keyword("access") from vlan in Keyword("vlan") select (InterfaceCommand)new AccessVlanCommand(null))
            .Or(from trunk in Keyword("trunk") from permit in Keyword("permit") from vlan in Keyword("vlan") from vlans in VlansOrAll
                select (InterfaceCommand)new VlanMembershipCommand(LinkType.Trunk, vlans, Remove: true))
            .Or(from hybrid in Keyword("hybrid") from vlan in Keyword("vlan") from vlans in VlansOrAll
                select (InterfaceCommand)new VlanMembershipCommand(LinkType.Hybrid, vlans, Remove: true))));

    // ip address A MASK|LEN [sub]
    private static readonly Parser<InterfaceCommand> IpAddress =
        from address in Keyword("address")
        from value in Address
        from length in MaskOrLength
        from sub in Keyword("sub").Optional()
        select (InterfaceCommand)new AddressCommand(value, length, sub.IsDefined);

    // [firewall] packet-filter N|name X inbound|outbound [hardware-count]; ipv6 and mac filters do not fit.
    private static readonly Parser<InterfaceCommand> PacketFilter =
        from acl in Number(1000, 5999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Or(Keyword("name").Then(_ => Word))
        from inbound in Keyword("inbound", true).Or(Keyword("outbound", false))
        from count in Keyword("hardware-count").Optional()
        select (InterfaceCommand)new PacketFilterCommand(acl, inbound);

    /// <summary>Every interface sub-command the facts hold.</summary>
    public static readonly Parser<InterfaceCommand> InterfaceLine = Dispatch(
        new Dictionary<string, Parser<InterfaceCommand>>
        {
            ["description"] = Rest.Select(InterfaceCommand (text) => new DescriptionCommand(text)),
            ["shutdown"] = Parse.Return((InterfaceCommand)new ShutdownCommand(true)),
            ["undo"] = UndoTail,
            ["port"] = PortTail,
            ["ip"] = IpAddress,
            ["packet-filter"] = PacketFilter,
            ["firewall"] = Keyword("packet-filter").Then(_ => PacketFilter),
        },
        "an interface command");
}
