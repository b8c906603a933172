using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>NC4xxx: the flow rules. One test per code, each one mistake in <see cref="MiniRepo"/> (MiniRepo.Today is 2026-11-24).</summary>
public sealed class FlowDiagnosticsTests
{
    private const string Flows = "policy/flows.yaml";

    private static MiniRepo WithFlow(string line) => new MiniRepo().With(Flows, new MiniRepo().Text(Flows) + $"  - {line}\n");

    [Fact]
    public void A_misspelt_keyword_is_NC4101_at_the_word()
    {
        using var repo = new MiniRepo().Replace(Flows, "permit tcp/443 from zone:public", "permit tcp/443 form zone:public");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4101", Flows, 2, 20);
        Assert.Contains("expected 'from', found 'form'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_to_an_undeclared_service_is_NC4102()
    {
        using var repo = new MiniRepo().Replace(Flows, "to service:oa", "to service:ao");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4102", Flows, 2, 40);
        Assert.Contains("service 'ao', which is not declared; did you mean 'oa'? (declared: exchange, int-oa, oa)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_over_65535_is_NC4103_at_the_port()
    {
        using var repo = new MiniRepo().Replace(Flows, "tcp/80,443", "tcp/80,443,70000");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4103", Flows, 5, 29);
        Assert.Contains("'70000' is not a port", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_from_the_internal_plane_to_an_external_service_is_NC4104()
    {
        using var repo = new MiniRepo().Replace(Flows, "from zone:office to service:int-oa", "from zone:office to service:oa");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4104", Flows, 3, 25);
        Assert.Contains("joins planes external and internal", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cross_zone_flow_without_approval_is_NC4105()
    {
        using var repo = new MiniRepo().Replace(Flows, "    approval: 佳政办发〔2024〕58号\n", string.Empty);
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4105", Flows, 4, 5);
        Assert.Contains("flow finance-web crosses zones (internet, public)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_to_the_internet_from_the_isolated_plane_is_NC4106()
    {
        using var repo = WithFlow("permit tcp/443 from zone:office to internet");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4106", Flows, 8, 40);
        Assert.Contains("'internet: none' (policy/network.yaml:12:15)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_past_its_expiry_date_is_warning_NC4107()
    {
        using var repo = new MiniRepo().Replace(Flows, "expires: 2099-12-31", "expires: 2026-11-23");
        var result = repo.Validate();
        var diagnostic = DiagnosticAssert.ReportsOnly(result, "NC4107", Flows, 7, 14);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("expired on 2026-11-23", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void A_flow_expiring_today_is_still_in_force()
    {
        using var repo = new MiniRepo().Replace(Flows, "expires: 2099-12-31", "expires: 2026-11-24");
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void A_flow_between_two_outside_ends_is_NC4108()
    {
        using var repo = WithFlow("permit ip from cidr:192.0.2.0/24 to internet");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4108", Flows, 8, 20);
        Assert.Contains("neither end inside the network", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_from_a_unit_segment_that_does_not_exist_is_NC4110()
    {
        using var repo = new MiniRepo().Replace(Flows, "unit:finance@public", "unit:finance@dedicated");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4110", Flows, 5, 34);
        Assert.Contains("unit finance has no segment in zone dedicated (declared: finance@office, finance@public)", diagnostic.Message, StringComparison.Ordinal);
    }
}
