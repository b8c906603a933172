using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Dynamic routing, VRFs, policy routing and MPLS lines of each dialect become routing facts (or
/// forwarding the verifier does not prove), never unparsed lines and never silently nothing.
/// </summary>
public sealed class RoutingParseTests
{
    internal static DeviceFacts Parse(string dialect, string text)
    {
        var facts = DialectRegistry.Find(dialect)!.Parse(text, "r.cfg");
        Assert.True(facts.Unparsed.IsEmpty, string.Join('\n', facts.Unparsed));
        return facts;
    }

    private const string Vrp = """
        sysname R1
        #
        ip vpn-instance A
         ipv4-family
          route-distinguisher 100:1
          vpn-target 100:1 export-extcommunity
          vpn-target 100:2 import-extcommunity
        #
        mpls lsr-id 1.1.1.1
        mpls
        #
        mpls ldp
        #
        acl number 3000 match-order auto
         rule 5 permit ip
        #
        traffic behavior B1
         redirect ip-nexthop 10.9.9.9
        #
        interface GigabitEthernet0/0/1
         undo portswitch
         ip address 10.0.12.1 255.255.255.252
         ospf enable 1 area 0.0.0.0
         ospf cost 10
         isis enable 1
         mpls
         mpls ldp
         traffic-redirect inbound acl 3000 ip-nexthop 10.0.12.2
        #
        interface GigabitEthernet0/0/2
         undo portswitch
         ip binding vpn-instance A
         ip address 192.168.1.1 255.255.255.0
        #
        ospf 1 router-id 1.1.1.1
         default-route-advertise
         import-route static
         silent-interface GigabitEthernet0/0/3
         area 0.0.0.0
          network 10.0.0.0 0.255.255.255
        #
        isis 1
         is-level level-2
         cost-style wide
         network-entity 49.0001.0000.0000.0001.00
         import-route direct
        #
        rip 1
         version 2
         network 172.16.0.0
        #
        bgp 65001
         peer 2.2.2.2 as-number 65002
         peer 2.2.2.2 connect-interface LoopBack0
         #
         ipv4-family unicast
          undo synchronization
          network 10.1.0.0 255.255.0.0
          import-route ospf 1
          peer 2.2.2.2 enable
         #
         ipv4-family vpnv4
          policy vpn-target
          peer 2.2.2.2 enable
         #
         ipv4-family vpn-instance A
          import-route direct
        #
        route-policy P permit node 10
         if-match ip-prefix L
         apply cost 5
        #
        ip ip-prefix L index 10 permit 10.0.0.0 8
        ip route-static vpn-instance A 0.0.0.0 0.0.0.0 192.168.1.254
        #
        return
        """;

    private const string Comware = """
        sysname R1
        #
        ip vpn-instance A
         route-distinguisher 100:1
         vpn-target 100:1 import-extcommunity
         vpn-target 100:1 export-extcommunity
        #
        acl advanced 3000 match-order auto
         rule 5 permit ip
        #
        mpls lsr-id 1.1.1.1
        #
        mpls ldp
        #
        traffic behavior B1
         redirect next-hop 10.9.9.9
        #
        interface GigabitEthernet1/0/1
         port link-mode route
         ip address 10.0.12.1 255.255.255.252
         ospf 1 area 0.0.0.0
         isis enable 1
         mpls enable
         mpls ldp enable
        #
        interface GigabitEthernet1/0/2
         port link-mode route
         ip binding vpn-instance A
         ip address 192.168.1.1 255.255.255.0
        #
        ospf 1 router-id 1.1.1.1
         default-route-advertise
         import-route static
         silent-interface GigabitEthernet1/0/3
         area 0.0.0.0
          network 10.0.0.0 0.255.255.255
        #
        isis 1
         network-entity 49.0001.0000.0000.0001.00
         import-route direct
        #
        rip 1
         version 2
         network 172.16.0.0
        #
        bgp 65001
         peer 2.2.2.2 as-number 65002
         #
         address-family ipv4 unicast
          network 10.1.0.0 255.255.0.0
          import-route ospf 1
          peer 2.2.2.2 enable
         #
         address-family vpnv4
          peer 2.2.2.2 enable
         #
         ip vpn-instance A
          peer 3.3.3.3 as-number 65003
        #
        route-policy P permit node 10
         if-match ip address prefix-list L
        #
        ip prefix-list L index 10 permit 10.0.0.0 8
        #
         ip route-static vpn-instance A 0.0.0.0 0 192.168.1.254
        #
        return
        """;

    private const string Ios = """
        hostname R1
        !
        ip vrf A
         rd 100:1
         route-target export 100:1
         route-target import 100:2
        !
        vrf definition B
         rd 100:3
         address-family ipv4
          route-target both 100:3
         exit-address-family
        !
        mpls label protocol ldp
        !
        interface GigabitEthernet0/1
         ip address 10.0.12.1 255.255.255.252
         ip ospf 1 area 0
         ip ospf cost 10
         ip router isis
         mpls ip
         ip policy route-map PBR
        !
        interface GigabitEthernet0/2
         ip vrf forwarding A
         ip address 192.168.1.1 255.255.255.0
        !
        router ospf 1
         router-id 1.1.1.1
         passive-interface default
         no passive-interface GigabitEthernet0/1
         network 10.0.0.0 0.255.255.255 area 0
         redistribute static subnets
         default-information originate
        !
        router isis
         net 49.0001.0000.0000.0001.00
         redistribute connected
        !
        router rip
         version 2
         network 172.16.0.0
         no auto-summary
        !
        router bgp 65001
         bgp log-neighbor-changes
         neighbor 2.2.2.2 remote-as 65002
         neighbor 2.2.2.2 update-source Loopback0
         !
         address-family ipv4
          network 10.1.0.0 mask 255.255.0.0
          redistribute ospf 1
          neighbor 2.2.2.2 activate
         exit-address-family
         !
         address-family vpnv4
          neighbor 2.2.2.2 activate
         exit-address-family
         !
         address-family ipv4 vrf A
          redistribute connected
         exit-address-family
        !
        ip route vrf A 0.0.0.0 0.0.0.0 192.168.1.254
        ip prefix-list L seq 5 permit 10.0.0.0/8
        !
        route-map PBR permit 10
         match ip address 101
         set ip next-hop 10.0.12.2
        !
        end
        """;

    public static TheoryData<string, string> Samples() => new()
    {
        { "huawei-vrp", Vrp },
        { "h3c-comware", Comware },
        { "cisco-ios", Ios },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Ospf_isis_rip_and_bgp_processes_are_facts_with_their_networks_imports_and_peers(string dialect, string text)
    {
        var routing = Parse(dialect, text).Protocols;

        var ospf = Assert.Single(routing.Processes, p => p.Protocol == RoutingProtocol.Ospf);
        Assert.Equal("1", ospf.Process);
        Assert.Equal([Ipv4Prefix.Parse("10.0.0.0/8")], ospf.Networks.ToArray());
        Assert.True(ospf.DefaultOriginate);
        Assert.Contains(ospf.Imports, i => i.Kind == ImportKind.Static);

        var isis = Assert.Single(routing.Processes, p => p.Protocol == RoutingProtocol.Isis);
        Assert.Contains(isis.Imports, i => i.Kind == ImportKind.Connected);

        var rip = Assert.Single(routing.Processes, p => p.Protocol == RoutingProtocol.Rip);
        Assert.Equal([Ipv4Prefix.Parse("172.16.0.0/16")], rip.Networks.ToArray());

        var bgp = Assert.Single(routing.Processes, p => p.Protocol == RoutingProtocol.Bgp && p.Vrf is null);
        Assert.Equal("65001", bgp.Process);
        Assert.Equal([Ipv4Address.Parse("2.2.2.2")], bgp.Peers.Select(p => p.Address).ToArray());
        Assert.Equal([Ipv4Prefix.Parse("10.1.0.0/16")], bgp.Networks.ToArray());
        Assert.Contains(bgp.Imports, i => i.Kind == ImportKind.Protocol && i.From == RoutingProtocol.Ospf);
        Assert.Contains(routing.Processes, p => p.Protocol == RoutingProtocol.Bgp && p.Vrf == "A");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Interface_enables_are_facts(string dialect, string text)
    {
        var routing = Parse(dialect, text).Protocols;

        var port = dialect == "h3c-comware" ? "GigabitEthernet1/0/1" : dialect == "cisco-ios" ? "GigabitEthernet0/1" : "GigabitEthernet0/0/1";
        Assert.Contains(routing.Enables, e => e.Protocol == RoutingProtocol.Ospf && e.Process == "1" && e.Interface == port);
        Assert.Contains(routing.Enables, e => e.Protocol == RoutingProtocol.Isis && e.Interface == port);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Vrfs_their_interfaces_targets_and_static_routes_are_facts(string dialect, string text)
    {
        var routing = Parse(dialect, text).Protocols;

        var vrf = routing.Vrfs.First(v => v.Name == "A");
        Assert.Contains("100:1", vrf.Export);
        Assert.Single(routing.Bindings, b => b.Vrf == "A");
        var route = Assert.Single(routing.VrfRoutes);
        Assert.Equal(("A", Ipv4Prefix.Any, Ipv4Address.Parse("192.168.1.254")), (route.Vrf, route.Route.Prefix, route.Route.NextHop!.Value));
        Assert.True(route.Route.Line > 0);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Mpls_and_ldp_are_forwarding_the_verifier_does_not_prove(string dialect, string text)
    {
        var routing = Parse(dialect, text).Protocols;

        Assert.Contains(routing.Unproven, u => u.Kind == UnprovenKind.Mpls);
        Assert.Contains(routing.Unproven, u => u.Kind == UnprovenKind.Mpls && u.Text.Contains("vpnv4", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Policy_routing_next_hops_are_facts(string dialect, string text)
    {
        var routing = Parse(dialect, text).Protocols;

        var expected = dialect == "cisco-ios" ? "10.0.12.2" : "10.9.9.9";
        Assert.Contains(routing.PolicyNextHops, p => p.NextHop == Ipv4Address.Parse(expected));
    }

    [Theory]
    [InlineData("huawei-vrp")]
    [InlineData("h3c-comware")]
    public void An_acl_the_device_orders_itself_is_unproven_not_read_first_match(string dialect)
    {
        var routing = Parse(dialect, Samples().Single(s => (string)s[0] == dialect)[1].ToString()!).Protocols;

        Assert.Single(routing.Unproven, u => u.Kind == UnprovenKind.AclAutoOrder);
    }

    [Theory]
    [InlineData("huawei-vrp", "ospf 1\n area 0.0.0.0\n  frobnicate 1\n#\nreturn")]
    [InlineData("h3c-comware", "bgp 1\n peer 1.1.1.1 frob\n weird-thing\n#\nreturn")]
    [InlineData("cisco-ios", "router ospf 1\n frobnicate 1\n!\nend")]
    public void An_unknown_line_in_a_routing_section_is_unparsed_and_forwarding(string dialect, string text)
    {
        var facts = DialectRegistry.Find(dialect)!.Parse(text, "r.cfg");

        Assert.Contains(facts.Unparsed, u => u.AffectsForwarding && (u.Text.StartsWith("frobnicate", StringComparison.Ordinal) || u.Text == "weird-thing"));
    }
}
