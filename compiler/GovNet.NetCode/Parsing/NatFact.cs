using GovNet.NetCode.Model;

namespace GovNet.NetCode.Parsing;

/// <summary>What one NAT statement does.</summary>
public enum NatKind
{
    /// <summary>An address pool (VRP/Comware <c>nat address-group</c>, IOS <c>ip nat pool</c>): <see cref="NatFact.Pool"/> names it, <see cref="NatFact.Global"/>–<see cref="NatFact.GlobalEnd"/> hold it.</summary>
    Pool,

    /// <summary>Source translation of packets leaving by an interface (<c>nat outbound</c>, IOS <c>ip nat inside source list</c>).</summary>
    Outbound,

    /// <summary>A published inside address on one protocol and port (<c>nat server</c>, IOS <c>ip nat inside source static tcp</c>).</summary>
    Server,

    /// <summary>A one-to-one mapping of every protocol and port both ways (<c>nat static</c>, IOS <c>ip nat inside source static A B</c>).</summary>
    Static,

    /// <summary>IOS <c>ip nat inside</c> on an interface.</summary>
    Inside,

    /// <summary>IOS <c>ip nat outside</c> on an interface: where IOS's global translations apply.</summary>
    Outside,
}

/// <summary>
/// One NAT statement as configured, vendor-neutral. <see cref="Interface"/> is where it applies (null
/// for IOS's global rules, which apply at every <see cref="NatKind.Outside"/> interface, and for pools).
/// Outbound: <see cref="Acl"/> the sources translated (null: every source) and <see cref="Pool"/> the
/// pool they take (null: the interface's own address). Server and static: the <see cref="Global"/>
/// address the outside sees and the <see cref="Inside"/> address it reaches; a server also has its
/// <see cref="Protocol"/> (IP protocol number) and ports, where null means every one.
/// </summary>
public sealed record NatFact(NatKind Kind, string? Interface, int Line)
{
    /// <summary>IP protocol numbers of the protocol words NAT statements take.</summary>
    public const int Tcp = 6;
    public const int Udp = 17;

    public string? Acl { get; init; }

    public string? Pool { get; init; }

    public Ipv4Address? Global { get; init; }

    /// <summary>The last address of a pool; a single address has none.</summary>
    public Ipv4Address? GlobalEnd { get; init; }

    public Ipv4Address? Inside { get; init; }

    public int? Protocol { get; init; }

    public PortRange? GlobalPorts { get; init; }

    public PortRange? InsidePorts { get; init; }
}
