using System.Text.Json;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The Huawei VRP parser: generated configs read back to exactly what the compiler decided (and are
/// understood line for line), real captured configs read without a fault and with their coverage
/// shown, and the VRP forms and defaults the facts depend on.
/// </summary>
public sealed class HuaweiVrpParserTests(ITestOutputHelper output)
{
    private static string GoldenFolder => Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");

    // ---- round trip: the compiler's decisions come back from its own output --------------------

    // The round trip of generated configs (golden and mini repo) is FactsVersusViewTests, over every dialect.

    [Fact]
    public void A_generated_config_keeps_its_facts_with_CRLF_line_ends_prompts_and_NUL_padding()
    {
        var (hostname, path) = HuaweiGoldenFiles().First();
        var text = File.ReadAllText(path);
        var captured = $"<{hostname}>display current-configuration\r\n" + text.Replace("\n", "\r\n", StringComparison.Ordinal) + $"<{hostname}>\0\0\0";

        var plain = HuaweiVrpConfigParser.Parse(text, path);
        var facts = HuaweiVrpConfigParser.Parse(captured, path);

        Assert.Empty(facts.Unparsed);
        Assert.Equal(plain.Interfaces.Select(i => (i.Name, i.Mode, i.Line + 1)), facts.Interfaces.Select(i => (i.Name, i.Mode, i.Line)));
        Assert.Equal(plain.Acls.Sum(a => a.Rules.Length), facts.Acls.Sum(a => a.Rules.Length));
        Assert.True(facts.Complete);
    }

    private static Dictionary<string, DeviceView> Views(PolicyModel model)
    {
        var diagnostics = new DiagnosticBag();
        var views = NetworkCompiler.Translate(model, MiniRepo.Today, diagnostics);
        Assert.True(views is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedArray()));
        return views!.ToDictionary(v => v.View.Hostname, v => v.View, StringComparer.Ordinal);
    }

    /// <summary>The example network's Huawei configs, by the vendor the manifest gives them.</summary>
    private static List<(string Hostname, string Path)> HuaweiGoldenFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenFolder, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("devices").EnumerateArray()
            .Where(d => d.GetProperty("vendor").GetString() == HuaweiVrpConfigParser.DialectId)
            .Select(d => (d.GetProperty("hostname").GetString()!, Path.Combine(GoldenFolder, Path.GetFileName(d.GetProperty("file").GetString()!))))];
    }

    // ---- real configs --------------------------------------------------------------------------

    [CorpusFact]
    public void Every_real_huawei_config_parses_and_its_coverage_is_shown()
    {
        var rows = new List<string>();
        foreach (var path in HuaweiVrpCorpus.HuaweiFiles())
        {
            var facts = HuaweiVrpConfigParser.Parse(File.ReadAllText(path), path);
            Assert.DoesNotContain(facts.Unparsed, u => u.Section.Contains("parser fault", StringComparison.Ordinal));
            Assert.InRange(facts.Unparsed.Length, 0, facts.ConfigLines);
            rows.Add(HuaweiVrpCorpus.Row(path, facts));
        }

        output.WriteLine(HuaweiVrpCorpus.Header);
        rows.ForEach(output.WriteLine);
        Assert.NotEmpty(rows);
    }

    [CorpusFact]
    public void Core_SW1_has_VLANIF_gateways_whose_VRRP_lines_are_known()
    {
        var facts = HuaweiVrpCorpus.Parse("huawei-vrp", "huangxuxiao__Medium-Sized-Enterprise-Network-Design__Core_SW1.cfg");

        Assert.Equal("Core_SW1", facts.Hostname);
        Assert.True(facts.Complete);
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 81, 82, 100], facts.Vlans.Select(v => v.Id));
        var vlanif10 = Interface(facts, "Vlanif10");
        Assert.Equal(10, vlanif10.SviVlan);
        Assert.Equal([new InterfaceAddress(Ipv4Address.Parse("192.168.10.253"), 24)], vlanif10.Addresses.ToArray());
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.StartsWith("vrrp", StringComparison.Ordinal) || u.Text.StartsWith("dhcp", StringComparison.Ordinal));

        // "port trunk allow-pass vlan 2 to 4094" without "undo … vlan 1": VLAN 1 stays on the trunk.
        var uplink = Interface(facts, "GigabitEthernet0/0/2");
        Assert.Equal(PortMode.Trunk, uplink.Mode);
        Assert.Equal(Enumerable.Range(1, 4094), uplink.TrunkVlans.ToArray());
        Assert.Equal(1, uplink.NativeVlan);
        Assert.False(uplink.AllVlans);

        var routed = Interface(facts, "GigabitEthernet0/0/1");
        Assert.Equal(PortMode.Routed, routed.Mode);
        Assert.True(routed.Shutdown);

        // OSPF is a routing fact the verifier's routing domains follow.
        Assert.Contains(facts.Protocols.Processes, p => p.Protocol == RoutingProtocol.Ospf && p.Process == "1");
        Assert.All(facts.Unparsed.Where(u => u.Section.StartsWith("interface", StringComparison.Ordinal)), u => Assert.True(u.AffectsForwarding));
    }

    [CorpusFact]
    public void AR1_binds_acl_3000_inbound_on_its_dot1q_subinterfaces()
    {
        var facts = HuaweiVrpCorpus.Parse("huawei-vrp", "huangxuxiao__Medium-Sized-Enterprise-Network-Design__AR1-edge-router.cfg");

        Assert.Equal("AR1", facts.Hostname);
        var acl3000 = Assert.Single(facts.Acls, a => a.Id == "3000");
        Assert.Collection(
            acl3000.Rules,
            r =>
            {
                Assert.Equal((5, AclAction.Deny, Protocol.Ip), (r.Sequence, r.Action, r.Protocol));
                Assert.Equal(new AddressMatch(Ipv4Address.Parse("192.168.50.0"), 0xFF), r.Source);
                Assert.Equal(AddressMatch.Any, r.Destination);
            },
            r => Assert.Equal((10, AclAction.Permit, AddressMatch.Any, AddressMatch.Any), (r.Sequence!.Value, r.Action, r.Source, r.Destination)));

        // The basic ACL 2000 used by NAT: source only, protocol ip, destination any.
        var acl2000 = Assert.Single(facts.Acls, a => a.Id == "2000");
        Assert.Equal(6, acl2000.Rules.Length);
        Assert.All(acl2000.Rules, r => Assert.Equal((Protocol.Ip, AddressMatch.Any), (r.Protocol, r.Destination)));

        foreach (var name in new[] { "GigabitEthernet0/0/1.82", "GigabitEthernet0/0/2.83", "GigabitEthernet0/0/1", "GigabitEthernet0/0/2" })
        {
            Assert.Equal("3000", Interface(facts, name).AclIn);
        }

        var sub = Interface(facts, "GigabitEthernet0/0/1.82");
        Assert.Equal(PortMode.Routed, sub.Mode);
        Assert.Equal([new InterfaceAddress(Ipv4Address.Parse("10.0.2.1"), 30)], sub.Addresses.ToArray());

        // The sub-interface is an L3 interface in the VLAN it terminates, carried tagged on its parent's link; NAT is a fact.
        Assert.Equal(82, sub.SviVlan);
        Assert.Equal([82], Interface(facts, "GigabitEthernet0/0/1").SubinterfaceVlans.ToArray());
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.StartsWith("dot1q", StringComparison.Ordinal));
        Assert.Contains(facts.Nat, n => n is { Kind: NatKind.Outbound, Acl: "2000" });
        Assert.Equal([(Ipv4Prefix.Parse("0.0.0.0/0"), (Ipv4Address?)Ipv4Address.Parse("203.0.113.1"))], facts.Routes.Select(r => (r.Prefix, r.NextHop)));
    }

    [CorpusFact]
    public void Agg_SW1_reads_vlan_batch_and_trunk_ranges_written_with_to()
    {
        var facts = HuaweiVrpCorpus.Parse("huawei-vrp", "huangxuxiao__Medium-Sized-Enterprise-Network-Design__Agg_SW1.cfg");

        Assert.Equal("Agg_SW_1", facts.Hostname);
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 81, 100], facts.Vlans.Select(v => v.Id));
        Assert.Equal([1, 10, 20, 30, 40, 50, 60, 70, 80, 81, 100], Interface(facts, "GigabitEthernet0/0/1").TrunkVlans.ToArray());
        var ap = Interface(facts, "GigabitEthernet0/0/5");
        Assert.Equal((PortMode.Trunk, 100), (ap.Mode, ap.NativeVlan));
        Assert.Equal("Link_To_AP1", ap.Description);
        Assert.True(facts.Complete);
    }

    [CorpusFact]
    public void R1_session_output_before_the_config_is_not_configuration_and_never_read_as_config()
    {
        var facts = HuaweiVrpCorpus.Parse("huawei-vrp", "maciejtoki__Huawei_ensp_project__R1-core-router.cfg");

        // 101 lines of display bgp peer, display isis peer and ping output come before "[R1]display cu": none is a config line.
        Assert.Equal("R1", facts.Hostname);
        Assert.Empty(facts.Unparsed);
        Assert.DoesNotContain(facts.Interfaces, i => i.Line <= 102);
        Assert.Equal(
            ["GigabitEthernet0/0/1", "GigabitEthernet0/0/2", "GigabitEthernet0/0/3.15", "GigabitEthernet0/0/3.51", "LoopBack0"],
            facts.Interfaces.Where(i => i.Addresses.Length > 0).Select(i => i.Name));
    }

    [CorpusFact]
    public void A_USG_virtual_system_is_reported_and_its_routes_stay_out_of_the_device_facts()
    {
        var facts = HuaweiVrpCorpus.Parse("firewall", "maciejtoki__Huawei_ensp_project__FW1-USG6000V-HRP.cfg");

        Assert.Equal("FW1", facts.Hostname);
        Assert.Empty(facts.Routes);
        Assert.Contains(facts.Unparsed, u => u.Text == "ip route-static 0.0.0.0 0.0.0.0 172.16.10.2" && u.Section == "switch vsys internal" && u.AffectsForwarding);
        Assert.Contains(facts.Unparsed, u => u.Text.StartsWith("ip route-static 192.168.10.0 255.255.255.0 vpn-instance", StringComparison.Ordinal) && u.AffectsForwarding);
        Assert.Contains(facts.Unparsed, u => u.Text == "add interface GigabitEthernet1/0/1.1000" && u.AffectsForwarding);
        Assert.DoesNotContain(facts.Unparsed, u => u.Section == "aaa" && u.AffectsForwarding);
    }

    [CorpusFact]
    public void A_CloudEngine_saved_config_with_comment_headers_reads()
    {
        var facts = HuaweiVrpCorpus.Parse("huawei-vrp", "maciejtoki__Huawei_ensp_project__Leaf2-CE12800-saved.cfg");

        Assert.Equal("Leaf2", facts.Hostname);
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.StartsWith('!'));
        Assert.Equal(PortMode.Routed, Interface(facts, "GE1/0/1").Mode);
        Assert.Equal(PortMode.Dynamic, Interface(facts, "GE1/0/2").Mode);
    }

    // ---- VRP forms and defaults ----------------------------------------------------------------

    [Fact]
    public void Trunk_VLAN_lines_accumulate_and_undo_removes()
    {
        var facts = Parse("""
            interface GigabitEthernet0/0/1
             port link-type trunk
             port trunk allow-pass vlan 10 20 to 22
             port trunk allow-pass vlan 30
             undo port trunk allow-pass vlan 1 21
             port trunk pvid vlan 10
            #
            interface GigabitEthernet0/0/2
             port link-type trunk
             port trunk allow-pass vlan all
            #
            interface GigabitEthernet0/0/3
             port link-type trunk
             port trunk allow-pass vlan all
             undo port trunk allow-pass vlan 1
            #
            interface GigabitEthernet0/0/4
             port link-type hybrid
             port hybrid pvid vlan 5
             port hybrid tagged vlan 6 to 7
             port hybrid untagged vlan 5
            #
            return
            """);

        var trunk = Interface(facts, "GigabitEthernet0/0/1");
        Assert.Equal([10, 20, 22, 30], trunk.TrunkVlans.ToArray());
        Assert.Equal(10, trunk.NativeVlan);
        var all = Interface(facts, "GigabitEthernet0/0/2");
        Assert.True(all.AllVlans);
        Assert.Equal(4094, all.TrunkVlans.Length);
        var allButOne = Interface(facts, "GigabitEthernet0/0/3");
        Assert.False(allButOne.AllVlans);
        Assert.Equal(Enumerable.Range(2, 4093), allButOne.TrunkVlans.ToArray());
        var hybrid = Interface(facts, "GigabitEthernet0/0/4");
        Assert.Equal((PortMode.Trunk, 5), (hybrid.Mode, hybrid.NativeVlan));
        Assert.Equal([1, 5, 6, 7], hybrid.TrunkVlans.ToArray());
        Assert.Empty(facts.Unparsed);
    }

    [Fact]
    public void Port_modes_follow_link_type_portswitch_and_addresses()
    {
        var facts = Parse("""
            interface GigabitEthernet0/0/1
             port link-type access
            interface GigabitEthernet0/0/2
             undo portswitch
            interface GigabitEthernet0/0/3
             ip address 10.0.0.1 30
             ip address 10.0.1.1 255.255.255.0 sub
            interface GigabitEthernet0/0/4
            interface Vlanif20
             ip address 10.0.20.1 255.255.255.0
            interface LoopBack0
             ip address 1.1.1.1 255.255.255.255
            return
            """);

        var access = Interface(facts, "GigabitEthernet0/0/1");
        Assert.Equal((PortMode.Access, 1), (access.Mode, access.AccessVlan!.Value));
        Assert.Equal(PortMode.Routed, Interface(facts, "GigabitEthernet0/0/2").Mode);
        var routed = Interface(facts, "GigabitEthernet0/0/3");
        Assert.Equal(PortMode.Routed, routed.Mode);
        Assert.Equal(["10.0.0.1/30", "10.0.1.1/24"], routed.Addresses.Select(a => a.ToString()));
        Assert.Equal(PortMode.Dynamic, Interface(facts, "GigabitEthernet0/0/4").Mode);
        var svi = Interface(facts, "Vlanif20");
        Assert.Equal((PortMode.Unknown, 20), (svi.Mode, svi.SviVlan!.Value));
        var loopback = Interface(facts, "LoopBack0");
        Assert.True(loopback.Loopback);
        Assert.Empty(facts.Unparsed);
    }

    [Fact]
    public void Advanced_rules_read_ports_by_number_and_name_protocol_numbers_and_flags()
    {
        var facts = Parse("""
            acl number 3001
             rule 5 permit tcp source 10.1.1.0 0.0.0.255 destination 10.2.2.2 0 destination-port eq www
             rule 5 description web to the portal
             rule 10 permit udp source any source-port range bootps bootpc destination any
             rule 15 permit 6 source 10.1.1.1 0 source-port gt 1023 destination any destination-port lt 1024 tcp-flag established logging
             rule 20 permit 17 destination 10.9.9.9 0 destination-port eq snmp
             rule 25 permit 1 destination any
             rule 30 deny 47
             rule 35 deny ip
            return
            """);

        var rules = Assert.Single(facts.Acls).Rules;
        Assert.Equal([5, 10, 15, 20, 25, 30, 35], rules.Select(r => r.Sequence!.Value));
        Assert.Equal([80], rules[0].DestinationPorts.Ranges.Select(r => r.From));
        Assert.Equal(AddressMatch.Host(Ipv4Address.Parse("10.2.2.2")), rules[0].Destination);
        Assert.Equal("web to the portal", rules[0].Remark);
        Assert.Equal([new PortRange(67, 68)], rules[1].SourcePorts.Ranges.ToArray());
        Assert.Equal((Protocol.Tcp, true), (rules[2].Protocol, rules[2].Established));
        Assert.Equal([new PortRange(1024, 65535)], rules[2].SourcePorts.Ranges.ToArray());
        Assert.Equal([new PortRange(0, 1023)], rules[2].DestinationPorts.Ranges.ToArray());
        Assert.Equal((Protocol.Udp, 161), (rules[3].Protocol, rules[3].DestinationPorts.Ranges[0].From));
        Assert.Equal(Protocol.Icmp, rules[4].Protocol);
        Assert.Equal((Protocol.Ip, (int?)47), (rules[5].Protocol, rules[5].ProtocolNumber));
        Assert.Empty(facts.Unparsed);
    }

    [Fact]
    public void Rules_are_ordered_by_id_as_the_device_evaluates_them_and_unnumbered_rules_follow()
    {
        var facts = Parse("""
            acl 3002
             rule 20 deny ip
             rule 10 permit tcp destination-port eq 22
             rule permit udp
            """);

        Assert.Equal([10, 20, null], Assert.Single(facts.Acls).Rules.Select(r => r.Sequence));
        Assert.False(facts.Complete);
    }

    [Fact]
    public void A_narrowing_option_is_dropped_from_a_permit_but_a_deny_with_one_is_reported()
    {
        var facts = Parse("""
            acl number 3003
             rule 5 permit ip source 10.0.0.0 0.255.255.255 time-range worktime
             rule 10 deny ip source 10.0.0.0 0.255.255.255 time-range worktime
             rule 15 permit icmp icmp-type echo
             rule 20 deny tcp tcp-flag syn
             rule 25 permit ip source 10.0.0.0 0.0.0.255 source 10.0.1.0 0.0.0.255
             rule 30 permit ip destination-port eq 80
             rule 35 permit tcp bogus
             rule 40 permit ip logging logging
             rule 45 permit tcp source-port eq 80 logging source-port eq 81
            """);

        Assert.Equal([5, 15], Assert.Single(facts.Acls).Rules.Select(r => r.Sequence!.Value));
        Assert.Equal([3, 5, 6, 7, 8, 9, 10], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.Equal(("acl number 3003", true), (u.Section, u.AffectsForwarding)));
    }

    [Fact]
    public void An_auto_ordered_ACL_reports_its_header_and_IPv6_and_layer_2_rules_are_reported()
    {
        var facts = Parse("""
            acl number 3000 match-order auto
             rule 5 permit ip
            acl ipv6 number 3001
             rule 5 permit ipv6
            acl number 4000
             rule 5 permit source-mac 0000-0000-0001
            """);

        Assert.Equal(["3000", "4000"], facts.Acls.Select(a => a.Id));
        Assert.Single(facts.Acls[0].Rules);
        Assert.Empty(facts.Acls[1].Rules);
        Assert.Equal([3, 4, 6], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding));
        Assert.Equal((1, UnprovenKind.AclAutoOrder), facts.Protocols.Unproven.Select(u => (u.Line, u.Kind)).Single());
    }

    [Fact]
    public void Named_ACLs_bind_by_name_or_number_and_basic_ACLs_match_on_source_only()
    {
        var facts = Parse("""
            acl name WEB 3010
             rule 5 permit tcp destination-port eq 443
            acl name LOCAL basic
             rule 5 permit source 192.168.1.0 0.0.0.255
             rule 10 deny destination any
            interface GigabitEthernet0/0/1
             traffic-filter inbound acl name WEB
             traffic-filter outbound acl name LOCAL
            interface GigabitEthernet0/0/2
             traffic-filter inbound acl 3010
            """);

        Assert.Equal(["3010", "LOCAL"], facts.Acls.Select(a => a.Id));
        Assert.Equal(("3010", "LOCAL"), (Interface(facts, "GigabitEthernet0/0/1").AclIn, Interface(facts, "GigabitEthernet0/0/1").AclOut));
        Assert.Equal("3010", Interface(facts, "GigabitEthernet0/0/2").AclIn);
        var basic = Assert.Single(facts.Acls[1].Rules);
        Assert.Equal((Protocol.Ip, AddressMatch.Any), (basic.Protocol, basic.Destination));
        Assert.Equal("rule 10 deny destination any", Assert.Single(facts.Unparsed).Text);
    }

    [Fact]
    public void Static_routes_read_masks_lengths_interfaces_and_options_and_report_VPN_routes()
    {
        var facts = Parse("""
            ip route-static 0.0.0.0 0.0.0.0 10.0.0.1
            ip route-static 10.1.0.0 16 Vlanif10 10.0.10.2 preference 70 description to-branch
            ip route-static 192.0.2.0 255.255.255.0 NULL0
            ip route-static vpn-instance A 10.2.0.0 16 10.0.0.9
            ip route-static 10.3.0.0 255.0.255.0 10.0.0.1
            ipv6 route-static :: 0 2001:db8::1
            """);

        Assert.Equal(
            ["0.0.0.0/0 10.0.0.1 ", "10.1.0.0/16 10.0.10.2 Vlanif10", "192.0.2.0/24  NULL0"],
            facts.Routes.Select(r => $"{r.Prefix} {r.NextHop} {r.Interface}"));
        Assert.Equal([5], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding));
        Assert.Equal("A 10.2.0.0/16 10.0.0.9 4", string.Join(' ', facts.Protocols.VrfRoutes.Select(v => $"{v.Vrf} {v.Route.Prefix} {v.Route.NextHop} {v.Route.Line}")));

        // An IPv6 route is recognised, and recorded as forwarding the verifier does not prove.
        Assert.Equal((6, UnprovenKind.Ipv6), (Assert.Single(facts.Unproven).Line, facts.Unproven[0].Kind));
    }

    [Fact]
    public void Management_servers_are_read_wherever_VRP_writes_them()
    {
        var facts = Parse("""
            ntp-service unicast-server 10.0.0.123 source-interface Vlanif100
            info-center loghost 10.0.0.14 channel 2
            info-center loghost source Vlanif100
            dns server 10.0.0.53
            snmp-agent target-host trap address udp-domain 10.0.0.15 udp-port 162 params securityname x v3 privacy
            hwtacacs-server template t
             hwtacacs-server authentication 10.0.0.49
             hwtacacs-server authorization 10.0.0.50 secondary
             hwtacacs-server shared-key cipher xyz
            radius-server template r
             radius-server authentication 10.0.0.60 1812 weight 80
            ntp-service unicast-server ipv6 2001:db8::1
            """);

        Assert.Equal(
            ["Ntp 10.0.0.123", "Syslog 10.0.0.14", "Dns 10.0.0.53", "Snmp 10.0.0.15", "Aaa 10.0.0.49", "Aaa 10.0.0.50", "Aaa 10.0.0.60"],
            facts.Management.Select(m => $"{m.Kind} {m.Address}"));
        var ipv6 = Assert.Single(facts.Unparsed);
        Assert.Equal((12, false), (ipv6.Line, ipv6.AffectsForwarding));
    }

    [Fact]
    public void Unknown_lines_are_reported_with_their_section_and_whether_they_can_change_forwarding()
    {
        var facts = Parse("""
            sysname SW
            header login information "hello"
            bogus global thing
            ip vpn-instance A
             frobnicate 1:1
            vlan 10
             mux-vlan
            interface GigabitEthernet0/0/1
             mac-vlan enable
             stp edged-port enable
            user-interface vty 0 4
             authentication-mode aaa
             mystery-option on
            aaa
             domain d
              weird-thing
            """);

        Assert.Equal(
            [
                (3, "global", false), (5, "ip vpn-instance A", true), (7, "vlan 10", true),
                (9, "interface GigabitEthernet0/0/1", true), (13, "user-interface vty 0 4", false), (16, "domain d", false),
            ],
            facts.Unparsed.Select(u => (u.Line, u.Section, u.AffectsForwarding)));
        Assert.Equal(16, facts.ConfigLines);
    }

    [Fact]
    public void Saved_config_globals_indented_after_a_hash_are_global_lines_not_part_of_the_section_above()
    {
        var facts = Parse("""
            [V200R003C00]
            #
             sysname AR9
            #
            interface NULL0
            #
             undo info-center enable
            #
             snmp-agent local-engineid 800007DB03000000000000
            #
            return
            """);

        Assert.Equal("AR9", facts.Hostname);
        Assert.Empty(facts.Unparsed);
        Assert.True(facts.Complete);
    }

    [Fact]
    public void Empty_and_hostile_inputs_give_empty_incomplete_facts()
    {
        foreach (var text in new[] { string.Empty, "\0\0\0", "\r\n\r\n", "#\n#\n", new string(' ', 100) + "x", "return extra" })
        {
            var facts = HuaweiVrpConfigParser.Parse(text, "x.cfg");
            Assert.False(facts.Complete);
            Assert.Null(facts.Hostname);
            Assert.Empty(facts.Interfaces);
        }
    }

    [Fact]
    public void Bpdus_to_the_cpu_are_understood_and_an_unknown_interface_line_still_affects_forwarding()
    {
        var facts = Parse("sysname A\ninterface GigabitEthernet0/0/1\n bpdu enable\n undo bpdu enable\n frobnicate 7\nreturn\n");

        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal(("frobnicate 7", true), (unparsed.Text, unparsed.AffectsForwarding));
    }

    private static DeviceFacts Parse(string text) => HuaweiVrpConfigParser.Parse(text, "test.cfg");

    private static InterfaceFact Interface(DeviceFacts facts, string name) => Assert.Single(facts.Interfaces, i => i.Name == name);
}
