using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Real captured Huawei configs (the shared corpus, read in place) read without a fault, with their
/// coverage shown, and with the facts each device is known to hold.
/// </summary>
public sealed class HuaweiVrpParserRealConfigTests(ITestOutputHelper output)
{
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
}
