using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Parsing;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// A port whose mode the config leaves unsaid gets its dialect's factory default, and a port that
/// may negotiate a trunk is Dynamic: what the config does not prove closed counts as open.
/// </summary>
public sealed class FactoryDefaultTests
{
    [Fact]
    public void Cisco_switch_ports_without_a_mode_negotiate_and_carry_every_vlan()
    {
        var facts = CiscoIosConfigParser.Parse(
            "interface GigabitEthernet1/0/1\n switchport access vlan 500\n!\ninterface GigabitEthernet1/0/2\n!\n" +
            "interface GigabitEthernet1/0/3\n switchport mode access\n!\ninterface Vlan500\n ip address 10.0.0.1 255.255.255.0\n!\nend\n",
            "test.cfg");

        var port = Interface(facts, "GigabitEthernet1/0/1");
        Assert.Equal((PortMode.Dynamic, (int?)500, true), (port.Mode, port.AccessVlan, port.AllVlans));
        var bare = Interface(facts, "GigabitEthernet1/0/2");
        Assert.Equal((PortMode.Dynamic, (int?)1, true), (bare.Mode, bare.AccessVlan, bare.AllVlans));
        Assert.Equal(PortMode.Access, Interface(facts, "GigabitEthernet1/0/3").Mode);
        Assert.Equal(PortMode.Routed, Interface(facts, "Vlan500").Mode);
    }

    [Theory]
    [InlineData("dynamic auto")]
    [InlineData("dynamic desirable")]
    public void Cisco_dtp_modes_are_dynamic_with_their_trunk_list(string mode)
    {
        var facts = CiscoIosConfigParser.Parse(
            $"interface GigabitEthernet1/0/1\n switchport mode {mode}\n switchport access vlan 116\n switchport trunk native vlan 9\n switchport trunk allowed vlan 116,500\n!\nend\n",
            "test.cfg");

        var port = Assert.Single(facts.Interfaces);
        Assert.Equal((PortMode.Dynamic, (int?)116, (int?)9, false), (port.Mode, port.AccessVlan, port.NativeVlan, port.AllVlans));
        Assert.Equal([116, 500], port.TrunkVlans.ToArray());
        Assert.Empty(facts.Unparsed);
    }

    [Fact]
    public void A_cisco_router_port_without_switchport_lines_stays_routed()
    {
        var facts = CiscoIosConfigParser.Parse("interface GigabitEthernet0/0\n no ip address\n!\nend\n", "test.cfg");
        Assert.Equal(PortMode.Routed, Assert.Single(facts.Interfaces).Mode);
    }

    [Theory]
    [InlineData("hostname R1\nend\n", true)]
    [InlineData("hostname R1\nno ip routing\nend\n", false)]
    [InlineData("hostname R1\nno ip routing\nip routing\nend\n", true)]
    public void Cisco_no_ip_routing_turns_routing_off(string config, bool routing)
    {
        var facts = CiscoIosConfigParser.Parse(config, "test.cfg");
        Assert.Equal(routing, facts.Routing);
        Assert.Empty(facts.Unparsed);
    }

    [Theory]
    [InlineData("negotiation-auto")]
    [InlineData("negotiation-desirable")]
    public void Huawei_negotiation_link_types_are_dynamic(string type)
    {
        var facts = HuaweiVrpConfigParser.Parse(
            $"interface GigabitEthernet0/0/1\n port link-type {type}\n port default vlan 116\n port trunk allow-pass vlan 116 500\n#\nreturn\n",
            "test.cfg");

        var port = Assert.Single(facts.Interfaces);
        Assert.Equal((PortMode.Dynamic, (int?)116, (int?)1, false), (port.Mode, port.AccessVlan, port.NativeVlan, port.AllVlans));
        Assert.Equal([1, 116, 500], port.TrunkVlans.ToArray());
        Assert.DoesNotContain(facts.Unparsed, u => u.AffectsForwarding);
    }

    [Fact]
    public void A_huawei_ethernet_port_without_a_link_type_negotiates_and_allows_every_vlan()
    {
        var facts = HuaweiVrpConfigParser.Parse(
            "interface GigabitEthernet0/0/2\n#\ninterface Eth-Trunk1\n#\ninterface Vlanif10\n ip address 10.0.0.1 255.255.255.0\n#\ninterface GigabitEthernet0/0/3.10\n#\nreturn\n",
            "test.cfg");

        var port = Interface(facts, "GigabitEthernet0/0/2");
        Assert.Equal((PortMode.Dynamic, (int?)1, true), (port.Mode, port.AccessVlan, port.AllVlans));
        Assert.Equal(PortMode.Dynamic, Interface(facts, "Eth-Trunk1").Mode);
        Assert.Equal(PortMode.Unknown, Interface(facts, "Vlanif10").Mode);
        Assert.NotEqual(PortMode.Dynamic, Interface(facts, "GigabitEthernet0/0/3.10").Mode);
    }

    [Fact]
    public void A_comware_bridge_port_without_a_link_type_is_an_access_port_in_vlan_1()
    {
        var facts = H3cComwareConfigParser.Parse(
            "interface GigabitEthernet1/0/1\n port link-mode bridge\n#\ninterface GigabitEthernet1/0/2\n#\ninterface Ten-GigabitEthernet1/0/49\n#\n" +
            "interface GigabitEthernet1/0/3\n port link-mode route\n#\ninterface LoopBack0\n#\nreturn\n",
            "test.cfg");

        Assert.Equal((PortMode.Access, (int?)1), (Interface(facts, "GigabitEthernet1/0/1").Mode, Interface(facts, "GigabitEthernet1/0/1").AccessVlan));
        Assert.Equal((PortMode.Access, (int?)1), (Interface(facts, "GigabitEthernet1/0/2").Mode, Interface(facts, "GigabitEthernet1/0/2").AccessVlan));
        Assert.Equal(PortMode.Access, Interface(facts, "Ten-GigabitEthernet1/0/49").Mode);
        Assert.Equal(PortMode.Routed, Interface(facts, "GigabitEthernet1/0/3").Mode);
        Assert.Equal(PortMode.Routed, Interface(facts, "LoopBack0").Mode);
    }

    [Fact]
    public void A_comware_hybrid_port_reports_the_vlans_it_sends_untagged()
    {
        var facts = H3cComwareConfigParser.Parse(
            "interface GigabitEthernet1/0/1\n port link-type hybrid\n port hybrid vlan 10 20 tagged\n port hybrid vlan 30 untagged\n port hybrid pvid vlan 30\n#\nreturn\n",
            "test.cfg");

        var port = Assert.Single(facts.Interfaces);
        Assert.Equal((PortMode.Trunk, (int?)30), (port.Mode, port.NativeVlan));
        Assert.Equal([1, 10, 20, 30], port.TrunkVlans.ToArray());
        Assert.Equal([1, 30], port.UntaggedVlans.ToArray());
    }

    [Fact]
    public void A_huawei_hybrid_port_reports_the_vlans_it_sends_untagged()
    {
        var facts = HuaweiVrpConfigParser.Parse(
            "interface GigabitEthernet0/0/1\n port link-type hybrid\n undo port hybrid vlan 1\n port hybrid tagged vlan 10 20\n port hybrid untagged vlan 30\n port hybrid pvid vlan 30\n#\nreturn\n",
            "test.cfg");

        var port = Assert.Single(facts.Interfaces);
        Assert.Equal((PortMode.Trunk, (int?)30), (port.Mode, port.NativeVlan));
        Assert.Equal([10, 20, 30], port.TrunkVlans.ToArray());
        Assert.Equal([30], port.UntaggedVlans.ToArray());
    }
}
