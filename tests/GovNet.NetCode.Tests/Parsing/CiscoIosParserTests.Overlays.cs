using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>Ethernet services, tunnels, IPsec, source routing, IPv6 BGP and pasted terminal sessions.</summary>
public sealed partial class CiscoIosParserTests
{
    private static string Unproven(DeviceFacts facts) =>
        string.Join(" | ", facts.Unproven.Concat(facts.Protocols.Unproven).OrderBy(u => u.Line).Select(u => $"{u.Line} {u.Kind}"));

    [Fact]
    public void A_service_instance_joining_a_bridge_domain_is_understood_and_not_proven_once()
    {
        var facts = Parse("""
            interface GigabitEthernet0/0/1
             description: uplink to the aggregation
             no ip address
             service instance 2 ethernet
              description: customer
              encapsulation dot1q 100
              rewrite ingress tag pop 1 symmetric
              bridge-domain 2
             service instance 3 ethernet
              encapsulation untagged
              bridge-domain 3 split-horizon group 1
              frobnicate
            """);
        Assert.Equal("4 EthernetService | 9 EthernetService", Unproven(facts));
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal((12, "frobnicate", "interface GigabitEthernet0/0/1", true), (unparsed.Line, unparsed.Text, unparsed.Section, unparsed.AffectsForwarding));
        Assert.Equal("uplink to the aggregation", facts.Interfaces.Single().Description);
    }

    [Fact]
    public void A_tunnel_interface_keeps_its_address_and_is_not_proven_once()
    {
        var facts = Parse("""
            interface Tunnel1
             ip address 169.254.10.1 255.255.255.252
             tunnel source 147.75.69.27
             tunnel mode ipsec ipv4
             tunnel destination 3.19.24.131
             tunnel protection ipsec profile VPN
            """);
        Assert.Empty(facts.Unparsed);
        Assert.Equal("3 Tunnel", Unproven(facts));
        Assert.Equal("169.254.10.1/30", facts.Interfaces.Single().Addresses.Single().ToString());
    }

    [Fact]
    public void Crypto_maps_and_where_they_apply_are_not_proven()
    {
        var facts = Parse("""
            crypto map VPN_MAP local-address GigabitEthernet0/0
            crypto map VPN_MAP 10 ipsec-isakmp
             set peer 148.37.252.6
             set transform-set MY_TRANSFORM
             set ikev2-profile MY-IKEV2-PROFILE
             match address 101
             frobnicate
            interface GigabitEthernet0/0
             ip address 148.54.129.19 255.255.255.0
             crypto map VPN_MAP
            crypto map VPN_MAP
            """);
        Assert.Equal("2 Tunnel | 10 Tunnel", Unproven(facts));
        Assert.Equal([(7, true), (11, true)], facts.Unparsed.Select(u => (u.Line, u.AffectsForwarding)));
    }

    [Fact]
    public void Source_routing_multicast_routing_and_label_advertisement_off()
    {
        var facts = Parse("ip source-route\nno ip source-route\nip multicast-routing distributed\nno mpls ldp advertise-labels\naqm-register-fnf\n");
        Assert.Empty(facts.Unparsed);
        Assert.Equal("1 SourceRoute", Unproven(facts));
    }

    [Fact]
    public void Ipv6_bgp_peers_and_ipv6_address_families_are_not_proven_and_ipv4_peers_still_read()
    {
        var facts = Parse("""
            router bgp 54
             neighbor 2001:100:100:54::5 remote-as 100
             neighbor 100.100.0.7 remote-as 100
             neighbor RR peer-group
             address-family ipv4
              no neighbor 2001:100:100:54::5 activate
              neighbor 100.100.0.7 activate
             exit-address-family
             address-family ipv6
              network 2001:148:54::/50
              neighbor RR route-reflector-client
              neighbor 2001:100:100:54::5 activate
             exit-address-family
            router isis CORE
             net 49.0001.0000.0000.0001.00
             address-family ipv6
              multi-topology transition
            """);
        Assert.Empty(facts.Unparsed);
        Assert.Equal("2 Ipv6 | 9 Ipv6 | 16 Ipv6", Unproven(facts));
        Assert.Equal("100.100.0.7", facts.Protocols.Processes.Single(p => p.Protocol == RoutingProtocol.Bgp).Peers.Single().Address.ToString());
    }

    [Fact]
    public void A_local_policy_routes_by_its_maps_next_hops_and_static_nat_in_a_vrf_is_read()
    {
        var facts = Parse("""
            ip local policy route-map LOCAL
            route-map LOCAL permit 10
             match ip address 1
             set ip next-hop 10.0.0.2
            ip nat inside source static 148.54.129.19 148.54.130.19 vrf external
            """);
        Assert.Empty(facts.Unparsed);
        Assert.Equal("10.0.0.2 4", string.Join(' ', facts.Protocols.PolicyNextHops.Select(p => $"{p.NextHop} {p.Line}")));
        Assert.Equal((NatKind.Static, "148.54.130.19"), (facts.Nat.Single().Kind, facts.Nat.Single().Global.ToString()));
    }

    [Fact]
    public void A_pasted_terminal_session_is_reported_as_such_and_the_config_around_it_is_read()
    {
        var facts = Parse("""
            R1#show running-config
            Building configuration...

            Current configuration : 4280 bytes
            hostname IPSEC-END
            IPSEC-END#config t
            Enter configuration commands, one per line.  End with CNTL/Z.
            IPSEC-END(config)#hostname R1
            R1(config)#end
            R1#wr
            [OK]
            *Dec 30 09:46:14.937: %SYS-5-CONFIG_I: Configured from console by console
            000042: Dec 30 09:46:15 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up
            R1>
            hostname R1
            interface GigabitEthernet0/1
             description R1#core
             ip address 10.0.0.1 255.255.255.0
            end
            """);
        var session = facts.Unparsed.Where(u => u.Section == FactsBuilder.SessionSection).ToList();
        Assert.Equal([1, 6, 7, 8, 9, 10, 11, 12, 13, 14], session.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.False(u.AffectsForwarding));
        Assert.Equal(session.Count, facts.Unparsed.Length);
        Assert.Equal(("R1", true), (facts.Hostname, facts.Complete));
        var port = facts.Interfaces.Single();
        Assert.Equal(("R1#core", "10.0.0.1/24"), (port.Description, port.Addresses.Single().ToString()));

        // Session lines are config lines not understood: 18 non-blank lines, of which 10 are the session.
        Assert.Equal(18, facts.ConfigLines);
    }

    [Theory]
    [InlineData("R1(config)#ip route 0.0.0.0 0.0.0.0 203.0.113.1", true)]
    [InlineData("R1(config-if)#switchport access vlan 20", true)]
    [InlineData("R1(config)#hos", false)]
    [InlineData("R1(config)#hostname R2", false)]
    [InlineData("R1(config-if)#exit", false)]
    [InlineData("R1#show ip route", false)]
    public void A_configuration_command_typed_in_a_pasted_session_counts_as_forwarding(string typed, bool forwarding)
    {
        // The change it made may be missing from the config the file holds, so it is never harmless.
        var facts = Parse($"""
            hostname R1
            {typed}
            end
            """);
        var line = facts.Unparsed.Single();
        Assert.Equal((FactsBuilder.SessionSection, forwarding), (line.Section, line.AffectsForwarding));
    }
}
