using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>NC5xxx: references, devices, ports, cables and gateways. One test per code, each one mistake in <see cref="MiniRepo"/>.</summary>
public sealed class InventoryDiagnosticsTests
{
    private const string Network = "policy/network.yaml";
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";
    private const string Access = "inventory/devices/EXT-ACC-01.yaml";
    private const string Egress = "inventory/devices/EXT-EGRESS-01.yaml";
    private const string InternalCore = "inventory/devices/INT-CORE-01.yaml";

    /// <summary>The last interface line of EXT-CORE-01; tests append ports after it.</summary>
    private const string CoreLastPort = "  - { name: GigabitEthernet0/0/10-11, mode: access, segment: center@public }\n";

    private static MiniRepo WithCorePort(string port) => new MiniRepo().Replace(Core, CoreLastPort, CoreLastPort + port + "\n");

    [Fact]
    public void A_service_in_a_misspelt_zone_is_NC5101()
    {
        using var repo = new MiniRepo().Replace("policy/services.yaml", "exchange: { zone: dedicated", "exchange: { zone: dedicate");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5101", "policy/services.yaml", 3, 21);
        Assert.Contains("zone 'dedicate', which network.yaml does not declare; did you mean 'dedicated'? (declared: dedicated, internet-access, office, public)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_in_a_misspelt_plane_is_NC5102()
    {
        using var repo = new MiniRepo().Replace(Network, "dedicated: { plane: external }", "dedicated: { plane: externel }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5102", Network, 17, 23);
        Assert.Contains("plane 'externel', which network.yaml does not declare; did you mean 'external'? (declared: external, internal)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_port_in_a_segment_no_unit_has_is_NC5103()
    {
        using var repo = new MiniRepo().Replace(Access, "segment: center@dedicated", "segment: finance@dedicated");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5103", Access, 9, 58);
        Assert.Contains("segment 'finance@dedicated', which no unit declares", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cable_to_a_device_not_in_the_inventory_is_NC5104()
    {
        using var repo = WithCorePort("  - { name: GigabitEthernet0/0/4, link: \"EXT-DIST-01:GigabitEthernet0/0/1\", mode: routed, address: 10.61.254.1/30 }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5104", Core, 12, 41);
        Assert.Contains("device 'EXT-DIST-01', which the inventory does not hold", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cable_declared_at_one_end_only_is_NC5105_naming_the_far_port()
    {
        using var repo = WithCorePort("  - { name: GigabitEthernet0/0/4, link: \"EXT-ACC-01:GigabitEthernet1/0/9\", mode: trunk, vlans: auto }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5105", Core, 12, 41);
        Assert.Contains("EXT-ACC-01:GigabitEthernet1/0/9 has no link", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(inventory/devices/EXT-ACC-01.yaml:9:5)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cable_between_the_planes_is_NC5106()
    {
        // A cable is declared at both ends, so the mistake takes a line in each device file.
        using var repo = WithCorePort("  - { name: GigabitEthernet0/0/4, link: \"INT-CORE-01:GigabitEthernet1/0/6\", mode: trunk, vlans: auto }")
            .Replace(InternalCore, "segment: center@office }\n",
                "segment: center@office }\n  - { name: GigabitEthernet1/0/6, link: \"EXT-CORE-01:GigabitEthernet0/0/4\", mode: trunk, vlans: auto }\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5106", Core, 12, 41);
        Assert.Contains("(plane external) → INT-CORE-01:GigabitEthernet1/0/6 (plane internal) joins two planes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_core_switch_cabled_to_the_internet_is_NC5107()
    {
        using var repo = new MiniRepo().Replace(Core, "\"upstream:city\"", "internet");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5107", Core, 10, 41);
        Assert.Contains("EXT-CORE-01 is a core device; only egress devices may link to the internet", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_upstream_the_plane_does_not_name_is_NC5108()
    {
        using var repo = new MiniRepo().Replace(Core, "\"upstream:city\"", "\"upstream:province\"");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5108", Core, 10, 41);
        Assert.Contains("upstream network 'province', which plane external does not name (declared: city)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_segment_on_an_external_access_switch_is_NC5109()
    {
        using var repo = new MiniRepo().Replace(Access, "segment: center@dedicated", "segment: center@office");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5109", Access, 9, 58);
        Assert.Contains("carries segment center@office of plane internal", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_no_device_is_gateway_for_is_NC5110()
    {
        using var repo = new MiniRepo().Replace(InternalCore, "gateway-for: all", "gateway-for: [finance@office]");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5110", "policy/units/center.yaml", 5, 5);
        Assert.Contains("segment center@office has no gateway", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_gateway_for_a_segment_is_NC5111_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Egress, "management: 10.61.0.2\n", "management: 10.61.0.2\ngateway-for: [finance@public]\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5111", Egress, 6, 15);
        Assert.Contains("already has its gateway on EXT-CORE-01 (inventory/devices/EXT-CORE-01.yaml:6:14)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_range_that_covers_a_declared_port_is_NC5112()
    {
        using var repo = new MiniRepo().Replace(Core, "GigabitEthernet0/0/10-11", "GigabitEthernet0/0/3-11");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5112", Core, 11, 13);
        Assert.Contains("declares GigabitEthernet0/0/3 twice ('GigabitEthernet0/0/3-11' overlaps 'GigabitEthernet0/0/3') (first at inventory/devices/EXT-CORE-01.yaml:10:13)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_port_without_a_segment_is_NC5113()
    {
        using var repo = new MiniRepo().Replace(Access, ", mode: access, segment: center@dedicated }", ", mode: access }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5113", Access, 9, 41);
        Assert.Contains("EXT-ACC-01 GigabitEthernet1/0/9 is an access port and needs 'segment'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_routed_port_cabled_to_a_trunk_is_NC5114()
    {
        using var repo = new MiniRepo().Replace(Egress, "mode: routed, address: 10.61.255.2/30", "mode: trunk, vlans: auto");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5114", Core, 9, 85);
        Assert.Contains("is routed but its far end EXT-EGRESS-01:GigabitEthernet0/0/1 is trunk", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trunk_that_leaves_out_an_access_VLAN_is_NC5115()
    {
        using var repo = new MiniRepo().Replace(Access, "vlans: auto", "vlans: [110]");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5115", Access, 9, 58);
        Assert.Contains("no chain of trunks carrying VLAN 201 leads to its gateway EXT-CORE-01", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_on_an_access_switch_is_NC5116()
    {
        using var repo = new MiniRepo().Replace(Access, "management: 10.61.0.11\n", "management: 10.61.0.11\ngateway-for: [finance@public]\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5116", Access, 6, 14);
        Assert.Contains("EXT-ACC-01 is an access device", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trunk_carrying_a_VLAN_policy_does_not_assign_is_NC5117()
    {
        using var repo = new MiniRepo().Replace(Access, "vlans: auto", "vlans: [110, 201, 999]");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5117", Access, 7, 109);
        Assert.Contains("carries VLAN 999, which policy does not assign in plane external", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cable_on_a_port_range_is_NC5118()
    {
        using var repo = new MiniRepo().Replace(Core, "GigabitEthernet0/0/10-11, mode: access",
            "GigabitEthernet0/0/10-11, link: \"EXT-ACC-01:GigabitEthernet1/0/1\", mode: access");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5118", Core, 11, 45);
        Assert.Contains("'GigabitEthernet0/0/10-11' is a range; a link names one port", diagnostic.Message, StringComparison.Ordinal);
    }
}
