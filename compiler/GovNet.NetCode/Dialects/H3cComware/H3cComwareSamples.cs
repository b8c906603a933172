using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>What tests build and write in Comware: S5130S access and S5560X distribution switches, and the Comware spelling of hand edits.</summary>
public sealed partial class H3cComwareDialect
{
    public override SampleSwitches SampleSwitches { get; } = new("S5130S-52S-EI", "S5560X-54C-EI");

    public override EditSpellings Edits { get; } = new Spellings();

    private sealed class Spellings : EditSpellings
    {
        public override string AccessVlan => " port access vlan ";

        public override string TrunkVlans => " port trunk permit vlan ";

        public override string PermitAnyRule => " rule 1 permit ip source any destination any";

        public override string LoginBanner => "header login %Authorized users only. Activity is logged.%";

        public override string QuietConsole => "undo info-center enable";

        public override string Lldp => "lldp global enable";

        public override string Route(Ipv4Prefix prefix, Ipv4Address nextHop, int? preference = null) =>
            $"ip route-static {prefix.Network} {prefix.Length} {nextHop}" + (preference is { } p ? $" preference {p}" : string.Empty);

        public override string[] RoutedPort(string port, string description, InterfaceAddress address) =>
            [$"interface {port}", " port link-mode route", $" description {description}", $" ip address {address.Address} {Mask(address.Length)}"];

        public override string[] OspfOver(Ipv4Prefix prefix) => ["ospf 1", " area 0.0.0.0", $"  network {prefix.Network} {Wildcard(prefix.Length)}"];

        public override string ExtraAddress(InterfaceAddress address) => $" ip address {address.Address} {Mask(address.Length)} sub";

        public override string[] AccessPort(int vlan) => [$" port access vlan {vlan}"];

        public override string NtpServer(Ipv4Address server) => $"ntp-service unicast-server {server}";
    }
}
