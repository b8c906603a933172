using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Parsing;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>Comware port forms: trunk and hybrid VLAN lists, access VLANs and link modes.</summary>
public sealed class H3cComwareParserPortTests
{
    [Fact]
    public void Trunk_vlans_accumulate_and_vlan_1_is_permitted_until_removed()
    {
        var facts = H3cComwareConfigParser.Parse("""
            interface GigabitEthernet1/0/1
             port link-type trunk
             port trunk permit vlan 10 to 12 30
             port trunk permit vlan 40
             undo port trunk permit vlan 11
            #
            interface GigabitEthernet1/0/2
             port link-type trunk
             undo port trunk permit vlan 1
             port trunk permit vlan all
            #
            interface Bridge-Aggregation1
             port link-type hybrid
             port hybrid vlan 20 tagged
             port hybrid vlan 21 untagged
             port hybrid pvid vlan 21
            #
            interface GigabitEthernet1/0/3
             port access vlan 7
            #
            interface GigabitEthernet1/0/4
             port link-mode bridge
             port link-type access
            """, "t.cfg");

        var first = Interface(facts, "GigabitEthernet1/0/1");
        Assert.Equal((PortMode.Trunk, 1), (first.Mode, first.NativeVlan));
        Assert.Equal([1, 10, 12, 30, 40], first.TrunkVlans.ToArray());
        Assert.True(Interface(facts, "GigabitEthernet1/0/2").AllVlans);
        var hybrid = Interface(facts, "Bridge-Aggregation1");
        Assert.Equal((PortMode.Trunk, 21), (hybrid.Mode, hybrid.NativeVlan));
        Assert.Equal([1, 20, 21], hybrid.TrunkVlans.ToArray());
        Assert.Equal((PortMode.Access, 7), (Interface(facts, "GigabitEthernet1/0/3").Mode, Interface(facts, "GigabitEthernet1/0/3").AccessVlan));
        Assert.Equal((PortMode.Access, 1), (Interface(facts, "GigabitEthernet1/0/4").Mode, Interface(facts, "GigabitEthernet1/0/4").AccessVlan));
        Assert.False(facts.Complete);
    }
}
