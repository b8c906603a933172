using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>NC3xxx: addresses, subnets, gateways and VLANs (IPAM). One test per code, each one mistake in <see cref="MiniRepo"/>.</summary>
public sealed class AddressingDiagnosticsTests
{
    private const string Network = "policy/network.yaml";
    private const string Finance = "policy/units/finance.yaml";
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";
    private const string Egress = "inventory/devices/EXT-EGRESS-01.yaml";

    [Fact]
    public void A_management_address_with_an_octet_over_255_is_NC3101()
    {
        using var repo = new MiniRepo().Replace(Core, "management: 10.61.0.1\n", "management: 10.61.0.256\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3101", Core, 5, 13);
        Assert.Contains("'10.61.0.256' is not an IPv4 address", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_subnets_in_one_plane_are_NC3102_at_the_narrower_edited_one()
    {
        // finance@public taken from the city network's range, which the external plane already reaches upstream.
        using var repo = new MiniRepo().Replace(Finance, "10.61.110.0/24", "10.60.110.0/24");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3102", Finance, 4, 40);
        Assert.Equal("subnet 10.60.110.0/24 of finance@public overlaps 10.60.0.0/16 of upstream city declared at policy/network.yaml:8:26", diagnostic.Message);
        Assert.Equal(new SourceSpan(Network, 8, 26), Assert.Single(diagnostic.Related));
    }

    [Fact]
    public void A_second_cable_on_the_same_link_subnet_is_NC3102()
    {
        // CORE-EGRESS and CORE-ACC both use 10.61.255.0/29, with four different host addresses.
        const string Access = "inventory/devices/EXT-ACC-01.yaml";
        using var repo = new MiniRepo()
            .Replace(Core, "address: 10.61.255.1/30 }\n",
                "address: 10.61.255.1/29 }\n" + "  - { name: GigabitEthernet0/0/4, link: \"EXT-ACC-01:GigabitEthernet1/0/10\", mode: routed, address: 10.61.255.3/29 }\n")
            .Replace(Egress, "address: 10.61.255.2/30", "address: 10.61.255.2/29")
            .Replace(Access, "segment: center@dedicated }\n",
                "segment: center@dedicated }\n" + "  - { name: GigabitEthernet1/0/10, link: \"EXT-CORE-01:GigabitEthernet0/0/4\", mode: routed, address: 10.61.255.4/29 }\n");
        // Equal prefixes: the clash is reported at the one the loader reads later (device files by name).
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3102", Core, 9, 102);
        Assert.Contains(
            "link subnet 10.61.255.0/29 of EXT-CORE-01 GigabitEthernet0/0/2 overlaps link subnet 10.61.255.0/29 of EXT-ACC-01 GigabitEthernet1/0/10 declared at inventory/devices/EXT-ACC-01.yaml:10:101",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    /// <summary>Equal prefixes: the declaration read later (a new unit file, named after the old ones) is the one reported.</summary>
    [Fact]
    public void A_new_unit_file_reusing_a_subnet_is_reported_in_the_new_file()
    {
        using var repo = new MiniRepo().With("policy/units/water.yaml", "id: water\nsegments:\n  - { zone: dedicated, vlan: 202, subnet: 10.62.1.0/24 }\n");
        var result = repo.Validate();
        DiagnosticAssert.Reports(result, "NC3115", "policy/units/water.yaml", 3, 43);
        var diagnostic = DiagnosticAssert.Reports(result, "NC3102", "policy/units/water.yaml", 3, 43);
        Assert.Equal("subnet 10.62.1.0/24 of water@dedicated overlaps 10.62.1.0/24 of center@dedicated declared at policy/units/center.yaml:4:43", diagnostic.Message);
    }

    [Fact]
    public void A_segment_on_the_management_VLAN_is_reported_at_the_segment_not_at_network_yaml()
    {
        using var repo = new MiniRepo().Replace(Finance, "vlan: 110", "vlan: 100");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3108", Finance, 4, 27);
        Assert.Contains("already used by the management network of plane external in plane external (policy/network.yaml:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_with_host_bits_set_is_NC3103_with_the_intended_prefix()
    {
        using var repo = new MiniRepo().Replace(Finance, "10.61.110.0/24", "10.61.110.1/24");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3103", Finance, 4, 40);
        Assert.Contains("did you mean 10.61.110.0/24?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_subnet_in_both_planes_is_warning_NC3104()
    {
        using var repo = new MiniRepo().Replace(Finance, "172.17.10.0/24", "10.61.110.0/24");
        var result = repo.Validate();
        var diagnostic = DiagnosticAssert.ReportsOnly(result, "NC3104", Finance, 5, 40);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("declared at policy/units/finance.yaml:4:40", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void A_gateway_outside_its_subnet_is_NC3105()
    {
        using var repo = new MiniRepo().Replace(Finance, "subnet: 10.61.110.0/24 }", "subnet: 10.61.110.0/24, gateway: 10.61.111.1 }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3105", Finance, 4, 65);
        Assert.Contains("gateway 10.61.111.1 of segment finance@public lies outside its subnet 10.61.110.0/24", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_on_the_broadcast_address_is_NC3106()
    {
        using var repo = new MiniRepo().Replace(Finance, "subnet: 10.61.110.0/24 }", "subnet: 10.61.110.0/24, gateway: 10.61.110.255 }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3106", Finance, 4, 65);
        Assert.Contains("broadcast address", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VLAN_4095_is_NC3107()
    {
        using var repo = new MiniRepo().Replace(Finance, "vlan: 110", "vlan: 4095");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3107", Finance, 4, 27);
        Assert.Contains("outside 2-4094", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_segments_of_one_plane_on_one_VLAN_are_NC3108_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Finance, "vlan: 110", "vlan: 101");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3108", Finance, 4, 27);
        Assert.Contains("already used by segment center@public (policy/units/center.yaml:3:27) in a layer-2 domain that meets this one at device EXT-CORE-01, in plane external", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_with_two_segments_in_one_zone_is_NC3109()
    {
        using var repo = new MiniRepo().Replace(Finance, "  - { zone: office",
            "  - { zone: public, vlan: 111, subnet: 10.61.111.0/24 }\n  - { zone: office");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3109", Finance, 5, 13);
        Assert.Contains("(first at policy/units/finance.yaml:4:5)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_address_outside_its_zone_is_NC3110()
    {
        using var repo = new MiniRepo().Replace("policy/services.yaml", "address: 10.61.1.10", "address: 10.61.2.10");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3110", "policy/services.yaml", 2, 32);
        Assert.Contains("outside every segment of zone public", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_inside_the_management_subnet_is_NC3111()
    {
        using var repo = new MiniRepo().Replace(Finance, "10.61.110.0/24", "10.61.0.128/25");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3111", Finance, 4, 40);
        Assert.Contains("subnet 10.61.0.128/25 of finance@public overlaps management subnet 10.61.0.0/24 of plane external declared at policy/network.yaml:9:27", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_address_outside_the_management_subnet_is_NC3112()
    {
        using var repo = new MiniRepo().Replace(Core, "management: 10.61.0.1\n", "management: 10.61.9.1\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3112", Core, 5, 13);
        Assert.Contains("outside the management subnet 10.61.0.0/24 of plane external", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_NTP_server_for_both_planes_is_NC3113()
    {
        using var repo = new MiniRepo().Replace(Network, "ntp: [172.16.0.123]", "ntp: [10.61.0.123]");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3113", Network, 13, 59);
        Assert.Contains("also a server of plane external", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Routed_link_ends_in_different_subnets_are_NC3114()
    {
        using var repo = new MiniRepo().Replace(Egress, "address: 10.61.255.2/30", "address: 10.61.255.5/30");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3114", Core, 9, 102);
        Assert.Contains("10.61.255.1/30 and EXT-EGRESS-01:GigabitEthernet0/0/1 10.61.255.5/30", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_devices_with_one_management_address_are_NC3115_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Egress, "management: 10.61.0.2", "management: 10.61.0.11");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3115", Egress, 5, 13);
        Assert.Contains("already the management address of EXT-ACC-01 (inventory/devices/EXT-ACC-01.yaml:5:13)", diagnostic.Message, StringComparison.Ordinal);
    }
}
