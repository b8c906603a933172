using System.Globalization;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Plan;

/// <summary>
/// What the workflows post (<c>--format markdown --summary</c>) carries counts, device names and ranks,
/// and no config line: 004 第二十条 forbids disclosing configurations, and issues and comments are read
/// by more people than run the network.
/// </summary>
public sealed class PostedSummaryTests
{
    private static readonly Lazy<DriftReport> Drifted = new(() =>
        DriftHarness.Check(new Dictionary<string, Func<string, string>>
        {
            ["EXT-ACC-GA-01"] = c => DriftHarness.ReplaceFirst(c, " port trunk permit vlan 100 113 213\n", " port trunk permit vlan 100 113 213 510\n"),
            ["EXT-CORE-01"] = c => DriftHarness.ReplaceFirst(c, " traffic-filter inbound acl 3102\n", string.Empty),
            ["EXT-ACC-CZ-01"] = c => DriftHarness.ReplaceFirst(c, " description [EXT] caizheng@public\n", " description [EXT] printer by the window\n"),
        }, only: ["EXT-ACC-GA-01", "EXT-CORE-01", "EXT-ACC-CZ-01", "EXT-ACC-FANGTA-01"])
        with { Failures = [new CollectionFailure("EXT-ACC-WU-01", "connection refused by 10.61.0.31:22")] });

    [Fact]
    public void Drift_summary_names_devices_and_ranks_and_holds_no_config_line()
    {
        var report = Drifted.Value;
        var lines = report.Devices.SelectMany(d => d.Differences).SelectMany(d => d.Intended.Concat(d.Running)).Select(l => l.Text.Trim()).ToList();
        Assert.NotEmpty(lines);
        var full = DriftMarkdownWriter.Write(report);
        Assert.All(lines, line => Assert.Contains(line, full, StringComparison.Ordinal));   // the full report does show them

        var posted = PostedSummary.Drift(report);
        foreach (var line in lines)
        {
            Assert.DoesNotContain(line, posted, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("10.61.0.31", posted, StringComparison.Ordinal);     // a failure's reason names addresses
        Assert.DoesNotContain("`", posted, StringComparison.Ordinal);
        Assert.Contains("| EXT-ACC-GA-01 | drift, worst critical | 1 | 0 | 0 |", posted, StringComparison.Ordinal);
        Assert.Contains("| EXT-ACC-WU-01 | not collected |", posted, StringComparison.Ordinal);
        Assert.DoesNotContain("EXT-ACC-FANGTA-01", posted, StringComparison.Ordinal); // in sync: only counted
        Assert.Contains("4 device(s) compared, 3 with drift", posted, StringComparison.Ordinal);
        // Worst first: the critical device's row comes before the low one's.
        Assert.True(posted.IndexOf("EXT-ACC-GA-01", StringComparison.Ordinal) < posted.IndexOf("EXT-ACC-CZ-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Drift_summary_speaks_chinese_when_the_run_does()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var posted = PostedSummary.Drift(Drifted.Value);
            Assert.Contains("配置漂移：jiaxian-egov", posted, StringComparison.Ordinal);
            Assert.Contains("| EXT-ACC-WU-01 | 未采集 |", posted, StringComparison.Ordinal);
            Assert.Contains("004 第二十条", posted, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Drift_summary_lists_at_most_the_row_cap_and_counts_the_rest()
    {
        var failures = Enumerable.Range(0, PostedSummary.MaxRows + 7).Select(i => new CollectionFailure($"EXT-ACC-{i:D4}", "timeout"));
        var posted = PostedSummary.Drift(Drifted.Value with { Failures = [.. failures] });
        Assert.Contains($"… and {3 + 7} more", posted, StringComparison.Ordinal);   // 3 drifted devices listed first
        Assert.True(posted.Length < 60_000);
    }

    [Fact]
    public void Plan_summary_names_the_changed_device_and_holds_no_diff_or_command()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196");
        var full = repo.Plan("--base", "HEAD", "--format", "markdown");
        Assert.True(full.ExitCode == 0, full.StandardError);
        Assert.Contains("+vlan 196", full.StandardOutput, StringComparison.Ordinal);

        var posted = repo.Plan("--base", "HEAD", "--format", "markdown", "--summary");
        Assert.True(posted.ExitCode == 0, posted.StandardError);
        Assert.StartsWith(PlanMarkdownWriter.Marker + "\n", posted.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("| EXT-ACC-CZ-01 | changed |", posted.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("holds", posted.StandardOutput, StringComparison.Ordinal);
        foreach (var line in new[] { "vlan 196", "vlan 116", "switchport", "```", "<details>", "10.61." })
        {
            Assert.DoesNotContain(line, posted.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plan_summary_points_at_where_isolation_breaks_without_the_config()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/flows.yaml", "  - permit tcp/443 from zone:public to service:oa\n", "  - permit tcp/443 from zone:public to service:oa\n  - permit tcp/443 from zone:public to service:int-oa\n");
        var posted = repo.Plan("--base", "HEAD", "--format", "markdown", "--summary");
        Assert.True(posted.ExitCode == 1, posted.StandardError);
        Assert.Contains("P1 NC4104 `policy/flows.yaml:", posted.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("joins planes", posted.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drift", "--format", "json", "--summary")]
    [InlineData("plan", "--base", "HEAD", "--format", "text", "--summary")]
    public void Summary_is_refused_with_any_format_but_markdown(params string[] arguments)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), arguments);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--summary", outcome.StandardError, StringComparison.Ordinal);
    }
}
