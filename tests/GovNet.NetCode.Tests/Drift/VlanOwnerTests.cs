using GovNet.NetCode.Drift;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>A VLAN that appears on a port without the policy says whose segment it is: the unit and the zone, by title and id.</summary>
public sealed class VlanOwnerTests
{
    [Fact]
    public void A_vlan_moved_onto_an_access_port_names_the_unit_and_zone_it_belongs_to()
    {
        var report = DriftHarness.CheckOne("EXT-ACC-CZ-01", c => DriftHarness.ReplaceFirst(c, " switchport access vlan 116\n", " switchport access vlan 124\n"));

        var difference = Assert.Single(report.Devices.SelectMany(d => d.Differences), d => d.Rank >= DriftRank.High);
        Assert.Equal("VLAN 124 (segment of unit 佳县审计局 (shenji), zone 公用网络区 (public)) added to a port", difference.Reason);
    }
}
