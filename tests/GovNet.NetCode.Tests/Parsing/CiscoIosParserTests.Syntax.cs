using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>One IOS construct per test, written as a device prints it.</summary>
public sealed partial class CiscoIosParserTests
{
    [Theory]
    [InlineData("switchport trunk allowed vlan 10-12,30", "10,11,12,30", false)]
    [InlineData("switchport trunk allowed vlan 10,20\n switchport trunk allowed vlan add 30-31", "10,20,30,31", false)]
    [InlineData("switchport trunk allowed vlan 10-20\n switchport trunk allowed vlan remove 11-19", "10,20", false)]
    [InlineData("switchport trunk allowed vlan none", "", false)]
    [InlineData("switchport trunk allowed vlan 10\n switchport trunk allowed vlan all", "", true)]
    [InlineData("switchport trunk allowed vlan add 10", "", true)]
    [InlineData("", "", true)]
    public void Trunk_allowed_vlans(string lines, string vlans, bool all)
    {
        var port = Single($"interface GigabitEthernet1/0/1\n switchport mode trunk\n {lines}\n switchport trunk native vlan 99\n");
        Assert.Equal((PortMode.Trunk, vlans, all, (int?)99), (port.Mode, string.Join(",", port.TrunkVlans), port.AllVlans, port.NativeVlan));
    }

    [Fact]
    public void Trunk_allowed_except_and_remove_from_all_leave_the_rest_of_1_to_4094()
    {
        var except = Single("interface Gi1\n switchport mode trunk\n switchport trunk allowed vlan except 2-4094\n");
        Assert.Equal([1], except.TrunkVlans.ToArray());
        var removed = Single("interface Gi1\n switchport mode trunk\n switchport trunk allowed vlan remove 1,3-4094\n");
        Assert.Equal([2], removed.TrunkVlans.ToArray());
    }

    [Theory]
    [InlineData("switchport trunk allowed vlan 0")]
    [InlineData("switchport trunk allowed vlan 4095")]
    [InlineData("switchport trunk allowed vlan 20-10")]
    [InlineData("switchport trunk allowed vlan 10,,20")]
    [InlineData("switchport access vlan 5000")]
    [InlineData("switchport voice vlan 5000")]
    [InlineData("switchport mode dot1q-tunnel")]
    [InlineData("ip address 10.0.0.1 255.0.255.0")]
    [InlineData("ip address dhcp")]
    [InlineData("ip access-group WEB both")]
    [InlineData("channel-group 1 mode")]
    [InlineData("encapsulation dot1Q 10 native")]
    [InlineData("vrf forwarding")]
    [InlineData("ip router odr")]
    public void An_interface_line_that_cannot_be_read_is_a_forwarding_finding(string line)
    {
        var facts = Parse($"interface GigabitEthernet1/0/1\n {line}\n");
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal((2, line, "interface GigabitEthernet1/0/1", true), (unparsed.Line, unparsed.Text, unparsed.Section, unparsed.AffectsForwarding));
    }

    [Fact]
    public void Access_port_defaults_to_vlan_1_and_a_router_port_routes()
    {
        var facts = Parse("interface Gi0/1\n switchport mode access\n!\ninterface Gi0/2\n switchport access vlan 7\n!\ninterface GigabitEthernet0/3\n!\ninterface Vlan7\n ip address 10.7.0.1 255.255.255.0\n");
        Assert.Equal((PortMode.Access, (int?)1), (facts.Interfaces[0].Mode, facts.Interfaces[0].AccessVlan));
        Assert.Equal((PortMode.Dynamic, (int?)7), (facts.Interfaces[1].Mode, facts.Interfaces[1].AccessVlan));
        Assert.Equal((PortMode.Dynamic, (int?)1), (facts.Interfaces[2].Mode, facts.Interfaces[2].AccessVlan)); // a switch: some port has switchport lines
        Assert.Equal((PortMode.Routed, (int?)7), (facts.Interfaces[3].Mode, facts.Interfaces[3].SviVlan));

        var router = Parse("interface GigabitEthernet0/0\n no ip address\n!\ninterface GigabitEthernet0/1.10\n encapsulation dot1Q 10\n");
        Assert.All(router.Interfaces, i => Assert.Equal(PortMode.Routed, i.Mode));

        var routedSwitchPort = Parse("interface Gi0/1\n switchport mode access\n!\ninterface GigabitEthernet1/0/48\n no switchport\n ip address 10.0.0.1 255.255.255.252\n");
        Assert.Equal(PortMode.Routed, routedSwitchPort.Interfaces[1].Mode);
    }

    [Fact]
    public void Addresses_secondary_and_removal()
    {
        var port = Single("interface Vlan10\n ip address 10.0.0.1 255.255.255.0\n ip address 10.0.1.1 255.255.255.0 secondary\n ip address 10.0.2.1 255.255.255.128\n description  users of  B \n shutdown\n");
        Assert.Equal("10.0.2.1/25,10.0.1.1/24", string.Join(",", port.Addresses));
        Assert.Equal(("users of  B", true, 10, false), (port.Description, port.Shutdown, port.SviVlan, port.Loopback));
        Assert.Empty(Single("interface Loopback0\n ip address 1.1.1.1 255.255.255.255\n no ip address\n").Addresses);
        Assert.True(Single("interface Loopback0\n ip address 1.1.1.1 255.255.255.255\n").Loopback);
    }

    [Fact]
    public void An_interface_entered_twice_is_one_interface()
    {
        var facts = Parse("interface Gi0/1\n switchport mode trunk\n!\ninterface Gi0/1\n switchport trunk allowed vlan 5\n ip access-group X in\n");
        var port = Assert.Single(facts.Interfaces);
        Assert.Equal((PortMode.Trunk, "5", 1), (port.Mode, string.Join(",", port.TrunkVlans), port.Line));
    }

    [Fact]
    public void Vlans_with_names_and_lists()
    {
        var facts = Parse("vlan 10\n name users\n state active\n!\nvlan 20,30-31\n!\nvlan internal allocation policy ascending\nvlan 10\n name staff\n");
        Assert.Equal(["10 staff 1", "20  5", "30  5", "31  5"], facts.Vlans.Select(v => $"{v.Id} {v.Name} {v.Line}"));
        Assert.Empty(facts.Unparsed);
        Assert.True(Parse("vlan 10\n remote-span\n").Unparsed.Single().AffectsForwarding);
    }

    [Fact]
    public void Named_extended_acl_with_sequences_ports_and_remarks()
    {
        var facts = Parse("""
            ip access-list extended WEB
             remark list of web rules
             remark flow one
             10 permit tcp 10.0.0.0 0.0.0.255 host 10.1.1.1 eq www 443
             20 permit tcp any eq 443 10.0.0.0 0.0.0.255 established
             remark flow two
             30 deny udp any range bootps bootpc any neq domain log
             permit tcp any any lt 1024
             permit tcp any any gt 1023 log-input
             deny gre any any
             permit 6 any host 10.9.9.9 eq telnet
             deny ip any any
            """);
        Assert.Empty(facts.Unparsed);
        var acl = Assert.Single(facts.Acls);
        Assert.Equal(("WEB", 1), (acl.Id, acl.Line));
        Assert.Equal(
        [
            "4 10 Permit Tcp - 10.0.0.0/24 [] 10.1.1.1/32 [80,443] False flow one",
            "5 20 Permit Tcp - any [443] 10.0.0.0/24 [] True flow one",
            "7 30 Deny Udp - any [67-68] any [0-52,54-65535] False flow two",
            "8  Permit Tcp - any [] any [0-1023] False flow two",
            "9  Permit Tcp - any [] any [1024-65535] False flow two",
            "10  Deny Ip 47 any [] any [] False flow two",
            "11  Permit Tcp - any [] 10.9.9.9/32 [23] False flow two",
            "12  Deny Ip - any [] any [] False flow two",
        ],
            acl.Rules.Select(r => $"{r.Line} {r.Sequence} {r.Action} {r.Protocol} {(r.ProtocolNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")} {r.Source} [{string.Join(",", r.SourcePorts.Ranges)}] {r.Destination} [{string.Join(",", r.DestinationPorts.Ranges)}] {r.Established} {r.Remark}"));
    }

    [Theory]
    [InlineData("permit tcp object-group admin any eq 22")]
    [InlineData("permit object-group tcp-ssh any any")]
    [InlineData("permit icmp any any echo-reply")]
    [InlineData("permit tcp any any eq 22 dscp ef")]
    [InlineData("permit udp any any established")]
    [InlineData("permit tcp any any lt 0")]
    [InlineData("permit tcp any any range 90 80")]
    [InlineData("permit tcp any any eq https")]
    [InlineData("permit ip any any fragments")]
    [InlineData("permit ip any 10.0.0.0/8")]
    [InlineData("permit ip any")]
    [InlineData("evaluate REFLECTED")]
    [InlineData("permit tcp any any time-range WORKHOURS")]
    public void An_acl_entry_that_cannot_be_read_is_a_forwarding_finding_and_the_acl_still_exists(string entry)
    {
        var facts = Parse($"ip access-list extended EDGE\n {entry}\n");
        Assert.Equal(("EDGE", 0), (facts.Acls.Single().Id, facts.Acls.Single().Rules.Length));
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal((entry, "ip access-list extended EDGE", true), (unparsed.Text, unparsed.Section, unparsed.AffectsForwarding));
    }

    [Fact]
    public void Standard_and_numbered_acls()
    {
        var facts = Parse("""
            ip access-list standard MGMT
             10 permit 10.0.0.0 0.0.0.255
             20 permit host 10.1.1.1
             30 permit 10.2.2.2
             deny   any log
            access-list 10 remark management hosts
            access-list 10 permit 192.168.1.0 0.0.0.255
            access-list 101 permit tcp any host 10.0.0.1 eq smtp
            access-list 101 deny udp any any eq ntp
            access-list 101 permit tcp any any eq ssh
            access-list 700 permit 0000.1111.2222 0000.0000.0000
            """);
        Assert.Equal(["MGMT", "10", "101"], facts.Acls.Select(a => a.Id));
        Assert.Equal(["10.0.0.0/24", "10.1.1.1/32", "10.2.2.2/32", "any"], facts.Acls[0].Rules.Select(r => r.Source.ToString()));
        Assert.All(facts.Acls[0].Rules, r => Assert.Equal((Protocol.Ip, AddressMatch.Any), (r.Protocol, r.Destination)));
        var numbered = Assert.Single(facts.Acls[1].Rules);
        Assert.Equal((6, (int?)null, "management hosts", "192.168.1.0/24"), (facts.Acls[1].Line, numbered.Sequence, numbered.Remark, numbered.Source.ToString()));
        Assert.Equal(["25", "123", "22"], facts.Acls[2].Rules.Select(r => string.Join(",", r.DestinationPorts.Ranges)));

        // A MAC access list (700-799) is not an IP ACL.
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal((11, true), (unparsed.Line, unparsed.AffectsForwarding));
    }

    [Fact]
    public void A_wildcard_with_holes_is_kept_as_written()
    {
        var rule = Parse("ip access-list extended ODD\n permit ip 10.0.0.1 0.0.255.0 any\n").Acls.Single().Rules.Single();
        Assert.Equal(new AddressMatch(Ipv4Address.Parse("10.0.0.1"), 0x0000FF00), rule.Source);
        Assert.True(rule.Source.Matches(Ipv4Address.Parse("10.0.77.1")));
        Assert.False(rule.Source.Matches(Ipv4Address.Parse("10.0.77.2")));
    }

    [Fact]
    public void Static_routes_and_the_default_gateway()
    {
        var facts = Parse("""
            ip route 0.0.0.0 0.0.0.0 10.0.0.1
            ip route 10.1.0.0 255.255.0.0 Null0
            ip route 10.2.0.0 255.255.0.0 GigabitEthernet0/1 10.0.0.5 200 name to-branch permanent
            ip route 10.3.0.0 255.255.255.0 10.0.0.9 track 3 tag 7
            ip default-gateway 192.168.0.1
            ip route vrf MGMT 0.0.0.0 0.0.0.0 10.9.9.9
            ip route 10.4.0.1 255.255.0.0 10.0.0.1
            ip route 10.5.0.0 255.0.255.0 10.0.0.1
            ip route static bfd GigabitEthernet0/1 10.0.0.5
            ipv6 route ::/0 2001:db8::1
            """);
        Assert.Equal(
            ["0.0.0.0/0 10.0.0.1 - 1", "10.1.0.0/16 - Null0 2", "10.2.0.0/16 10.0.0.5 GigabitEthernet0/1 3", "10.3.0.0/24 10.0.0.9 - 4", "0.0.0.0/0 192.168.0.1 - 5"],
            facts.Routes.Select(r => $"{r.Prefix} {(r.NextHop?.ToString() ?? "-")} {r.Interface ?? "-"} {r.Line}"));
        Assert.Equal([7, 8, 9], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding, u.Text));
        Assert.Equal((10, UnprovenKind.Ipv6), (Assert.Single(facts.Unproven).Line, facts.Unproven[0].Kind));
        Assert.Equal("MGMT 0.0.0.0/0 10.9.9.9 6", string.Join(' ', facts.Protocols.VrfRoutes.Select(v => $"{v.Vrf} {v.Route.Prefix} {v.Route.NextHop} {v.Route.Line}")));
    }

    [Fact]
    public void Management_servers()
    {
        var facts = Parse("""
            ntp server 10.0.0.123
            ntp server vrf MGMT 10.0.0.124 prefer
            ntp server pool.ntp.org
            logging host 10.0.0.14 transport udp port 514
            logging 10.0.0.15
            logging buffered 4096
            snmp-server host 10.0.0.16 version 3 priv netcode
            snmp-server community public RO
            ip name-server 10.0.0.53 10.0.0.54
            ip name-server vrf MGMT 10.0.0.55
            tacacs server T1
             address ipv4 10.0.0.49
             key 7 0822455D0A16
            tacacs-server host 10.0.0.50 key secret
            radius server R1
             address ipv4 10.0.0.51 auth-port 1812 acct-port 1813
            aaa group server tacacs+ G
             server 10.0.0.52
             server name T1
            """);
        Assert.Equal(
        [
            "Ntp 10.0.0.123 1", "Ntp 10.0.0.124 2", "Syslog 10.0.0.14 4", "Syslog 10.0.0.15 5", "Snmp 10.0.0.16 7", "Dns 10.0.0.53 9", "Dns 10.0.0.54 9",
            "Dns 10.0.0.55 10", "Aaa 10.0.0.49 12", "Aaa 10.0.0.50 14", "Aaa 10.0.0.51 16", "Aaa 10.0.0.52 18",
        ],
            facts.Management.Select(m => $"{m.Kind} {m.Address} {m.Line}"));

        // A server by name is a reference the plane check cannot place, but it forwards nothing.
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal(("ntp server pool.ntp.org", false), (unparsed.Text, unparsed.AffectsForwarding));
    }

    [Fact]
    public void Capture_headers_oxidized_comments_and_harmless_commands_are_recognised()
    {
        var facts = Parse("""
            Building configuration...

            Current configuration : 2334 bytes
            ! Cisco IOS XE Software, Version 17.09.04a
            ! VTP: VTP Domain Name                 : Oxidized
            !
            version 17.9
            service timestamps log datetime msec
            no ip http server
            ip ssh version 2
            spanning-tree mode rapid-pvst
            hostname SW
            interface Gi1/0/1
             description edge
             switchport mode access
             spanning-tree portfast
             no shutdown
             speed 1000
            line vty 0 15
             transport input ssh
             access-class 5 in
            crypto pki certificate chain TP-self-signed-1
             certificate self-signed 01
              30820330 30820218 A0030201 02020101
              	quit
            end
            """);
        Assert.Empty(facts.Unparsed);
        Assert.Equal(("SW", true, 22), (facts.Hostname, facts.Complete, facts.ConfigLines));
    }

    [Fact]
    public void Unknown_global_commands_are_reported_and_only_routing_ones_affect_forwarding()
    {
        var facts = Parse("frobnicate the widget\nrouter eigrp 1\n network 10.0.0.0 0.255.255.255\nip nat inside source route-map RM interface Gi0/0 overload\nmonitor session 1 source interface Gi0/1\n");
        Assert.Equal(
            ["1 global False", "2 global True", "3 router eigrp 1 True", "4 global True", "5 global True"],
            facts.Unparsed.Select(u => $"{u.Line} {u.Section} {u.AffectsForwarding}"));
        Assert.False(facts.Complete);
    }

    [Theory]
    [InlineData("banner motd ^C\nline one\ninterface Gi0/9\n^C\n")]
    [InlineData("banner exec \u0003\n  indented text\nip route 1.1.1.1 255.255.255.255 Null0\n\u0003\n")]
    [InlineData("banner login ^CThis is monitored\nrouter bgp 1\n^C\n")]
    [InlineData("banner motd #one line#\n")]
    [InlineData("banner ^C\nhello\n^C\n")]
    public void Banner_text_is_not_read_as_commands(string banner)
    {
        var facts = Parse(banner + "hostname R1\nend\n");
        Assert.Empty(facts.Unparsed);
        Assert.Empty(facts.Interfaces);
        Assert.Empty(facts.Routes);
        Assert.Equal(("R1", true), (facts.Hostname, facts.Complete));
    }

    [Fact]
    public void A_banner_that_never_closes_or_asa_style_banners_do_not_swallow_the_config()
    {
        var open = Parse("banner motd ^C\nno closing delimiter\nhostname R1\n");
        Assert.Equal("R1", open.Hostname);
        Assert.Equal("no closing delimiter", Assert.Single(open.Unparsed).Text);

        var asa = Parse("banner motd Sample asa configuration with single context\nbanner motd .\nhostname FW\ninterface Gi0/0\n ip address 10.0.0.1 255.255.255.0\n");
        Assert.Equal("FW", asa.Hostname);
        Assert.Single(asa.Interfaces);
    }

    [Fact]
    public void Macro_bodies_are_not_commands()
    {
        var facts = Parse("macro name add_vlan\nend\nvlan database\nvlan $v\nexit\n@\nhostname R1\n");
        Assert.Empty(facts.Unparsed);
        Assert.False(facts.Complete, "the macro's 'end' is not the end of the config");
    }

    [Fact]
    public void Nothing_and_nonsense_give_empty_facts()
    {
        foreach (var text in new[] { string.Empty, "\n\n!\n", "\0\0\0", null! })
        {
            var facts = CiscoIosConfigParser.Parse(text, "x.cfg");
            Assert.Equal(("x.cfg", "cisco-ios", (string?)null, 0, false), (facts.File, facts.Dialect, facts.Hostname, facts.ConfigLines, facts.Complete));
            Assert.Empty(facts.Unparsed);
        }
    }

    private static DeviceFacts Parse(string text) => CiscoIosConfigParser.ParseOrThrow(text, "test.cfg");

    private static InterfaceFact Single(string text)
    {
        var facts = Parse(text);
        Assert.True(facts.Unparsed.IsEmpty, string.Join('\n', facts.Unparsed));
        return Assert.Single(facts.Interfaces);
    }
}
