using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// The addressing plan of one plane, as an information centre would write it down: a management /20
/// (devices from its second /24 on, servers in its first), a pool of /24s for segments (the caller
/// numbers them zone by zone), a /20 of /30s for the routed links between distribution switches and the core right
/// after the management /20, and VLANs handed out upwards from just above the management VLAN,
/// wrapping round to 2. The two planes' pools never overlap (10.61.0.0/19 and 10.64.0.0/12 against
/// 172.16.0.0/19 and 172.17.0.0–172.31.255.255), so no cross-plane warning arises.
/// <para>
/// A plane with more devices than its /20 numbers (about 3,800) gets the wide plan instead
/// (<see cref="For"/>): a management /18 at the same address, so servers and the first devices keep
/// their addresses, and the link pool moved to the /20 right after it (10.61.64.0/20,
/// 172.16.64.0/20). Networks that fit the /20 are generated exactly as before.
/// </para>
/// </summary>
internal sealed class PlaneAddressing
{
    public const int MinVlan = 2;
    public const int MaxVlan = 4094;

    /// <summary>Devices per /24 of the management subnet: .1–.254.</summary>
    private const int HostsPerBlock = 254;

    /// <summary>Addresses per routed point-to-point link: a /30.</summary>
    private const int LinkSize = 4;

    private readonly uint poolBase;
    private readonly int poolBlocks;
    private readonly int[] vlanOrder;

    private static readonly ImmutableArray<ManagementServer> ExternalServers =
        [new("ntp", Ipv4Address.Parse("10.61.0.123")), new("syslog", Ipv4Address.Parse("10.61.0.14")), new("aaa", Ipv4Address.Parse("10.61.0.49")),
         new("snmp", Ipv4Address.Parse("10.61.0.15")), new("dns", Ipv4Address.Parse("10.61.0.53"))];

    private static readonly ImmutableArray<ManagementServer> InternalServers =
        [new("ntp", Ipv4Address.Parse("172.16.0.123")), new("syslog", Ipv4Address.Parse("172.16.0.14")), new("aaa", Ipv4Address.Parse("172.16.0.49")),
         new("snmp", Ipv4Address.Parse("172.16.0.15"))];

    private const int ExternalManagementVlan = 100;

    public static readonly PlaneAddressing External = new(
        Ipv4Prefix.Parse("10.61.0.0/20"), ExternalManagementVlan, Ipv4Address.Parse("10.64.0.0"), 4096, Ipv4Prefix.Parse("10.61.16.0/20"), ExternalServers);

    public static readonly PlaneAddressing Internal = new(
        Ipv4Prefix.Parse("172.16.0.0/20"), 500, Ipv4Address.Parse("172.17.0.0"), 15 * 256, Ipv4Prefix.Parse("172.16.16.0/20"), InternalServers);

    private static readonly PlaneAddressing WideExternal = new(
        Ipv4Prefix.Parse("10.61.0.0/18"), ExternalManagementVlan, Ipv4Address.Parse("10.64.0.0"), 4096, Ipv4Prefix.Parse("10.61.64.0/20"), ExternalServers);

    private static readonly PlaneAddressing WideInternal = new(
        Ipv4Prefix.Parse("172.16.0.0/18"), 500, Ipv4Address.Parse("172.17.0.0"), 15 * 256, Ipv4Prefix.Parse("172.16.64.0/20"), InternalServers);

    /// <summary>
    /// The /24s of a plane whose segments outnumber its VLANs, which then repeat per layer-2 domain
    /// (<see cref="VlanPlanner"/>): 16,384 of them. The external pool widens its usual /12 to 10.64.0.0/10 (the first
    /// 4,096 as before); the internal one, having no room left in 172.16.0.0/12, is 10.128.0.0/10, clear of every
    /// external block (10.60.0.0/16, 10.61.0.0/18, 10.61.64.0/20, 10.64.0.0/10).
    /// </summary>
    public static readonly Ipv4Prefix ExternalReusePool = Ipv4Prefix.Parse("10.64.0.0/10");

    /// <inheritdoc cref="ExternalReusePool"/>
    public static readonly Ipv4Prefix InternalReusePool = Ipv4Prefix.Parse("10.128.0.0/10");

    /// <summary>The external core's routed link to the egress (core .1, egress .2).</summary>
    public static readonly Ipv4Prefix CoreEgressLink = Ipv4Prefix.Parse("10.61.255.0/30");

    /// <summary>The egress's internet-facing address (TEST-NET-3, never routed).</summary>
    public static readonly InterfaceAddress InternetUplink = new(Ipv4Address.Parse("203.0.113.2"), 30);

    public static readonly GeneratedUpstream ProvinceUpstream = new(
        "shaanxi-external", "陕西省电子政务外网", Ipv4Prefix.Parse("10.60.0.0/16"), new InterfaceAddress(Ipv4Address.Parse("10.60.0.2"), 30));

    private PlaneAddressing(Ipv4Prefix management, int managementVlan, Ipv4Address poolBase, int poolBlocks, Ipv4Prefix linkPool, ImmutableArray<ManagementServer> servers)
    {
        Management = management;
        LinkPool = linkPool;
        ManagementVlan = managementVlan;
        Servers = servers;
        this.poolBase = poolBase.Value;
        this.poolBlocks = poolBlocks;
        // Every VLAN but the black-hole VLAN, where the baseline parks unused ports.
        vlanOrder = [.. Enumerable.Range(managementVlan + 1, MaxVlan - managementVlan)
            .Concat(Enumerable.Range(MinVlan, managementVlan - MinVlan))
            .Where(v => v != BaselinePolicy.DefaultBlackholeVlan)];
    }

    /// <summary>The plan of <paramref name="plane"/> for <paramref name="devices"/> devices: the /20 plan while they fit it, else the wide plan.</summary>
    public static PlaneAddressing For(string plane, int devices)
    {
        var (narrow, wide) = plane == GeneratedPlane.External ? (External, WideExternal) : (Internal, WideInternal);
        return devices <= narrow.DeviceCapacity ? narrow : wide;
    }

    /// <summary>The plan a generated plane was numbered by, told apart by its management subnet.</summary>
    public static PlaneAddressing Of(GeneratedPlane plane) =>
        new[] { External, WideExternal, Internal, WideInternal }.Single(a => a.Management == plane.ManagementSubnet);

    public Ipv4Prefix Management { get; }

    public int ManagementVlan { get; }

    public ImmutableArray<ManagementServer> Servers { get; }

    /// <summary>The /30s of routed links inside the plane (distribution switch to core), outside every other block of either plane.</summary>
    public Ipv4Prefix LinkPool { get; }

    /// <summary>How many routed links the pool numbers.</summary>
    public int LinkCapacity => (int)(LinkPool.Size / LinkSize);

    /// <summary>How many segments the plane can hold: bounded by its VLANs and by its pool of /24s.</summary>
    public int SegmentCapacity => Math.Min(vlanOrder.Length, poolBlocks);

    /// <summary>How many devices the management subnet can number.</summary>
    public int DeviceCapacity => (int)(Management.Size / 256 - 1) * HostsPerBlock;

    /// <summary>How many VLANs the plane hands out: all but its management and black-hole VLANs.</summary>
    public int VlanCount => vlanOrder.Length;

    /// <summary>The /24 pool the plane's segments take once they outnumber its VLANs.</summary>
    public Ipv4Prefix ReusePool => ManagementVlan == ExternalManagementVlan ? ExternalReusePool : InternalReusePool;

    /// <summary>How many segments the plane can hold with VLANs repeated per layer-2 domain: one per /24 of <see cref="ReusePool"/>.</summary>
    public int ReuseCapacity => (int)(ReusePool.Size / 256);

    /// <summary>The <paramref name="segment"/>-th /24 of <see cref="ReusePool"/>.</summary>
    public Ipv4Prefix ReuseSubnet(int segment) => new(new Ipv4Address(ReusePool.Network.Value + ((uint)segment << 8)), 24);

    public int Vlan(int segment) => vlanOrder[segment];

    public Ipv4Prefix Subnet(int segment) => new(new Ipv4Address(poolBase + ((uint)segment << 8)), 24);

    /// <summary>The <paramref name="link"/>-th /30 of the link pool: the core takes its first host, the distribution switch its second.</summary>
    public Ipv4Prefix LinkSubnet(int link) =>
        link < LinkCapacity
            ? new(new Ipv4Address(LinkPool.Network.Value + (uint)(link * LinkSize)), 30)
            : throw new ArgumentOutOfRangeException(nameof(link), $"the link pool {LinkPool} numbers {LinkCapacity} links");

    /// <summary>The management address of the plane's <paramref name="device"/>-th device: .1–.254 of the second /24 on.</summary>
    public Ipv4Address DeviceAddress(int device) =>
        new(Management.Network.Value + (uint)((1 + (device / HostsPerBlock)) << 8) + (uint)(1 + (device % HostsPerBlock)));
}
