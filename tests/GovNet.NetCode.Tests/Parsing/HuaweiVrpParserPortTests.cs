using GovNet.NetCode.Parsing;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;
using static GovNet.NetCode.Tests.Parsing.HuaweiVrpText;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>VRP port forms and defaults: trunk and hybrid VLAN lists, link types and routed ports.</summary>
public sealed class HuaweiVrpParserPortTests
{
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
}
