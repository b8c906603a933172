using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary><c>check --format json|sarif</c>: one document on standard output whether the policy is invalid, clean or violated.</summary>
public sealed class CheckFormatTests
{
    [Fact]
    public void Json_of_a_clean_check_carries_the_configs_and_the_verify_result()
    {
        using var repo = new MiniRepo();
        var outcome = Netcode.Run(repo.Write(), "check", "--format", "json", "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("check", root.GetProperty("command").GetString());
        Assert.Equal("clean", root.GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(4, root.GetProperty("configs").GetInt32());
        Assert.Equal(0, root.GetProperty("verify").GetProperty("errors").GetInt32());
        Assert.Equal(string.Empty, outcome.StandardError);
    }

    [Fact]
    public void Json_of_an_invalid_policy_lists_the_diagnostics_with_exit_2()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(repo.Write(), "check", "--format", "json", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("invalid", root.GetProperty("verdict").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("verify").ValueKind);
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("NC3107", diagnostic.GetProperty("code").GetString());
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "build")));
    }

    [Fact]
    public void Sarif_of_an_invalid_policy_points_at_the_policy_line()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(repo.Write(), "check", "--format", "sarif", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        using var sarif = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("NC3107", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("policy/units/finance.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_of_a_clean_check_has_no_results_and_exit_0()
    {
        using var repo = new MiniRepo();
        var outcome = Netcode.Run(repo.Write(), "check", "--format", "sarif", "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var sarif = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Empty(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var outcome = Netcode.Run(Path.GetTempPath(), "check", "--format", "html");
        Assert.Equal(2, outcome.ExitCode);
    }
}
