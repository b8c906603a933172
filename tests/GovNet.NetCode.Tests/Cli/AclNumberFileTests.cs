using System.Text.RegularExpressions;
using GovNet.NetCode.Load;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>
/// inventory/acl-numbers.txt as a user meets it: compile writes it once and then leaves it alone, the
/// next compile keeps its numbers, and a merge that breaks it is an error at the line, with nothing written.
/// </summary>
public sealed partial class AclNumberFileTests
{
    [Fact]
    public void Compile_writes_the_numbers_once_and_a_flow_added_at_the_top_keeps_every_other_rule_number()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var first = Netcode.Run(root, "compile");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"ACL rule numbers written to {AclNumberFile.Path}", first.StandardOutput, StringComparison.Ordinal);
        var numbers = File.ReadAllText(Path.Combine(root, AclNumberFile.Path));
        Assert.Contains("acl EXT-CORE-01 segment:finance@public\n", numbers, StringComparison.Ordinal);
        var before = Rules(File.ReadAllText(Path.Combine(root, "build", "configs", "EXT-CORE-01.cfg")));

        var again = Netcode.Run(root, "compile");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(AclNumberFile.Path, again.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(numbers, File.ReadAllText(Path.Combine(root, AclNumberFile.Path)));

        var flows = Path.Combine(root, "policy", "flows.yaml");
        File.WriteAllText(flows, File.ReadAllText(flows).Replace("flows:\n", "flows:\n  - permit udp/123 from zone:public to service:oa\n", StringComparison.Ordinal));
        Assert.Equal(0, Netcode.Run(root, "compile").ExitCode);
        var after = Rules(File.ReadAllText(Path.Combine(root, "build", "configs", "EXT-CORE-01.cfg")));

        Assert.True(after.Count > before.Count, "the flow adds rules");
        Assert.All(before, rule => Assert.Equal(rule.Value, after[rule.Key]));
    }

    [Fact]
    public void A_rule_added_where_no_number_is_free_renumbers_its_neighbour_and_says_so()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile").ExitCode);

        // finance's ACL starts with its flow to oa at 1000; at 0 it leaves no number below for a flow added above.
        var file = Path.Combine(root, AclNumberFile.Path);
        const string Header = "acl EXT-CORE-01 segment:finance@public\n1000 ";
        Assert.Contains(Header, File.ReadAllText(file), StringComparison.Ordinal);
        File.WriteAllText(file, File.ReadAllText(file).Replace(Header, "acl EXT-CORE-01 segment:finance@public\n0 ", StringComparison.Ordinal));
        var flows = Path.Combine(root, "policy", "flows.yaml");
        File.WriteAllText(flows, File.ReadAllText(flows).Replace("flows:\n", "flows:\n  - permit udp/123 from zone:public to service:oa\n", StringComparison.Ordinal));

        var outcome = Netcode.Run(root, "compile");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("NC6105", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("warning NC6105: ACL 3110 on EXT-CORE-01: 1 unchanged rule(s) renumbered", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_left_in_the_number_file_is_an_error_at_its_line_and_nothing_is_written()
    {
        using var repo = new MiniRepo().With(AclNumberFile.Path, "acl EXT-CORE-01 segment:finance@public\n<<<<<<< HEAD\n1000 deny ip 0.0.0.0/0 0.0.0.0/0\n");
        var root = repo.Write();

        var outcome = Netcode.Run(root, "compile");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("NC1013", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{AclNumberFile.Path}:2:1: error NC1013: expected 'acl HOSTNAME KEY'", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "build")));
    }

    /// <summary>VRP rule lines by their text without the number, with the number.</summary>
    private static Dictionary<string, string> Rules(string config)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        string? acl = null;
        foreach (var line in config.Split('\n'))
        {
            if (line.StartsWith("acl ", StringComparison.Ordinal))
            {
                acl = line;
            }
            else if (RuleLine().Match(line) is { Success: true } match)
            {
                rules[$"{acl} {match.Groups[2].Value}"] = match.Groups[1].Value;
            }
        }

        return rules;
    }

    [GeneratedRegex(@"^ rule (\d+) ((permit|deny) .*)$")]
    private static partial Regex RuleLine();
}
