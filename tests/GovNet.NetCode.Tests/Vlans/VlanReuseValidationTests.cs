using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Vlans;

/// <summary>NC3108 scoped to layer-2 domains: one VLAN id in two domains that never meet is two broadcast domains.</summary>
public sealed class VlanReuseValidationTests
{
    [Fact]
    public void Two_segments_of_a_plane_on_one_VLAN_behind_separate_gateways_are_valid()
    {
        using var repo = VlanReuseRepo.Create();
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void An_access_port_of_one_on_the_others_gateway_makes_them_meet_at_that_device()
    {
        // forest's VLAN now runs from EXT-DIST-03 over the core down to EXT-DIST-02, which already has water's VLAN 300.
        using var repo = VlanReuseRepo.Create()
            .Replace(VlanReuseRepo.WaterDistribution, "segment: water@dedicated }\n", "segment: water@dedicated }\n  - { name: GigabitEthernet0/0/5, mode: access, segment: forest@dedicated }\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), Codes.VlanReused, VlanReuseRepo.Water, VlanReuseRepo.VlanLine, VlanReuseRepo.VlanColumn);
        Assert.StartsWith("VLAN 300 of segment water@dedicated is already used by segment forest@dedicated (policy/units/forest.yaml:3:30) in a layer-2 domain that meets this one at device EXT-DIST-02, in plane external", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceSpan(VlanReuseRepo.Forest, VlanReuseRepo.VlanLine, VlanReuseRepo.VlanColumn), Assert.Single(diagnostic.Related));
    }

    [Fact]
    public void A_trunk_listing_the_VLAN_between_the_two_domains_joins_them_over_that_cable()
    {
        using var repo = VlanReuseRepo.Joined();
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), Codes.VlanReused, VlanReuseRepo.Water, VlanReuseRepo.VlanLine, VlanReuseRepo.VlanColumn);
        Assert.Contains("meets this one at the cable EXT-DIST-02 GigabitEthernet0/0/9 – EXT-DIST-03 GigabitEthernet0/0/9", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_access_ports_cabled_together_join_their_segments_domains()
    {
        // Untagged frames cross an access-to-access cable, whatever the VLAN ids at its ends.
        using var repo = VlanReuseRepo.Create()
            .Replace(VlanReuseRepo.WaterDistribution, "interfaces:\n", "interfaces:\n  - { name: GigabitEthernet0/0/10, link: \"EXT-DIST-03:GigabitEthernet0/0/10\", mode: access, segment: water@dedicated }\n")
            .Replace(VlanReuseRepo.ForestDistribution, "interfaces:\n", "interfaces:\n  - { name: GigabitEthernet0/0/10, link: \"EXT-DIST-02:GigabitEthernet0/0/10\", mode: access, segment: forest@dedicated }\n");
        var diagnostic = DiagnosticAssert.Reports(repo.Validate(), Codes.VlanReused, VlanReuseRepo.Water, VlanReuseRepo.VlanLine, VlanReuseRepo.VlanColumn);
        Assert.Contains("the cable EXT-DIST-02 GigabitEthernet0/0/10 – EXT-DIST-03 GigabitEthernet0/0/10", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_gateway_for_both_is_a_clash_there()
    {
        using var repo = VlanReuseRepo.Create()
            .Replace(VlanReuseRepo.WaterDistribution, "gateway-for: [water@dedicated]", "gateway-for: [water@dedicated, forest@dedicated]")
            .Replace(VlanReuseRepo.ForestDistribution, "gateway-for: [forest@dedicated]\n", string.Empty);
        var diagnostic = DiagnosticAssert.Reports(repo.Validate(), Codes.VlanReused, VlanReuseRepo.Water, VlanReuseRepo.VlanLine, VlanReuseRepo.VlanColumn);
        Assert.Contains("at device EXT-DIST-02", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reused_VLAN_equal_to_the_management_VLAN_is_still_a_clash_with_the_management_network()
    {
        using var repo = VlanReuseRepo.Create()
            .Replace(VlanReuseRepo.Water, "vlan: 300", "vlan: 100")
            .Replace(VlanReuseRepo.Forest, "vlan: 300", "vlan: 100");
        var result = repo.Validate();
        foreach (var unit in new[] { VlanReuseRepo.Water, VlanReuseRepo.Forest })
        {
            var diagnostic = DiagnosticAssert.Reports(result, Codes.VlanReused, unit, VlanReuseRepo.VlanLine, VlanReuseRepo.VlanColumn);
            Assert.Contains("already used by the management network of plane external", diagnostic.Message, StringComparison.Ordinal);
        }
    }
}
