using System.Text.Json;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary><c>netcode parse</c>: per file the dialect (given or detected), line counts and every unparsed line; exit 0, 1 or 2.</summary>
public sealed class ParseCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netcode-parse-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void A_generated_config_is_detected_understood_whole_and_exits_0(string dialect)
    {
        var file = Copy(DialectSamples.SmallestOf(dialect).Path, "device.cfg");

        var outcome = Netcode.Run(folder, "parse", "device.cfg", "--format", "json");

        Assert.True(outcome.ExitCode == 0, outcome.StandardOutput + outcome.StandardError);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var only = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(["file", "dialect", "lines", "configLines", "understoodLines", "unparsed"], only.EnumerateObject().Select(p => p.Name));
        Assert.Equal("device.cfg", only.GetProperty("file").GetString());
        Assert.Equal(dialect, only.GetProperty("dialect").GetString());
        Assert.Equal(File.ReadAllLines(file).Length, only.GetProperty("lines").GetInt32());
        Assert.Equal(only.GetProperty("configLines").GetInt32(), only.GetProperty("understoodLines").GetInt32());
        Assert.True(only.GetProperty("configLines").GetInt32() > 0);
        Assert.Empty(only.GetProperty("unparsed").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void An_unknown_interface_line_is_listed_as_forwarding_and_exits_1(string dialect)
    {
        var text = DialectSamples.WithUnknownInterfaceLine(File.ReadAllText(DialectSamples.SmallestOf(dialect).Path), "frobnicate 7");
        File.WriteAllText(Path.Combine(folder, "device.cfg"), text);

        var outcome = Netcode.Run(folder, "parse", "--dialect", dialect, "device.cfg", "--format", "json");

        Assert.Equal(1, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        var unparsed = Assert.Single(file.GetProperty("unparsed").EnumerateArray());
        Assert.Equal(["line", "text", "section", "forwarding"], unparsed.EnumerateObject().Select(p => p.Name));
        Assert.Equal("frobnicate 7", unparsed.GetProperty("text").GetString());
        Assert.Equal(text.Split('\n').ToList().IndexOf(" frobnicate 7") + 1, unparsed.GetProperty("line").GetInt32());
        Assert.StartsWith("interface ", unparsed.GetProperty("section").GetString(), StringComparison.Ordinal);
        Assert.True(unparsed.GetProperty("forwarding").GetBoolean());
        Assert.Equal(file.GetProperty("configLines").GetInt32() - 1, file.GetProperty("understoodLines").GetInt32());
    }

    [Fact]
    public void Text_output_names_each_file_its_dialect_and_each_unparsed_line_with_its_number()
    {
        var dialect = DialectRegistry.All[0].Id;
        var text = DialectSamples.WithUnknownInterfaceLine(File.ReadAllText(DialectSamples.SmallestOf(dialect).Path), "frobnicate 7");
        File.WriteAllText(Path.Combine(folder, "a.cfg"), text);
        var line = text.Split('\n').ToList().IndexOf(" frobnicate 7") + 1;

        var outcome = Netcode.Run(folder, "parse", "a.cfg");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"a.cfg: {dialect}, ", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"a.cfg:{line}: forwarding in 'interface ", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("': frobnicate 7", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_of_different_dialects_are_each_detected()
    {
        var ids = DialectRegistry.All.Select(d => d.Id).ToList();
        var names = ids.Select(id => Path.GetFileName(Copy(DialectSamples.SmallestOf(id).Path, id + ".cfg"))).ToArray();

        var outcome = Netcode.Run(folder, ["parse", .. names, "--format", "json"]);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Equal(ids, json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("dialect").GetString()));
    }

    [Fact]
    public void Unparsed_lines_are_printed_with_their_secrets_masked()
    {
        var dialect = DialectRegistry.All[0].Id;
        File.WriteAllText(Path.Combine(folder, "a.cfg"), DialectSamples.WithUnknownInterfaceLine(File.ReadAllText(DialectSamples.SmallestOf(dialect).Path), "frobnicate password S3cr3tValue"));

        var outcome = Netcode.Run(folder, "parse", "a.cfg", "--format", "json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.DoesNotContain("S3cr3tValue", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input_naming_the_file_and_nothing_is_printed()
    {
        Copy(DialectSamples.SmallestOf(DialectRegistry.All[0].Id).Path, "there.cfg");

        var outcome = Netcode.Run(folder, "parse", "there.cfg", "gone.cfg");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.StandardOutput);
        Assert.Contains("gone.cfg:1:1: error NC1001: config file does not exist", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dialect_is_bad_input()
    {
        var outcome = Netcode.Run(folder, "parse", "--dialect", "junos", "x.cfg");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.StandardOutput);
        Assert.Contains("NC1020", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("error NC1020: unknown dialect 'junos'", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello\nworld\n")]
    [InlineData("")]
    public void A_config_whose_dialect_cannot_be_told_is_bad_input_at_its_first_line(string text)
    {
        File.WriteAllText(Path.Combine(folder, "odd.cfg"), text);

        var outcome = Netcode.Run(folder, "parse", "odd.cfg");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.StandardOutput);
        Assert.Contains("NC1021", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("odd.cfg:1:1: error NC1021: cannot tell the config's dialect", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void No_file_at_all_is_a_usage_error()
    {
        Assert.Equal(2, Netcode.Run(folder, "parse").ExitCode);
    }

    private string Copy(string source, string name)
    {
        var target = Path.Combine(folder, name);
        File.Copy(source, target);
        return target;
    }
}
