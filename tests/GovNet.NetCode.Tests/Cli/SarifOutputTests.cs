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
    public void Verify_sarif_points_at_the_config_line()
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
        Assert.Equal("build/configs/EXT-EGRESS-01.cfg", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
