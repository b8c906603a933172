using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>The four report formats on one report with critical, high and low drift and a device not collected.</summary>
public sealed partial class DriftReportTests
{
    private static readonly Lazy<DriftReport> Report = new(() =>
    {
        var report = DriftHarness.Check(new Dictionary<string, Func<string, string>>
        {
            ["EXT-ACC-GA-01"] = c => DriftHarness.ReplaceFirst(c, " port trunk permit vlan 100 113 213\n", " port trunk permit vlan 100 113 213 510\n"),
            ["EXT-CORE-01"] = c => DriftHarness.ReplaceFirst(c, " traffic-filter inbound acl 3102\n", string.Empty),
            ["EXT-ACC-CZ-01"] = c => DriftHarness.ReplaceFirst(c, " description [EXT] caizheng@public\n", " description [EXT] <script src=\"http://x/y.js\"></script> & \"q\" | `t`\n"),
        }, only: ["EXT-ACC-GA-01", "EXT-CORE-01", "EXT-ACC-CZ-01", "EXT-ACC-FANGTA-01"]);
        return report with { Failures = [new CollectionFailure("EXT-ACC-WU-01", "connection refused")] };
    });

    [Fact]
    public void The_report_holds_every_rank_and_summarises_them()
    {
        var report = Report.Value;
        Assert.Equal((1, 1, 1), (report.Count(DriftRank.Critical), report.Count(DriftRank.High), report.Count(DriftRank.Low)));
        Assert.Equal("4 device(s) compared, 3 with drift (critical 1, high 1, low 1), 1 not collected", report.Summary());
        var message = report.CommitMessage();
        Assert.StartsWith("drift jiaxian-egov: 4 device(s) compared", message, StringComparison.Ordinal);
        Assert.Contains("EXT-ACC-GA-01: 1 difference(s), worst critical", message, StringComparison.Ordinal);
        Assert.Contains("EXT-ACC-WU-01: not collected (connection refused); previous config kept", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_one_self_contained_file_with_every_text_escaped()
    {
        var html = DriftHtmlWriter.Write(Report.Value);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script src=&quot;http://x/y.js&quot;&gt;", html, StringComparison.Ordinal);

        // Summary first, then each device with drift: its differences and a side-by-side diff.
        var summary = html.IndexOf("<table>", StringComparison.Ordinal);
        var device = html.IndexOf("<h2 id=\"EXT-ACC-GA-01\">", StringComparison.Ordinal);
        Assert.True(summary >= 0 && device > summary);
        Assert.Contains("<table class=\"diff\">", html, StringComparison.Ordinal);
        Assert.Contains("port trunk permit vlan 100 113 213 510", html, StringComparison.Ordinal);
        Assert.Contains("not collected: connection refused", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_each_difference_with_rank_lines_and_property()
    {
        var json = JsonNode.Parse(DriftJsonWriter.Write(Report.Value))!;
        Assert.Equal(1, (int)json["summary"]!["critical"]!);
        Assert.Equal(1, (int)json["summary"]!["notCollected"]!);
        var ga = json["devices"]!.AsArray().Single(d => (string)d!["hostname"]! == "EXT-ACC-GA-01")!;
        var difference = ga["differences"]![0]!;
        Assert.Equal("critical", (string)difference["rank"]!);
        Assert.Equal("changed", (string)difference["kind"]!);
        Assert.Equal("interface GigabitEthernet1/0/49", (string)difference["section"]!);
        Assert.Equal("P5", (string)difference["properties"]![0]!);
        Assert.Equal(591, (int)difference["running"]![0]!["line"]!); // below the baseline, the DHCP snooping, ARP detection and host binding lines, and the SNMPv3, TACACS key, NTP key and break-glass lines
    }

    [Fact]
    public void Markdown_keeps_config_text_in_code_spans_and_tables_intact()
    {
        var md = DriftMarkdownWriter.Write(Report.Value);
        Assert.StartsWith("# Drift: jiaxian-egov", md, StringComparison.Ordinal);
        Assert.Contains("| EXT-ACC-GA-01 | h3c-comware | **drift** | 1 | 0 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("## EXT-CORE-01", md, StringComparison.Ordinal);
        Assert.Contains("\\| 't'", md, StringComparison.Ordinal);
        Assert.All(md.Split('\n').Where(l => l.StartsWith("| critical", StringComparison.Ordinal) || l.StartsWith("| low", StringComparison.Ordinal)),
            row => Assert.Equal(7, UnescapedPipe().Matches(row).Count));
    }

    [Fact]
    public void Plain_text_is_a_table_then_one_line_per_difference_worst_first()
    {
        var lines = DriftTextWriter.Plain(Report.Value).TrimEnd('\n').Split('\n');
        Assert.Matches("^DEVICE +VENDOR +STATUS +CRITICAL +HIGH +LOW$", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("EXT-ACC-WU-01", StringComparison.Ordinal) && l.Contains("not-collected", StringComparison.Ordinal));
        var first = Array.FindIndex(lines, l => l.Contains(": critical ", StringComparison.Ordinal));
        var last = Array.FindIndex(lines, l => l.Contains(": low ", StringComparison.Ordinal));
        Assert.True(first > 0 && last > first);
        Assert.StartsWith("drift: 4 device(s) compared", lines[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:|//)|<link\b|@import|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
