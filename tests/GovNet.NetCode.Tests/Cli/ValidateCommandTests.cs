using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_bundled_example_network_validates_clean_with_exit_0()
    {
        var outcome = NetcodeProcess.Run(NetcodeProcess.RepositoryRoot(), "validate", "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal(string.Empty, outcome.StandardError);
        Assert.StartsWith("validate: jiaxian-egov is valid (0 warnings)", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_go_to_stderr_sorted_in_problem_matcher_form_with_exit_2()
    {
        using var repo = new MiniRepo()
            .Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100")
            .Replace("policy/units/center.yaml", "id: center", "id: center\nbogus: 1");
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--repo", repo.Write(), "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.StandardOutput);
        var lines = outcome.StandardError.TrimEnd().Split('\n');
        Assert.Equal(
            [
                "policy/units/center.yaml:2:1: error NC2101: unknown key 'bogus' in unit file (allowed: id, title, segments)",
                "validate: 1 error, 0 warnings",
            ],
            lines);
    }

    [Fact]
    public void Json_format_lists_every_diagnostic_with_its_position()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--repo", repo.Write(), "--format", "json", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("NC3107", diagnostic.GetProperty("code").GetString());
        Assert.Equal("policy/units/finance.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public void A_folder_that_is_not_a_policy_repository_is_exit_2_with_a_clear_message()
    {
        var empty = Directory.CreateTempSubdirectory("netcode-empty-");
        try
        {
            var outcome = Netcode.Run(empty.FullName, "validate");
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("policy:1:1: error NC1001: folder policy/ is missing", outcome.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("validate", "--today", "yesterday")]
    public void Usage_mistakes_are_exit_2(params string[] arguments)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), arguments);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("netcode: error:", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("schema")]
    public void Every_command_has_help(params string[] command)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), [.. command, "--help"]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage:", outcome.StandardOutput, StringComparison.Ordinal);
    }
}
