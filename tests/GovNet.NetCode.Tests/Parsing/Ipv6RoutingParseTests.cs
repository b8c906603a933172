using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// IPv6 routing, EVPN and the last VRP corpus constructs: understood (never unparsed), each IPv6 or
/// EVPN line recorded as forwarding the verifier does not prove, and the IPv4 facts beside them kept.
/// </summary>
public sealed class Ipv6RoutingParseTests
{
    private static DeviceFacts Parse(string dialect, string text) => RoutingParseTests.Parse(dialect, text);

    private static List<string> Unproven(DeviceFacts facts, UnprovenKind kind) =>
        [.. facts.Unproven.Concat(facts.Protocols.Unproven).Where(u => u.Kind == kind).Select(u => u.Text)];

    private const string VrpIsis = """
        isis 1
         network-entity 49.0001.0000.0000.0001.00
         ipv6 enable topology standard
         ipv6 import-route isis 100 route-policy V6
        #
        interface GigabitEthernet0/0/1
         undo portswitch
         ipv6 enable
         ip address 10.0.12.1 255.255.255.252
         ipv6 address 2001:db8:12::1/64
         isis enable 1
         isis ipv6 enable 1
         isis ipv6 cost 20
         ospfv3 1 area 0.0.0.0
        #
        ospfv3 1
         router-id 1.1.1.1
         area 0.0.0.0
        #
        return
        """;

    [Fact]
    public void Ospfv3_and_isis_ipv6_are_unproven_ipv6_and_the_ipv4_isis_enable_stays_a_fact()
    {
        var facts = Parse("huawei-vrp", VrpIsis);

        Assert.Equal(
            ["ipv6 enable topology standard", "ipv6 import-route isis 100 route-policy V6", "isis ipv6 enable 1", "isis ipv6 cost 20", "ospfv3 1 area 0.0.0.0", "ospfv3 1"],
            Unproven(facts, UnprovenKind.Ipv6).Where(t => !t.StartsWith("ipv6 address", StringComparison.Ordinal)));
        Assert.Single(facts.Protocols.Enables, e => e is { Protocol: RoutingProtocol.Isis, Process: "1", Interface: "GigabitEthernet0/0/1" });
        Assert.DoesNotContain(facts.Protocols.Processes, p => p.Protocol == RoutingProtocol.Ospf);
    }

    private const string VrpBgp = """
        ip vpn-instance A
         ipv4-family
          route-distinguisher 100:1
          vpn-target 100:1 export-extcommunity
         ipv6-family
          route-distinguisher 100:2
          vpn-target 100:2 export-extcommunity
        #
        bgp 65001
         peer 2.2.2.2 as-number 65001
         peer 2001:db8::2 as-number 65002
         peer 2001:db8::2 connect-interface LoopBack0
         #
         ipv4-family unicast
          undo synchronization
          peer 2.2.2.2 enable
         #
         ipv6-family unicast
          undo synchronization
          network 2001:db8:1:: 64
          peer 2001:db8::2 enable
         #
         ipv6-family vpnv6
          policy vpn-target
          peer 2.2.2.2 enable
         #
         ipv6-family vpn-instance A
          peer 2001:db8:a::2 as-number 65003
        #
        return
        """;

    [Fact]
    public void An_ipv6_bgp_peer_is_unproven_ipv6_never_an_ipv4_peer_and_never_dropped()
    {
        var facts = Parse("huawei-vrp", VrpBgp);

        var bgp = Assert.Single(facts.Protocols.Processes, p => p.Protocol == RoutingProtocol.Bgp);
        Assert.Equal([Ipv4Address.Parse("2.2.2.2")], bgp.Peers.Select(p => p.Address));
        Assert.Equal(
            ["ipv6-family", "peer 2001:db8::2 as-number 65002", "peer 2001:db8::2 connect-interface LoopBack0", "ipv6-family unicast", "ipv6-family vpn-instance A"],
            Unproven(facts, UnprovenKind.Ipv6));
        Assert.Equal(["ipv6-family vpnv6"], Unproven(facts, UnprovenKind.Mpls));
    }

    [Fact]
    public void A_vpn_instance_keeps_its_ipv4_targets_beside_an_unproven_ipv6_family()
    {
        var vrf = Assert.Single(Parse("huawei-vrp", VrpBgp).Protocols.Vrfs);

        Assert.Equal(["100:1"], vrf.Export.ToArray());
    }

    [Theory]
    [InlineData("bgp 65001\n peer 2001:db8::2 as-number 65002\n #\n address-family ipv6 unicast\n  peer 2001:db8::2 enable\n#\nreturn", 2)]
    [InlineData("ospfv3 1\n router-id 1.1.1.1\n area 0.0.0.0\n#\nreturn", 1)]
    public void Comware_reads_the_same_ipv6_routing_through_the_shared_reader(string text, int findings)
    {
        var facts = Parse("h3c-comware", text);

        Assert.Equal(findings, Unproven(facts, UnprovenKind.Ipv6).Count);
        Assert.All(facts.Protocols.Processes, p => Assert.Empty(p.Peers));
    }

    [Fact]
    public void Evpn_its_bridge_domains_and_the_nve_vni_are_an_unproven_layer_2_vpn()
    {
        var facts = Parse("huawei-vrp", "evpn-overlay enable\n#\nevpn\n#\nbridge-domain 20\n vxlan vni 20\n#\ninterface Nve1\n source 1.1.1.1\n vni 20 head-end peer-list protocol bgp\n#\nreturn");

        Assert.Equal(["evpn-overlay enable", "evpn", "bridge-domain 20", "source 1.1.1.1", "vni 20 head-end peer-list protocol bgp"], Unproven(facts, UnprovenKind.Layer2Vpn));
    }

    [Fact]
    public void Vlan_swap_is_stacked_vlan_tags()
    {
        var facts = Parse("huawei-vrp", "interface GigabitEthernet0/0/0\n vlan-swap enable\n#\nreturn");

        Assert.Equal(["vlan-swap enable"], Unproven(facts, UnprovenKind.StackedVlans));
    }

    [Theory]
    [InlineData("bfd\n#\nbfd to-r2 bind peer-ip 10.0.0.2\n discriminator local 1\n#\nreturn")]
    [InlineData("undo nap slave enable\n#\nreturn")]
    [InlineData("wlan\n ap-id 0 type-id 60\n  radio 0\n   vap-profile office_vap wlan 1\n#\nreturn")]
    public void Bfd_nap_and_a_radio_s_vap_binding_are_harmless(string text)
    {
        var facts = Parse("huawei-vrp", text);

        Assert.Empty(Unproven(facts, UnprovenKind.Ipv6));
    }

    [Fact]
    public void A_vap_profile_s_service_vlan_stays_unparsed_forwarding()
    {
        var facts = DialectRegistry.Find("huawei-vrp")!.Parse("wlan\n vap-profile name office\n  service-vlan vlan-id 70\n#\nreturn", "r.cfg");

        Assert.Single(facts.Unparsed, u => u.Text == "service-vlan vlan-id 70" && u.AffectsForwarding);
    }
}
