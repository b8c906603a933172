using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Mutations;

/// <summary>
/// Config lines as each vendor writes them, for edits made to compiled configs. Only the spellings
/// differ between dialects; what an edit means is decided by its caller.
/// </summary>
public static class DialectLines
{
    public const string Huawei = "huawei-vrp";
    public const string H3c = "h3c-comware";
    public const string Cisco = "cisco-ios";

    public static readonly IReadOnlyList<string> All = [Huawei, H3c, Cisco];

    public static string Mask(int length) => new Ipv4Address(Ipv4Prefix.MaskOf(length)).ToString();

    private static string Wildcard(int length) => new Ipv4Address(~Ipv4Prefix.MaskOf(length)).ToString();

    /// <summary>A static route; a preference makes it a floating route, used only when better ones are gone.</summary>
    public static string Route(string dialect, Ipv4Prefix prefix, Ipv4Address nextHop, int? preference = null) => dialect switch
    {
        Cisco => $"ip route {prefix.Network} {Mask(prefix.Length)} {nextHop}" + (preference is { } p ? $" {p}" : string.Empty),
        H3c => $"ip route-static {prefix.Network} {prefix.Length} {nextHop}" + (preference is { } p ? $" preference {p}" : string.Empty),
        _ => $"ip route-static {prefix.Network} {Mask(prefix.Length)} {nextHop}" + (preference is { } p ? $" preference {p}" : string.Empty),
    };

    /// <summary>A physical port taken out of switching and given an address, as a section (header first).</summary>
    public static string[] RoutedPort(string dialect, string port, string description, InterfaceAddress address) => dialect switch
    {
        Cisco => [$"interface {port}", $" description {description}", " no switchport", $" ip address {address.Address} {Mask(address.Length)}", " no shutdown"],
        H3c => [$"interface {port}", " port link-mode route", $" description {description}", $" ip address {address.Address} {Mask(address.Length)}"],
        _ => [$"interface {port}", $" description {description}", " undo portswitch", $" ip address {address.Address} {Mask(address.Length)}"],
    };

    /// <summary>An OSPF process whose network statement takes in <paramref name="prefix"/>, as a section (header first).</summary>
    public static string[] OspfOver(string dialect, Ipv4Prefix prefix) => dialect switch
    {
        Cisco => ["router ospf 1", $" network {prefix.Network} {Wildcard(prefix.Length)} area 0"],
        _ => ["ospf 1", " area 0.0.0.0", $"  network {prefix.Network} {Wildcard(prefix.Length)}"],
    };

    /// <summary>A second address on an interface that already has one.</summary>
    public static string ExtraAddress(string dialect, InterfaceAddress address) =>
        $" ip address {address.Address} {Mask(address.Length)} {(dialect == Cisco ? "secondary" : "sub")}";

    /// <summary>The line that puts a port in a VLAN untagged (the mode line is separate where the dialect has one).</summary>
    public static bool IsAccessVlan(string line) =>
        line.StartsWith(" port default vlan ", StringComparison.Ordinal) ||
        line.StartsWith(" port access vlan ", StringComparison.Ordinal) ||
        line.StartsWith(" switchport access vlan ", StringComparison.Ordinal);

    /// <summary>An unused port parked shut: labelled, in <paramref name="vlan"/> when given, with no mode at all otherwise.</summary>
    public static string[] ParkedPort(string dialect, string port, string description, int? vlan) => (dialect, vlan) switch
    {
        (Cisco, { } v) => [$"interface {port}", $" description {description}", " switchport mode access", $" switchport access vlan {v}", " shutdown"],
        (H3c, { } v) => [$"interface {port}", $" description {description}", $" port access vlan {v}", " shutdown"],
        (_, { } v) => [$"interface {port}", $" description {description}", " port link-type access", $" port default vlan {v}", " shutdown"],
        _ => [$"interface {port}", $" description {description}", " shutdown"],
    };

    public static string LoginBanner(string dialect) => dialect switch
    {
        Cisco => "banner login ^CAuthorized users only. Activity is logged.^C",
        H3c => "header login %Authorized users only. Activity is logged.%",
        _ => "header login information \"Authorized users only. Activity is logged.\"",
    };

    public static string QuietConsole(string dialect) => dialect == Cisco ? "no logging console" : "undo info-center enable";

    public static string Lldp(string dialect) => dialect switch
    {
        Cisco => "lldp run",
        H3c => "lldp global enable",
        _ => "lldp enable",
    };

    /// <summary>Whether a top-level line opens an ACL section.</summary>
    public static bool IsAclHeader(string line) =>
        line.StartsWith("acl number ", StringComparison.Ordinal) ||
        line.StartsWith("acl advanced ", StringComparison.Ordinal) ||
        line.StartsWith("acl basic ", StringComparison.Ordinal) ||
        line.StartsWith("ip access-list ", StringComparison.Ordinal);

    /// <summary>Whether a top-level line opens one VLAN's section (not a <c>vlan batch</c> list).</summary>
    public static bool IsVlanHeader(string line) =>
        line.StartsWith("vlan ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(5), out _);
}
