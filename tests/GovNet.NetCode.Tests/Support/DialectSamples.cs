using System.Text.Json;
using GovNet.NetCode.Dialects;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// Configs of every registered dialect for tests that run over all of them: the example network's
/// golden configs, grouped by the vendor the manifest names. A dialect without one fails
/// <see cref="GoldenOf"/>, so a new dialect is covered as soon as the example uses it.
/// </summary>
public static class DialectSamples
{
    public static string GoldenFolder => Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");

    /// <summary>Every registered dialect id, as theory data.</summary>
    public static TheoryData<string> Ids() => [.. DialectRegistry.All.Select(d => d.Id)];

    /// <summary>The golden configs (hostname, path) whose device uses <paramref name="dialect"/>.</summary>
    public static IReadOnlyList<(string Hostname, string Path)> GoldenOf(string dialect)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenFolder, "manifest.json")));
        var configs = manifest.RootElement.GetProperty("devices").EnumerateArray()
            .Where(d => d.GetProperty("vendor").GetString() == dialect)
            .Select(d => (d.GetProperty("hostname").GetString()!, Path.Combine(GoldenFolder, Path.GetFileName(d.GetProperty("file").GetString()!))))
            .ToList();
        Assert.True(configs.Count > 0, $"the example network has no {dialect} device: every registered dialect needs golden configs");
        return configs;
    }

    /// <summary>The smallest golden config of a dialect: a quick sample for tests that need one.</summary>
    public static (string Hostname, string Path) SmallestOf(string dialect) =>
        GoldenOf(dialect).OrderBy(g => new FileInfo(g.Path).Length).ThenBy(g => g.Hostname, StringComparer.Ordinal).First();

    /// <summary>The largest golden config of a dialect: the one that exercises most of its templates.</summary>
    public static (string Hostname, string Path) LargestOf(string dialect) =>
        GoldenOf(dialect).OrderByDescending(g => new FileInfo(g.Path).Length).ThenBy(g => g.Hostname, StringComparer.Ordinal).First();

    /// <summary>A config with one line no dialect models inserted into its first interface section, where every line affects forwarding.</summary>
    public static string WithUnknownInterfaceLine(string text, string unknown)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("interface ", StringComparison.Ordinal));
        Assert.True(at >= 0, "the sample has no interface section");
        lines.Insert(at + 1, " " + unknown);
        return string.Join('\n', lines);
    }
}
