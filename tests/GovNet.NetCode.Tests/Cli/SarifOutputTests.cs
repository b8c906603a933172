using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>SARIF results point at the YAML or config line, so pull requests show them as annotations.</summary>
public sealed class SarifOutputTests
{
    private static JsonElement OnlyResult(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        return Assert.Single(run.GetProperty("results").EnumerateArray()).Clone();
    }

    [Fact]
    public void Validate_sarif_points_at_the_yaml_line()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--repo", repo.Write(), "--format", "sarif", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        var result = OnlyResult(outcome.StandardOutput);
        Assert.Equal("NC3107", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("policy/units/finance.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Verify_sarif_points_at_the_policy_line_a_generated_config_contradicts_and_keeps_the_config_line_as_related()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        var config = Path.Combine(root, "build", "configs", "EXT-EGRESS-01.cfg");
        File.WriteAllText(config, File.ReadAllText(config).Replace("ntp-service unicast-server 10.61.0.123", "ntp-service unicast-server 172.16.0.123", StringComparison.Ordinal));
        var outcome = Netcode.Run(root, "verify", "--format", "sarif", "--today", "2026-11-24");
        Assert.Equal(1, outcome.ExitCode);
        var result = OnlyResult(outcome.StandardOutput);
        // The rule is the finding's stable code (a management server outside the plane); the text leads with its property.
        Assert.Equal("NC9108", result.GetProperty("ruleId").GetString());
        Assert.StartsWith("P1: ", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        // build/ is not in the repository a pull request shows; the declared management server is.
        Assert.Equal("policy/network.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("build/configs/EXT-EGRESS-01.cfg", result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Every_rule_is_described_as_code_scanning_asks_and_the_tool_names_its_version()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--repo", repo.Write(), "--format", "sarif", "--today", "2026-11-24");
        using var document = JsonDocument.Parse(outcome.StandardOutput);
        var driver = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("netcode", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        var rule = Assert.Single(driver.GetProperty("rules").EnumerateArray());
        Assert.Equal("NC3107", rule.GetProperty("id").GetString());
        Assert.Equal(GovNet.NetCode.Diagnostics.CodeCatalogue.Name("NC3107"), rule.GetProperty("name").GetString());
        foreach (var text in new[] { "shortDescription", "fullDescription", "help" })
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty(text).GetProperty("text").GetString()), text);
        }

        Assert.Contains("VLAN", rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, OnlyResult(outcome.StandardOutput).GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void Verify_sarif_on_an_invalid_policy_carries_the_policy_errors_and_exits_2()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.GetTempPath(), "verify", "--repo", repo.Write(), "--format", "sarif", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        var result = OnlyResult(outcome.StandardOutput);
        Assert.Equal("NC3107", result.GetProperty("ruleId").GetString());
        Assert.Equal("policy/units/finance.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Verify_out_writes_the_report_to_the_file_and_nothing_to_standard_output()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        var file = Path.Combine(root, "verify.sarif");
        var outcome = Netcode.Run(root, "verify", "--format", "sarif", "--out", "verify.sarif", "--today", "2026-11-24");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.StandardOutput);
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Empty(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var missing = Netcode.Run(root, "verify", "--out", Path.Combine(root, "no-such-folder", "v.txt"), "--today", "2026-11-24");
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("nothing was written", missing.StandardError, StringComparison.Ordinal);
    }
}
