using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>What tests build and write in IOS: Catalyst 9200L access and 9300 distribution switches, and the IOS spelling of hand edits.</summary>
public sealed partial class CiscoIosDialect
{
    public override SampleSwitches SampleSwitches { get; } = new("C9200L-48T-4X", "C9300-48T");

    public override EditSpellings Edits { get; } = new Spellings();

    private sealed class Spellings : EditSpellings
    {
        public override string AccessVlan => " switchport access vlan ";

        public override string TrunkVlans => " switchport trunk allowed vlan ";

        public override string PermitAnyRule => " 1 permit ip any any";

        public override string LoginBanner => "banner login ^CAuthorized users only. Activity is logged.^C";

        public override string QuietConsole => "no logging console";

        public override string Lldp => "lldp run";

        public override string Route(Ipv4Prefix prefix, Ipv4Address nextHop, int? preference = null) =>
            $"ip route {prefix.Network} {Mask(prefix.Length)} {nextHop}" + (preference is { } p ? $" {p}" : string.Empty);

        public override string[] RoutedPort(string port, string description, InterfaceAddress address) =>
            [$"interface {port}", $" description {description}", " no switchport", $" ip address {address.Address} {Mask(address.Length)}", " no shutdown"];

        public override string[] OspfOver(Ipv4Prefix prefix) => ["router ospf 1", $" network {prefix.Network} {Wildcard(prefix.Length)} area 0"];

        public override string ExtraAddress(InterfaceAddress address) => $" ip address {address.Address} {Mask(address.Length)} secondary";

        public override string[] AccessPort(int vlan) => [" switchport mode access", $" switchport access vlan {vlan}"];

        public override string NtpServer(Ipv4Address server) => $"ntp server {server}";
    }
}
