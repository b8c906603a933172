using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// One interface as its commands set it, applied in config order with Comware's defaults: a trunk
/// or hybrid port starts with VLAN 1 permitted and PVID 1, an access port sits in VLAN 1 until
/// <c>port access vlan</c> says otherwise, and a second <c>ip address</c> without <c>sub</c> replaces the primary.
/// The facts have no hybrid mode: a hybrid port forwards like a trunk of its tagged and untagged VLANs
/// whose native VLAN is its PVID, and is reported so.
/// </summary>
internal sealed class InterfaceState(string name, int line)
{
    // Interfaces that are layer 3 by nature, whatever the port defaults of the device.
    private static readonly string[] Layer3Names =
    [
        "Vlan-interface", "LoopBack", "Route-Aggregation", "Tunnel", "M-GigabitEthernet", "M-Ethernet", "Serial", "Dialer",
        "Virtual-Template", "Virtual-Ethernet", "Virtual-Access", "Cellular", "Pos", "MP-group", "Reth",
    ];

    // Ethernet ports and their aggregates, which bridge unless told to route.
    private static readonly string[] BridgeableNames =
    [
        "Ethernet", "GigabitEthernet", "Ten-GigabitEthernet", "Twenty-FiveGigE", "FortyGigE", "HundredGigE", "Bridge-Aggregation",
        "GE", "XGE", "WGE", "FGE", "HGE",
    ];

    private readonly SortedSet<int> trunkVlans = [1];
    private readonly SortedSet<int> hybridVlans = [1];

    // A VLAN once written untagged stays so until removed from the port: re-tagging it later can only
    // make the set larger than the device's, never smaller.
    private readonly SortedSet<int> hybridUntagged = [1];
    private readonly List<InterfaceAddress> subAddresses = [];
    private string? description;
    private bool shutdown;
    private bool? routeMode;
    private LinkType? linkType;
    private int? accessVlan;
    private bool trunkAll;
    private bool hybridAll;
    private int? trunkPvid;
    private int? hybridPvid;
    private InterfaceAddress? primary;
    private string? aclIn;
    private string? aclOut;

    /// <summary>The link-aggregation group this port is a member of (<c>port link-aggregation group N</c>).</summary>
    public int? AggregationGroup { get; set; }

    /// <summary>The one dot1q VLAN a sub-interface terminates (<c>vlan-type dot1q vid N</c>).</summary>
    public int? Dot1q { get; set; }

    /// <summary>A voice VLAN (<c>voice-vlan N enable</c>): the port may join it tagged.</summary>
    public int? Voice { get; set; }

    public void Apply(InterfaceCommand command)
    {
        switch (command)
        {
            case DescriptionCommand d:
                description = d.Text;
                break;
            case ShutdownCommand s:
                shutdown = s.Shutdown;
                break;
            case LinkModeCommand m:
                routeMode = m.Route;
                break;
            case LinkTypeCommand t:
                linkType = t.Type;
                break;
            case AccessVlanCommand a:
                accessVlan = a.Vlan;
                break;
            case VlanMembershipCommand { Type: LinkType.Trunk } m:
                Change(trunkVlans, ref trunkAll, m);
                break;
            case VlanMembershipCommand m:
                Change(hybridVlans, ref hybridAll, m);
                Untag(m);
                break;
            case PvidCommand { Type: LinkType.Trunk } p:
                trunkPvid = p.Vlan;
                break;
            case PvidCommand p:
                hybridPvid = p.Vlan;
                break;
            case AddressCommand { Sub: true } a:
                subAddresses.Add(new InterfaceAddress(a.Address, a.Length));
                break;
            case AddressCommand a:
                primary = new InterfaceAddress(a.Address, a.Length);
                break;
            case PacketFilterCommand { Inbound: true } f:
                aclIn = f.Acl;
                break;
            case PacketFilterCommand f:
                aclOut = f.Acl;
                break;
        }
    }

    private static void Change(SortedSet<int> vlans, ref bool all, VlanMembershipCommand command)
    {
        if (command.Vlans is not { } ranges)
        {
            vlans.Clear();
            all = !command.Remove;
            return;
        }

        if (command.Remove && all)
        {
            // "all but these" has no short form in the facts: spell the remaining VLANs out.
            vlans.UnionWith(Enumerable.Range(1, 4094));
            all = false;
        }

        foreach (var (from, to) in ranges)
        {
            var ids = Enumerable.Range(from, to - from + 1);
            if (command.Remove)
            {
                vlans.ExceptWith(ids);
            }
            else
            {
                vlans.UnionWith(ids);
            }
        }
    }

    private void Untag(VlanMembershipCommand command)
    {
        if (!command.Remove && !command.Untagged)
        {
            return;
        }

        var ids = command.Vlans is { } ranges ? ranges.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)) : Enumerable.Range(1, 4094);
        if (command.Remove)
        {
            hybridUntagged.ExceptWith(ids);
        }
        else
        {
            hybridUntagged.UnionWith(ids);
        }
    }

    /// <param name="aclId">Maps a bound ACL name to the id its ACL is known by.</param>
    public InterfaceFact Build(Func<string, string> aclId)
    {
        var mode = Mode();
        var (vlans, all, pvid) = linkType == LinkType.Hybrid ? (hybridVlans, hybridAll, hybridPvid) : (trunkVlans, trunkAll, trunkPvid);
        ImmutableArray<InterfaceAddress> addresses = primary is { } p ? [p, .. subAddresses] : [.. subAddresses];
        return VoiceVlan.Join(new InterfaceFact(
            name,
            line,
            description,
            shutdown,
            mode,
            mode == PortMode.Access ? accessVlan ?? 1 : null,
            mode == PortMode.Trunk ? [.. vlans] : [],
            mode == PortMode.Trunk && all,
            mode == PortMode.Trunk ? pvid ?? 1 : null,
            addresses,
            aclIn is null ? null : aclId(aclIn),
            aclOut is null ? null : aclId(aclOut),
            SviVlan(name) ?? Dot1q,
            name.StartsWith("LoopBack", StringComparison.OrdinalIgnoreCase))
        {
            UntaggedVlans = mode == PortMode.Trunk && linkType == LinkType.Hybrid ? [.. hybridUntagged] : [],

            // A route-mode member joins a Route-Aggregation, a bridge-mode one a Bridge-Aggregation of the same number.
            Aggregate = AggregationGroup is { } group ? (mode == PortMode.Routed ? "Route-Aggregation" : "Bridge-Aggregation") + group : null,
        }, Voice);
    }

    /// <summary>
    /// Route mode wins; then the link type; then Comware's default link type, access in VLAN 1
    /// ("port link-type", Default: each port is an access port — HPE FlexNetwork 7500 Comware 7
    /// Layer 2 LAN Switching Command Reference). Comware has no trunk negotiation, so a bridge port
    /// the config leaves alone is an access port; so is an Ethernet port with no link-mode line and no
    /// address, which on a router would be a routed port joining nothing: VLAN 1 can only add paths.
    /// Anything else left alone is Unknown.
    /// </summary>
    private PortMode Mode() => (routeMode, linkType) switch
    {
        (true, _) => PortMode.Routed,
        (_, LinkType.Trunk or LinkType.Hybrid) => PortMode.Trunk,
        (_, LinkType.Access) => PortMode.Access,
        _ when accessVlan is not null => PortMode.Access,
        (false, _) => PortMode.Access,
        _ when name.Contains('.', StringComparison.Ordinal) || Layer3Names.Any(n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase)) => PortMode.Routed,
        _ when primary is not null || subAddresses.Count > 0 => PortMode.Routed,
        _ when BridgeableNames.Any(n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase) && name.Length > n.Length && char.IsAsciiDigit(name[n.Length])) => PortMode.Access,
        _ => PortMode.Unknown,
    };

    private static int? SviVlan(string name) =>
        name.StartsWith("Vlan-interface", StringComparison.OrdinalIgnoreCase) &&
        ComwareTokens.TryNumber(name.AsSpan("Vlan-interface".Length), out var vlan) && vlan is >= 1 and <= 4094
            ? vlan
            : null;
}
