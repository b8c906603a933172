using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// Reachability of a segment's gateway over trunks with explicit VLAN lists. The rule walks once per
/// gateway for VLANs no trunk lists and once per VLAN for listed ones; both paths are pinned here.
/// In the mini repository EXT-ACC-01 carries finance@public (VLAN 110) and center@dedicated (VLAN 201).
/// </summary>
public sealed class GatewayReachabilityTests
{
    private const string Access = "inventory/devices/EXT-ACC-01.yaml";
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";
    private const string AccessUplink = """link: "EXT-CORE-01:GigabitEthernet0/0/1", mode: trunk, vlans: auto""";
    private const string CoreDownlink = """link: "EXT-ACC-01:GigabitEthernet1/0/24", mode: trunk, vlans: auto""";

    [Fact]
    public void A_trunk_listing_every_vlan_at_both_ends_reaches_the_gateway()
    {
        using var repo = new MiniRepo()
            .Replace(Access, AccessUplink, AccessUplink.Replace("auto", "[110, 201]", StringComparison.Ordinal))
            .Replace(Core, CoreDownlink, CoreDownlink.Replace("auto", "[201, 110]", StringComparison.Ordinal));
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void A_vlan_no_trunk_lists_is_cut_off_by_a_list_at_one_end()
    {
        // 201 is listed nowhere, so it is judged by the auto trunks alone; 110 is listed at one end and auto at the other.
        using var repo = new MiniRepo().Replace(Access, AccessUplink, AccessUplink.Replace("auto", "[110]", StringComparison.Ordinal));
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5115", Access, 9, 58);
    }

    [Fact]
    public void A_listed_vlan_missing_from_the_far_end_list_is_cut_off()
    {
        using var repo = new MiniRepo()
            .Replace(Access, AccessUplink, AccessUplink.Replace("auto", "[110, 201]", StringComparison.Ordinal))
            .Replace(Core, CoreDownlink, CoreDownlink.Replace("auto", "[110]", StringComparison.Ordinal));
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5115", Access, 9, 58);
    }

    [Fact]
    public void Each_segment_is_judged_on_its_own_vlan_behind_the_same_gateway()
    {
        using var repo = new MiniRepo().Replace(Access, AccessUplink, AccessUplink.Replace("auto", "[201]", StringComparison.Ordinal));
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5115", Access, 8, 60);
    }
}
