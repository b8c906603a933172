using System.Text.RegularExpressions;
using GovNet.NetCode.Cli;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>--help says each default once and explains P1–P5 and the exit codes; a usage mistake is one error.</summary>
public sealed class HelpAndUsageTests
{
    /// <summary>Every command and subcommand, as typed: "validate", "ipam next".</summary>
    public static TheoryData<string> Commands() =>
        [.. NetcodeCli.Root().Subcommands.SelectMany(c => c.Subcommands.Select(s => $"{c.Name} {s.Name}").Prepend(c.Name))];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_option_of_every_command_shows_its_default_at_most_once(string command)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), [.. command.Split(' '), "--help"]);
        Assert.Equal(0, outcome.ExitCode);
        var options = outcome.StandardOutput.Split('\n').SkipWhile(l => !l.StartsWith("Options:", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0);
        Assert.All(options, line => Assert.True(Regex.Count(line, "default", RegexOptions.IgnoreCase) <= 1, line));
    }

    [Fact]
    public void The_repo_option_shows_the_repository_found_upwards_as_its_default()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var outcome = Netcode.Run(Path.Combine(root, "policy", "units"), "validate", "--help");
        Assert.Contains($"[default: {root}]", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("verify")]
    public void Help_of_the_root_check_and_verify_explains_the_properties_and_exit_codes(params string[] command)
    {
        var help = Netcode.Run(Path.GetTempPath(), [.. command, "--help"]).StandardOutput;
        foreach (var property in new[] { "P1  Physical isolation", "P2  Internet only via egress", "P3  Zone isolation", "P4  Least privilege", "P5  Labelled ports" })
        {
            Assert.Contains(property, help, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:\n  0  clean", help, StringComparison.Ordinal);
        Assert.Contains("\n  1  ", help, StringComparison.Ordinal);
        Assert.Contains("\n  2  invalid input or usage", help, StringComparison.Ordinal);
        Assert.Equal(command.Length == 0, help.Contains("\n  3  operational failure", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_of_other_commands_has_no_notes()
    {
        Assert.DoesNotContain("Exit codes:", Netcode.Run(Path.GetTempPath(), "schema", "--help").StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData]
    public void An_unknown_or_missing_command_is_one_error_and_exit_2(params string[] arguments)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), arguments);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Single(outcome.StandardError.Split('\n'), l => l.StartsWith("netcode: error:", StringComparison.Ordinal));
        Assert.EndsWith("Run 'netcode --help' for usage.\n", outcome.StandardError.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.StandardOutput);
    }

    [Theory]
    [InlineData("valdate", "'valdate': did you mean 'validate'?")]
    [InlineData("chek", "'chek': did you mean 'check'?")]
    public void A_misspelt_command_suggests_the_command(string typed, string suggestion)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), typed);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(suggestion, outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_suggests_the_option()
    {
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--fromat", "json");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'--fromat': did you mean '--format'?", outcome.StandardError, StringComparison.Ordinal);
    }
}
