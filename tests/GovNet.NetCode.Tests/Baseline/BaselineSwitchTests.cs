using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Baseline;

/// <summary>Each baseline item can be turned off in network.yaml, per plane and per role, and the reason shows in every report.</summary>
public sealed class BaselineSwitchTests
{
    private const string Off = """
                management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }
                baseline:
                  off:
                    - { item: storm-control, roles: [access], reason: 广播寻呼的 IP 电话需要组播 }
                    - { item: banner, reason: 横幅由堡垒机统一下发 }
            """;

    private static MiniRepo WithOff() => new MiniRepo().Replace("policy/network.yaml",
        "    management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }\n", Off + "\n");

    [Fact]
    public void An_item_turned_off_is_a_warning_with_its_reason_at_the_line_that_turns_it_off()
    {
        using var repo = WithOff();
        var diagnostics = repo.Validate().Diagnostics;
        var warnings = diagnostics.Where(d => d.Code == "NC5303").ToList();
        Assert.True(warnings.Count == 2, string.Join('\n', diagnostics));
        var storm = warnings.Single(w => w.Message.Contains("storm-control", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, storm.Severity);
        Assert.Equal(("policy/network.yaml", 12), (storm.Span.File, storm.Span.Line));
        Assert.Contains("access", storm.Message, StringComparison.Ordinal);
        Assert.Contains("广播寻呼的 IP 电话需要组播", storm.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_turned_off_for_a_role_leaves_that_role_and_only_that_role()
    {
        using var repo = WithOff();
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repo.Write())).ToDictionary(c => c.Hostname, c => c.Text, StringComparer.Ordinal);
        Assert.DoesNotContain("suppression", configs["EXT-ACC-01"], StringComparison.Ordinal);
        Assert.Contains(" broadcast-suppression 5\n", configs["EXT-CORE-01"], StringComparison.Ordinal);
        Assert.DoesNotContain("header login", configs["EXT-ACC-01"], StringComparison.Ordinal);
        Assert.DoesNotContain("header login", configs["EXT-CORE-01"], StringComparison.Ordinal);

        // The other plane keeps every item.
        Assert.Contains("\nbanner login #", configs["INT-CORE-01"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_shows_in_the_check_report()
    {
        using var repo = WithOff();
        var outcome = NetcodeProcess.Run(repo.Write(), "check");
        var report = outcome.StandardOutput + outcome.StandardError;
        Assert.True(outcome.ExitCode == 0, report);
        Assert.Contains("warning NC5303", report, StringComparison.Ordinal);
        Assert.Contains("横幅由堡垒机统一下发", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_item_is_refused_with_the_items_there_are()
    {
        using var repo = new MiniRepo().Replace("policy/network.yaml",
            "    management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }\n",
            "    management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }\n    baseline: { off: [{ item: storm, reason: x }] }\n");
        var error = Assert.Single(repo.Validate().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.NotAllowedValue, 10), (error.Code, error.Span.Line));
        Assert.Contains("storm-control", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_black_hole_vlan_a_segment_uses_is_refused()
    {
        using var repo = new MiniRepo().Replace("policy/network.yaml",
            "    management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }\n",
            "    management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }\n    baseline: { blackhole-vlan: 110 }\n");
        var error = Assert.Single(repo.Validate().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.VlanReused, error.Code);
        Assert.Contains("black-hole", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_on_vlan_999_moves_the_default_black_hole_vlan_to_the_highest_free_one_without_an_error()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 110,", "vlan: 999,")
            .Replace("inventory/devices/EXT-ACC-01.yaml", "vendor: h3c-comware\n", "vendor: h3c-comware\nmodel: S5130S-28P-EI\n");
        Assert.DoesNotContain(repo.Validate().Diagnostics, d => d.Severity == Severity.Error);
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repo.Write())).ToDictionary(c => c.Hostname, c => c.Text, StringComparer.Ordinal);
        Assert.Contains(" port access vlan 4093\n", configs["EXT-ACC-01"], StringComparison.Ordinal);
        Assert.Contains(" port access vlan 999\n", configs["EXT-ACC-01"], StringComparison.Ordinal);
    }
}
