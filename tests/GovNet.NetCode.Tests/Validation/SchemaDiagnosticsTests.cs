using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>NC2xxx: keys, value types, identifiers and formats. One test per code, each one mistake in <see cref="MiniRepo"/>.</summary>
public sealed class SchemaDiagnosticsTests
{
    private const string Finance = "policy/units/finance.yaml";
    private const string Flows = "policy/flows.yaml";
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";
    private const string Access = "inventory/devices/EXT-ACC-01.yaml";

    [Fact]
    public void A_misspelt_key_is_NC2101_with_a_suggestion()
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "titel: 财政局");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2101", Finance, 2, 1);
        Assert.Contains("unknown key 'titel'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'title'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_without_a_subnet_is_NC2102_at_the_segment()
    {
        using var repo = new MiniRepo().Replace(Finance, "vlan: 110, subnet: 10.61.110.0/24 }", "vlan: 110 }");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2102", Finance, 4, 5);
        Assert.Contains("no 'subnet'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_VLAN_written_as_a_word_is_NC2103()
    {
        using var repo = new MiniRepo().Replace(Finance, "vlan: 110", "vlan: ten");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2103", Finance, 4, 27);
        Assert.Contains("whole number", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internet_setting_other_than_via_egress_or_none_is_NC2104()
    {
        using var repo = new MiniRepo().Replace("policy/network.yaml", "internet: none", "internet: no");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2104", "policy/network.yaml", 12, 15);
        Assert.Contains("'via-egress' or 'none'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_id_with_capitals_is_NC2105()
    {
        using var repo = new MiniRepo().Replace(Finance, "id: finance", "id: Finance");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2105", Finance, 1, 5);
        Assert.Contains("'Finance' is not an identifier", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostname_with_underscores_is_NC2106()
    {
        using var repo = new MiniRepo().Replace(Core, "hostname: EXT-CORE-01", "hostname: EXT_CORE_01");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2106", Core, 1, 11);
        Assert.Contains("'EXT_CORE_01'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_id_that_repeats_a_default_flow_name_is_NC2107_naming_the_first()
    {
        // The first flow has no id, so it is named flow-1 after its position.
        using var repo = new MiniRepo().Replace(Flows, "id: finance-web", "id: flow-1");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2107", Flows, 4, 9);
        Assert.Contains("flow 'flow-1' is declared twice", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("policy/flows.yaml:2:5", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hostnames_that_differ_only_in_case_are_NC2107()
    {
        // Config files are named after hostnames; on a case-insensitive file system these collide.
        using var repo = new MiniRepo().With("inventory/devices/ext-acc-01.yaml", """
            hostname: ext-acc-01
            vendor: h3c-comware
            plane: external
            role: access
            management: 10.61.0.12
            interfaces: []

            """);
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2107", "inventory/devices/ext-acc-01.yaml", 1, 11);
        Assert.Contains("hostname 'ext-acc-01' is declared twice (first as 'EXT-ACC-01' at inventory/devices/EXT-ACC-01.yaml:1:11)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expiry_date_that_does_not_exist_is_NC2108()
    {
        using var repo = new MiniRepo().Replace(Flows, "expires: 2099-12-31", "expires: 2099-02-30");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2108", Flows, 7, 14);
        Assert.Contains("'2099-02-30'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_over_200_characters_is_NC2109()
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "title: " + new string('财', 201));
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2109", Finance, 2, 8);
        Assert.Contains("201 characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Cisco_style_port_name_on_a_Huawei_device_is_NC2110()
    {
        using var repo = new MiniRepo().Replace(Core, "name: GigabitEthernet0/0/1,", "name: Gi0/0/1,");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2110", Core, 8, 13);
        Assert.Contains("huawei-vrp", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upstream_link_with_capitals_is_NC2111()
    {
        using var repo = new MiniRepo().Replace(Core, "\"upstream:city\"", "\"upstream:City\"");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2111", Core, 10, 41);
        Assert.Contains("'upstream:City'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_port_naming_a_unit_without_its_zone_is_NC2112()
    {
        using var repo = new MiniRepo().Replace(Access, "segment: finance@public", "segment: finance");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2112", Access, 8, 60);
        Assert.Contains("UNIT@ZONE", diagnostic.Message, StringComparison.Ordinal);
    }
}
