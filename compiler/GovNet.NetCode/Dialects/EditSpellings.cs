using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// How a dialect spells the edits an engineer makes by hand to a compiled config, for the tests that
/// make them (red-team bridges, harmless changes): which edit to make and what it must cause is the
/// test's; only the spelling is the dialect's. Lines inside a section carry their indent; a section is
/// returned header first.
/// </summary>
public abstract class EditSpellings
{
    /// <summary>How the line that puts an access port in its untagged VLAN starts, up to the VLAN number.</summary>
    public abstract string AccessVlan { get; }

    /// <summary>How the line that lists a trunk's allowed VLANs starts, up to the first VLAN (the list is joined by <see cref="Dialect.VlanListStyle"/>).</summary>
    public abstract string TrunkVlans { get; }

    /// <summary>An ACL rule, numbered 1, that permits any IP packet: the widest hole one line can open.</summary>
    public abstract string PermitAnyRule { get; }

    /// <summary>A static route; a preference makes it a floating route, used only when better ones are gone.</summary>
    public abstract string Route(Ipv4Prefix prefix, Ipv4Address nextHop, int? preference = null);

    /// <summary>A physical port taken out of switching and given an address.</summary>
    public abstract string[] RoutedPort(string port, string description, InterfaceAddress address);

    /// <summary>An OSPF process 1 whose network statement takes in <paramref name="prefix"/> in area 0.</summary>
    public abstract string[] OspfOver(Ipv4Prefix prefix);

    /// <summary>A second address on an interface that already has one (a body line).</summary>
    public abstract string ExtraAddress(InterfaceAddress address);

    /// <summary>An unused port parked shut: labelled, in <paramref name="vlan"/> when given, with no mode at all otherwise.</summary>
    public string[] ParkedPort(string port, string description, int? vlan) =>
        [$"interface {port}", $" description {description}", .. vlan is { } v ? AccessPort(v) : [], " shutdown"];

    /// <summary>The body lines that make a port an access port of <paramref name="vlan"/>, mode first where the dialect writes one.</summary>
    public abstract string[] AccessPort(int vlan);

    /// <summary>The device's time source set to <paramref name="server"/>.</summary>
    public abstract string NtpServer(Ipv4Address server);

    /// <summary>A login banner.</summary>
    public abstract string LoginBanner { get; }

    /// <summary>Log messages no longer printed on the console.</summary>
    public abstract string QuietConsole { get; }

    /// <summary>LLDP turned on for the device.</summary>
    public abstract string Lldp { get; }

    /// <summary>The dotted mask of a prefix length (255.255.255.0).</summary>
    protected static string Mask(int length) => new Ipv4Address(Ipv4Prefix.MaskOf(length)).ToString();

    /// <summary>The wildcard of a prefix length (0.0.0.255), as OSPF network statements write it.</summary>
    protected static string Wildcard(int length) => new Ipv4Address(~Ipv4Prefix.MaskOf(length)).ToString();
}
