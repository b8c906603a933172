using System.Collections.Immutable;
using System.Text.Json;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Plan;

/// <summary>The flow-matrix diff, config diffs and the reports, on hand-built plans (no Git needed).</summary>
public sealed class PlanReportTests
{
    private static readonly Endpoint FinancePublic = new(EndpointKind.Segment, "finance@public", "external", "public", "finance");
    private static readonly Endpoint CenterPublic = new(EndpointKind.Segment, "center@public", "external", "public", "center");
    private static readonly Endpoint Oa = new(EndpointKind.Service, "oa", "external", "public", "center");
    private static readonly Endpoint Internet = new(EndpointKind.Internet, "internet", "external", null, null);

    private static MatrixEntry Entry(Endpoint from, Endpoint to, Protocol protocol, int? port, params string[] path) =>
        new(from, to, protocol, port is { } p ? new PortRange(p, p) : null, [.. path]);

    private static FlowMatrix Matrix(params MatrixEntry[] entries) => new([.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)]);

    private static RevisionBuild Side(string label) => new(label, label, null, [], [], null);

    [Fact]
    public void Matrix_diff_lists_what_becomes_permitted_and_denied_grouped_per_zone_and_unit()
    {
        var before = Matrix(Entry(FinancePublic, Oa, Protocol.Tcp, 443, "EXT-CORE-01"), Entry(CenterPublic, Internet, Protocol.Tcp, 80, "EXT-EGRESS-01"));
        var after = Matrix(Entry(FinancePublic, Oa, Protocol.Tcp, 443, "EXT-DIST-01", "EXT-CORE-01"), Entry(FinancePublic, Internet, Protocol.Tcp, 443, "EXT-EGRESS-01"));
        var diff = MatrixDiff.Compare(before, after);
        Assert.Equal(["center@public -> internet tcp/80", "finance@public -> internet tcp/443"], diff.Changes.Select(c => c.Entry.Key).ToArray());
        Assert.False(Assert.Single(diff.Changes, c => c.Entry.From == CenterPublic).Permitted);
        Assert.True(Assert.Single(diff.Changes, c => c.Entry.From == FinancePublic).Permitted);
        Assert.Equal(1, diff.PermittedCount);
        Assert.Equal(1, diff.DeniedCount);
        var zone = Assert.Single(diff.ByZone());
        Assert.Equal("public → internet", zone.Name);
        Assert.Equal(2, zone.Changes.Length);
        Assert.Equal(["center", "finance"], diff.ByUnit().Select(g => g.Name).ToArray());
    }

    [Fact]
    public void Matrix_diff_of_equal_matrices_is_empty_even_when_paths_differ()
    {
        var diff = MatrixDiff.Compare(Matrix(Entry(FinancePublic, Oa, Protocol.Tcp, 443, "A")), Matrix(Entry(FinancePublic, Oa, Protocol.Tcp, 443, "B")));
        Assert.Empty(diff.Changes);
        Assert.Empty(MatrixDiff.Compare(FlowMatrix.Empty, FlowMatrix.Empty).Changes);
    }

    [Fact]
    public void Config_diff_counts_lines_and_writes_unified_hunks()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}")) + "\n";
        var after = before.Replace("line 5\n", "line five\n", StringComparison.Ordinal).Replace("line 18\n", string.Empty, StringComparison.Ordinal);
        var diff = ConfigDiff.Unified("SW", ChangeKind.Changed, before, after);
        Assert.Equal(1, diff.Added);
        Assert.Equal(2, diff.Removed);
        Assert.Contains("@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n", diff.Unified, StringComparison.Ordinal);
        Assert.Contains("-line 18\n", diff.Unified, StringComparison.Ordinal);
        var added = ConfigDiff.Compare([], [new CompiledConfig("NEW", "huawei-vrp", "a\nb\n", "", [])]);
        Assert.Equal(new DeviceDiff("NEW", ChangeKind.Added, 2, 0, "--- /dev/null\n+++ b/NEW.cfg\n@@ -0,0 +1,2 @@\n+a\n+b\n"), Assert.Single(added));
    }

    private static PlanResult BigPlan(int devices) => new(
        Side("base"),
        Side("head"),
        [new EntityChange("segment", "finance@public", ChangeKind.Changed, "vlan 110 → vlan 111")],
        [.. Enumerable.Range(1, devices).Select(i => ConfigDiff.Unified($"EXT-ACC-{i:00}", ChangeKind.Changed, string.Concat(Enumerable.Range(0, 200).Select(n => $"vlan {n}\n")), string.Concat(Enumerable.Range(0, 200).Select(n => $"vlan {n + 1000}\n"))))],
        MatrixDiff.Compare(FlowMatrix.Empty, Matrix(Entry(FinancePublic, Internet, Protocol.Tcp, 443))),
        []);

    [Fact]
    public void Markdown_is_capped_with_a_note_when_truncated()
    {
        var plan = BigPlan(devices: 40);
        var markdown = PlanMarkdownWriter.Write(plan, limit: 20_000);
        Assert.True(markdown.Length <= 20_000, $"{markdown.Length} characters");
        Assert.Contains("**Truncated**", markdown, StringComparison.Ordinal);
        Assert.Contains("diff too long for this comment", markdown, StringComparison.Ordinal);
        Assert.Contains("<details><summary><code>EXT-ACC-01</code> changed (+200 −200)</summary>", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nflowchart LR\n", markdown, StringComparison.Ordinal);
        Assert.Contains("  subgraph z_public[\"public\"]\n    n_Segment_005ffinance_0040public[\"finance@public\"]\n  end\n", markdown, StringComparison.Ordinal);
        Assert.Contains("  n_Segment_005ffinance_0040public -->|\"+ tcp/443\"| n_Internet_005finternet\n", markdown, StringComparison.Ordinal);
        Assert.True(PlanMarkdownWriter.Write(plan).Length <= PlanMarkdownWriter.DefaultLimit);

        var small = PlanMarkdownWriter.Write(BigPlan(devices: 1));
        Assert.DoesNotContain("Truncated", small, StringComparison.Ordinal);
        Assert.Equal(small, PlanMarkdownWriter.Write(BigPlan(devices: 1)));
    }

    [Fact]
    public void A_diff_too_long_shows_its_changes_per_section_and_no_device_is_ever_left_out()
    {
        static string Config(int offset, string description) =>
            "sysname EXT-CORE-01\nacl number 3001\n" + string.Concat(Enumerable.Range(0, 300).Select(n => $" rule {(n * 5) + offset} permit ip source 10.61.{n % 250}.0 0.0.0.255\n")) + $"interface GE0/0/1\n description {description}\n";
        var big = ConfigDiff.Unified("EXT-CORE-01", ChangeKind.Changed, Config(0, "x"), Config(1, "y"));
        Assert.Equal([new SectionChange("acl number 3001", 300, 300), new SectionChange("interface GE0/0/1", 1, 1)], big.Sections.ToArray());

        var plan = new PlanResult(Side("base"), Side("head"), [], [big, .. Enumerable.Range(1, 60).Select(i => ConfigDiff.Unified($"EXT-ACC-{i:00}", ChangeKind.Changed, string.Concat(Enumerable.Range(0, 300).Select(n => $"vlan {n}\n")), string.Concat(Enumerable.Range(0, 300).Select(n => $"vlan {n + 1000}\n"))))], MatrixDiff.None, []);
        var markdown = PlanMarkdownWriter.Write(plan, limit: 12_000);
        Assert.True(markdown.Length <= 12_000, $"{markdown.Length} characters");
        Assert.Contains("| `acl number 3001` | 300 | 300 |", markdown, StringComparison.Ordinal);
        for (var i = 1; i <= 60; i++)
        {
            Assert.Contains($"<code>EXT-ACC-{i:00}</code> changed", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sarif_and_verdict_use_the_policy_line_a_config_finding_contradicts()
    {
        var policyLine = new SourceSpan("policy/flows.yaml", 7, 5);
        var finding = new Finding("NC9301", "P3", Severity.Error, "public reaches dedicated", new SourceSpan("build/configs/EXT-CORE-01.cfg", 40, 1), ["EXT-CORE-01"], null, policyLine);
        var head = Side("head") with { Verify = new VerifyResult([finding], [], FlowMatrix.Empty) };
        var plan = PlanResult.Of(Side("base"), head);
        Assert.Equal(Verdict.Violated, plan.Verdict);
        var issue = Assert.Single(plan.Isolation);
        Assert.Equal(policyLine, issue.At);
        using var sarif = JsonDocument.Parse(PlanSarif.Write(plan));
        var location = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("policy/flows.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Isolation_codes_are_exactly_the_documented_set()
    {
        Assert.Equal(["NC4104", "NC4105", "NC4106", "NC5106", "NC5107", "NC5109"], IsolationCodes.Property.Keys.ToArray());
        var docs = File.ReadAllText(Path.Combine(Support.NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode", "Diagnostics", "README.md"));
        var section = docs[docs.IndexOf("## Isolation errors in plan", StringComparison.Ordinal)..];
        foreach (var code in IsolationCodes.Property.Keys)
        {
            Assert.Contains(code, section, StringComparison.Ordinal);
        }
    }
}
