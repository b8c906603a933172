using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>Without --repo, netcode finds the repository upwards from where it runs, as Git does.</summary>
public sealed class RepositoryDiscoveryTests
{
    [Theory]
    [InlineData("policy")]
    [InlineData("policy/units")]
    [InlineData("inventory/devices")]
    public void Validate_from_a_folder_below_the_root_finds_the_repository(string below)
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var outcome = Netcode.Run(Path.Combine(root, below), "validate", "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.StartsWith("validate: test-net is valid", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_keep_repository_relative_paths_when_run_from_below()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.Combine(repo.Write(), "policy", "units"), "validate", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("policy/units/finance.yaml:5:", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_repo_wins_over_the_folder_netcode_runs_in()
    {
        using var good = new MiniRepo();
        using var bad = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.Combine(bad.Write(), "policy"), "validate", "--repo", good.Write(), "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
    }

    /// <summary>A folder with only one of policy/ and inventory/ (or a .git) ends the walk: it is reported, not skipped.</summary>
    [Fact]
    public void The_walk_stops_at_a_half_made_repository_and_names_what_is_missing()
    {
        using var outer = new MiniRepo();
        var root = outer.Write();
        var inner = Path.Combine(root, "inventory", "devices", "nested");
        Directory.CreateDirectory(Path.Combine(inner, "policy", "units"));
        var outcome = Netcode.Run(Path.Combine(inner, "policy", "units"), "validate");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"inventory:1:1: error NC1001: folder inventory/ is missing; is '{inner}' a policy repository?", outcome.StandardError, StringComparison.Ordinal);
    }
}
