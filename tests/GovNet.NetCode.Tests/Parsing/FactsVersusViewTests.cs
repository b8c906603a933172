using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The one facts-versus-view oracle, over every registered dialect: a config the compiler rendered,
/// parsed back by its dialect, says exactly what the compiler decided for that device
/// (<see cref="FactsMatchView"/>) and leaves no line unparsed.
/// </summary>
public sealed class FactsVersusViewTests
{
    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void Every_golden_config_parses_back_to_what_the_compiler_decided(string dialectId)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        var views = CompileHarness.ViewsByHostname(CompileHarness.Model(NetcodeProcess.RepositoryRoot()));
        var failures = DialectSamples.GoldenOf(dialectId)
            .SelectMany(g => FactsMatchView.Differences(views[g.Hostname], dialect.Parse(File.ReadAllText(g.Path), g.Path)).Select(d => $"{g.Hostname}: {d}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void The_mini_repo_configs_parse_back_to_what_the_compiler_decided(string dialectId)
    {
        using var repo = new MiniRepo();
        var model = CompileHarness.Model(repo.Write());
        var views = CompileHarness.ViewsByHostname(model);
        var dialect = DialectRegistry.Find(dialectId)!;
        var failures = CompileHarness.CompileClean(model)
            .Where(c => c.Vendor == dialectId)
            .SelectMany(c => FactsMatchView.Differences(views[c.Hostname], dialect.Parse(c.Text, c.FileName)).Select(d => $"{c.Hostname}: {d}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }
}
