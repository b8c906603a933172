using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// What tests build and write in VRP: S5735 access and S6730 distribution switches, the S12708 core
/// and AR6280 egress of every generated plane, and the VRP spelling of hand edits.
/// </summary>
public sealed partial class HuaweiVrpDialect
{
    public override SampleSwitches SampleSwitches { get; } = new("S5735-L48T4X-A1", "S6730-H48X6C",
        new SampleCore("S12708", "XGigabitEthernet{0}/0/{1}", "GigabitEthernet0/0/1", "GigabitEthernet0/0/2", "AR6280"));

    public override EditSpellings Edits { get; } = new Spellings();

    private sealed class Spellings : EditSpellings
    {
        public override string AccessVlan => " port default vlan ";

        public override string TrunkVlans => " port trunk allow-pass vlan ";

        public override string PermitAnyRule => " rule 1 permit ip source any destination any";

        public override string LoginBanner => "header login information \"Authorized users only. Activity is logged.\"";

        public override string QuietConsole => "undo info-center enable";

        public override string Lldp => "lldp enable";

        public override string Route(Ipv4Prefix prefix, Ipv4Address nextHop, int? preference = null) =>
            $"ip route-static {prefix.Network} {Mask(prefix.Length)} {nextHop}" + (preference is { } p ? $" preference {p}" : string.Empty);

        public override string[] RoutedPort(string port, string description, InterfaceAddress address) =>
            [$"interface {port}", $" description {description}", " undo portswitch", $" ip address {address.Address} {Mask(address.Length)}"];

        public override string[] OspfOver(Ipv4Prefix prefix) => ["ospf 1", " area 0.0.0.0", $"  network {prefix.Network} {Wildcard(prefix.Length)}"];

        public override string ExtraAddress(InterfaceAddress address) => $" ip address {address.Address} {Mask(address.Length)} sub";

        public override string[] AccessPort(int vlan) => [" port link-type access", $" port default vlan {vlan}"];

        public override string NtpServer(Ipv4Address server) => $"ntp-service unicast-server {server}";
    }
}
