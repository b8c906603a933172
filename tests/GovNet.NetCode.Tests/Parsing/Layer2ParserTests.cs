using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Link aggregation, sub-interfaces, voice VLANs, stacked VLAN tags, port groups, IRF/stack port
/// names and IPv6 as each dialect writes them: facts where the verifier models them, recorded as
/// forwarding it does not prove where it does not, and never counted as unparsed.
/// </summary>
public sealed class Layer2ParserTests
{
    /// <summary>Per dialect: a config with an aggregate trunk carrying VLAN 10, two members (the second on stack/IRF member 2) and the aggregate's name.</summary>
    public static TheoryData<string, string, string> Aggregations() => new()
    {
        {
            "huawei-vrp",
            "interface Eth-Trunk1\n port link-type trunk\n port trunk allow-pass vlan 10\n mode lacp-static\n max active-linknumber 2\n#\n" +
            "interface GigabitEthernet0/0/1\n eth-trunk 1\n#\ninterface GigabitEthernet2/0/1\n eth-trunk 1\n#\nreturn\n",
            "Eth-Trunk1"
        },
        {
            "h3c-comware",
            "interface Bridge-Aggregation1\n port link-type trunk\n port trunk permit vlan 10\n link-aggregation mode dynamic\n#\n" +
            "interface GigabitEthernet1/0/1\n port link-aggregation group 1\n#\ninterface GigabitEthernet2/0/1\n port link-aggregation group 1\n#\nreturn\n",
            "Bridge-Aggregation1"
        },
        {
            "cisco-ios",
            "interface Port-channel1\n switchport mode trunk\n switchport trunk allowed vlan 10\n!\n" +
            "interface GigabitEthernet1/0/1\n channel-group 1 mode active\n!\ninterface GigabitEthernet2/0/1\n channel-group 1 mode on\n!\nend\n",
            "Port-channel1"
        },
    };

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void Aggregation_members_forward_as_their_aggregate(string dialect, string config, string aggregate)
    {
        var facts = Parse(dialect, config);

        Assert.Empty(facts.Unparsed);
        var members = facts.Interfaces.Where(i => i.Aggregate is not null).ToList();
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Equal(aggregate, m.Aggregate));
        Assert.Contains(members, m => m.Name.EndsWith("2/0/1", StringComparison.Ordinal));
        var cabled = LinkAggregation.AsCabled(facts.Interfaces, members[0]);
        Assert.Equal((PortMode.Trunk, members[0].Name, members[0].Line, aggregate), (cabled.Mode, cabled.Name, cabled.Line, cabled.Aggregate));
        Assert.Contains(10, cabled.TrunkVlans);
    }

    [Fact]
    public void A_comware_route_mode_member_joins_the_route_aggregation()
    {
        var facts = Parse("h3c-comware", "interface Route-Aggregation2\n ip address 10.0.0.1 255.255.255.252\n#\ninterface GigabitEthernet1/0/3\n port link-mode route\n port link-aggregation group 2\n#\nreturn\n");
        Assert.Equal("Route-Aggregation2", facts.Interfaces.Single(i => i.Name == "GigabitEthernet1/0/3").Aggregate);
        Assert.Empty(facts.Unparsed);
    }

    /// <summary>Per dialect: a routed parent and its sub-interface terminating VLAN 100.</summary>
    public static TheoryData<string, string, string> Subinterfaces() => new()
    {
        { "huawei-vrp", "interface GigabitEthernet0/0/1\n undo portswitch\n#\ninterface GigabitEthernet0/0/1.100\n dot1q termination vid 100\n ip address 10.0.0.1 255.255.255.0\n arp broadcast enable\n#\nreturn\n", "GigabitEthernet0/0/1" },
        { "h3c-comware", "interface GigabitEthernet1/0/1\n port link-mode route\n#\ninterface GigabitEthernet1/0/1.100\n vlan-type dot1q vid 100\n ip address 10.0.0.1 255.255.255.0\n vlan-termination broadcast enable\n#\nreturn\n", "GigabitEthernet1/0/1" },
        { "cisco-ios", "interface GigabitEthernet0/1\n no ip address\n!\ninterface GigabitEthernet0/1.100\n encapsulation dot1Q 100\n ip address 10.0.0.1 255.255.255.0\n!\nend\n", "GigabitEthernet0/1" },
    };

    [Theory]
    [MemberData(nameof(Subinterfaces))]
    public void A_subinterface_is_an_l3_interface_in_its_vlan_carried_tagged_by_its_parent(string dialect, string config, string parent)
    {
        var facts = Parse(dialect, config);

        Assert.Empty(facts.Unparsed);
        var sub = facts.Interfaces.Single(i => i.Name == parent + ".100");
        Assert.Equal((100, "10.0.0.1/24"), (sub.SviVlan, sub.Addresses.Single().ToString()));
        Assert.Equal([100], facts.Interfaces.Single(i => i.Name == parent).SubinterfaceVlans.ToArray());
    }

    /// <summary>Per dialect: an access port in VLAN 10 with voice VLAN 20.</summary>
    public static TheoryData<string, string> VoicePorts() => new()
    {
        { "huawei-vrp", "interface GigabitEthernet0/0/1\n port link-type access\n port default vlan 10\n voice-vlan 20 enable\n voice-vlan mode auto\n#\nreturn\n" },
        { "h3c-comware", "interface GigabitEthernet1/0/1\n port link-type access\n port access vlan 10\n voice-vlan 20 enable\n voice-vlan mode auto\n#\nreturn\n" },
        { "cisco-ios", "interface GigabitEthernet1/0/1\n switchport mode access\n switchport access vlan 10\n switchport voice vlan 20\n!\nend\n" },
    };

    [Theory]
    [MemberData(nameof(VoicePorts))]
    public void A_voice_vlan_is_carried_tagged_beside_the_access_vlan(string dialect, string config)
    {
        var facts = Parse(dialect, config);

        Assert.Empty(facts.Unparsed);
        var port = Assert.Single(facts.Interfaces);
        Assert.Equal((PortMode.Trunk, (int?)10, false), (port.Mode, port.NativeVlan, port.AllVlans));
        Assert.Equal([20], port.TrunkVlans.ToArray());
    }

    /// <summary>Per dialect: lines whose forwarding the verifier does not prove, and the kind each is recorded as.</summary>
    public static TheoryData<string, string, UnprovenKind[]> UnprovenLines() => new()
    {
        { "huawei-vrp", "interface GigabitEthernet0/0/1\n ipv6 enable\n ipv6 address 2001:db8::1/64\n ipv6 nd autoconfig other-flag\n#\ninterface GigabitEthernet0/0/2\n port vlan-stacking vlan 10 stack-vlan 100\n#\nipv6 route-static :: 0 2001:db8::2\n#\nreturn\n", [UnprovenKind.Ipv6, UnprovenKind.StackedVlans, UnprovenKind.Ipv6] },
        { "h3c-comware", "interface GigabitEthernet1/0/1\n ipv6 address 2001:db8::1/64\n ipv6 nd ra halt\n#\ninterface GigabitEthernet1/0/2\n qinq enable\n#\nipv6 route-static :: 0 2001:db8::2\n#\nreturn\n", [UnprovenKind.Ipv6, UnprovenKind.StackedVlans, UnprovenKind.Ipv6] },
        { "cisco-ios", "ipv6 unicast-routing\n!\ninterface GigabitEthernet0/1\n ipv6 address 2001:db8::1/64\n ipv6 enable\n ipv6 ospf 1 area 0\n!\nipv6 route ::/0 2001:db8::2\nipv6 access-list V6\n permit ipv6 any any\n!\nend\n", [UnprovenKind.Ipv6, UnprovenKind.Ipv6, UnprovenKind.Ipv6] },
    };

    [Theory]
    [MemberData(nameof(UnprovenLines))]
    public void Ipv6_and_stacked_vlans_are_recognised_and_recorded_as_not_proven(string dialect, string config, UnprovenKind[] kinds)
    {
        var facts = Parse(dialect, config);

        Assert.Empty(facts.Unparsed);
        Assert.Equal(kinds, facts.Unproven.Select(u => u.Kind));
    }

    [Fact]
    public void A_vrp_port_group_applies_its_commands_to_each_member()
    {
        var facts = Parse("huawei-vrp", "port-group access-10\n group-member GigabitEthernet0/0/1 to GigabitEthernet0/0/3\n port link-type access\n port default vlan 10\n#\nreturn\n");

        Assert.Empty(facts.Unparsed);
        Assert.Equal(["GigabitEthernet0/0/1", "GigabitEthernet0/0/2", "GigabitEthernet0/0/3"], facts.Interfaces.Select(i => i.Name));
        Assert.All(facts.Interfaces, i => Assert.Equal((PortMode.Access, (int?)10), (i.Mode, i.AccessVlan)));
    }

    [Fact]
    public void A_comware_port_group_names_members_and_reports_any_command_it_holds()
    {
        var facts = Parse("h3c-comware", "port-group manual g1\n group-member GigabitEthernet1/0/1 to GigabitEthernet1/0/4\n port access vlan 10\n#\nreturn\n");

        var line = Assert.Single(facts.Unparsed);
        Assert.Equal(("port access vlan 10", true), (line.Text, line.AffectsForwarding));
    }

    [Fact]
    public void A_comware_qos_behaviour_that_redirects_is_a_policy_next_hop_and_one_that_marks_is_harmless()
    {
        var facts = Parse("h3c-comware", "traffic classifier c\n if-match acl 3000\ntraffic behavior mark\n remark dscp ef\n filter deny\ntraffic behavior pbr\n redirect next-hop 10.0.0.9\nqos policy p\n classifier c behavior mark\n#\nreturn\n");

        Assert.Empty(facts.Unparsed);
        Assert.Equal(Ipv4Address.Parse("10.0.0.9"), Assert.Single(facts.Protocols.PolicyNextHops).NextHop);
    }

    [Fact]
    public void The_ios_zone_firewall_is_read_as_returns_allowed()
    {
        var facts = Parse("cisco-ios",
            "class-map type inspect match-any web\n match protocol http\npolicy-map type inspect in-out\n class type inspect web\n  inspect\n class class-default\n  drop\n" +
            "zone security in\nzone security out\nzone-pair security in-out source in destination out\n service-policy type inspect in-out\n" +
            "interface GigabitEthernet0/1\n zone-member security in\n ip inspect fw out\n!\nend\n");

        Assert.Empty(facts.Unparsed);
        Assert.Empty(facts.Unproven);
    }

    [Theory]
    [InlineData("GigabitEthernet0/0/1", "GigabitEthernet0/0/3", 3)]
    [InlineData("GigabitEthernet2/0/9", "GigabitEthernet2/0/11", 3)]
    [InlineData("GigabitEthernet0/0/3", "GigabitEthernet0/0/1", 0)]
    [InlineData("GigabitEthernet0/0/1", "XGigabitEthernet0/0/2", 0)]
    [InlineData("Vlanif", "Vlanif", 0)]
    public void Port_ranges_differ_only_in_their_last_number(string first, string last, int count) =>
        Assert.Equal(count, PortRanges.Expand(first, last).Count);

    private static DeviceFacts Parse(string dialect, string config) => DialectRegistry.Find(dialect)!.Parse(config, "test.cfg");
}
