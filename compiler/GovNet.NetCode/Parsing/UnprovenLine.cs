namespace GovNet.NetCode.Parsing;

/// <summary>What makes a recognised line forwarding the verifier does not prove.</summary>
public enum UnprovenKind
{
    /// <summary>IPv6 addresses, routes and filters: the verifier proves IPv4 paths only.</summary>
    Ipv6,

    /// <summary>Stacked VLAN tags (QinQ, VLAN stacking, QinQ termination): frames of one VLAN carried inside another.</summary>
    StackedVlans,

    /// <summary>Label switching (MPLS, LDP, MPLS L3VPN address families).</summary>
    Mpls,

    /// <summary>Layer-2 VPNs (VSI, VPLS, pseudowires, <c>l2vpn</c>, <c>xconnect</c>).</summary>
    Layer2Vpn,

    /// <summary>An ACL whose rules the device orders itself (VRP/Comware <c>match-order auto</c>, depth first).</summary>
    AclAutoOrder,

    /// <summary>A tunnel (GRE, IPsec): what enters it reappears at a far end the verifier does not follow.</summary>
    Tunnel,
}

/// <summary>
/// A line the parser recognised that forwards in a way the verifier does not model. It is understood
/// (not counted as unparsed), yet never silently clean: verify reports each one as open.
/// </summary>
public sealed record UnprovenLine(int Line, string Text, string Section, UnprovenKind Kind);
