using System.Globalization;
using System.Text.RegularExpressions;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

public sealed partial class CollectorHeadroomTests
{
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData(24L * 1024 * MiB, 512 * MiB)]
    [InlineData(4L * 1024 * MiB, 512 * MiB)]
    [InlineData(2L * 1024 * MiB, 256 * MiB)]
    [InlineData(512 * MiB, 64 * MiB)]
    [InlineData(256 * MiB, 32 * MiB)]
    [InlineData(255 * MiB, 0)]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    public void The_headroom_is_an_eighth_of_the_memory_at_most_512_MiB_and_none_below_32(long available, long expected) =>
        Assert.Equal(expected, CollectorHeadroom.For(available));

    [Fact]
    public void A_compile_of_a_few_hundred_units_runs_without_a_collection_after_the_one_that_opens_the_headroom()
    {
        var stages = Stages("compile", NetworkSpec.County with { Units = 300, Devices = 80, Seed = 5 });
        var allocated = stages.Sum(stage => double.Parse(stage.Groups["mib"].Value, CultureInfo.InvariantCulture));

        // Tens of MiB: the collector's default budget (a few MiB while it may collect in the background) would have run several times.
        Assert.True(allocated > 40, $"only {allocated:F1} MiB allocated: the network is too small to show the headroom");
        Assert.All(stages, stage => Assert.Equal("1/1/1", stage.Groups["gc"].Value));
    }

    [Fact]
    public void A_check_collects_while_it_verifies_so_the_headroom_does_not_hold_the_verifier_s_garbage()
    {
        // The county preset's verification allocates about 190 MiB, well within the headroom, so only closing it lets the collector run
        // (a hundred units allocate nearly 1 GiB, which ends the headroom whether it is closed or not).
        var stages = Stages("check", NetworkSpec.County with { Seed = 5 });
        var verifying = stages.FindIndex(stage => stage.Groups["stage"].Value.StartsWith("verify:", StringComparison.Ordinal));
        Assert.True(verifying > 0, string.Join('\n', stages.Select(stage => stage.Value)));
        Assert.All(stages.Take(verifying), stage => Assert.Equal("1/1/1", stage.Groups["gc"].Value));
        var last = stages[^1];
        Assert.Equal("write", last.Groups["stage"].Value);
        Assert.True(int.Parse(last.Groups["gc"].Value.Split('/')[0], CultureInfo.InvariantCulture) > 1, last.Value);
    }

    /// <summary>The stage lines of one run of <paramref name="command"/> on the network <paramref name="spec"/> generates, in a process of its own.</summary>
    private static List<Match> Stages(string command, NetworkSpec spec)
    {
        using var repository = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
        var outcome = NetcodeProcess.Run(
            repository.Path,
            new Dictionary<string, string> { ["NETCODE_STAGE_TIMES"] = "1" },
            command, "--repo", repository.Path, "--out", Path.Combine(repository.Path, "build"), "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var stages = StageLine().Matches(outcome.StandardError).ToList();
        Assert.True(stages.Count > 3, outcome.StandardError);
        return stages;
    }

    [GeneratedRegex(@"^stage (?<stage>\S+) .*?(?<mib>-?[0-9.]+) MiB allocated.* gc (?<gc>[0-9]+/[0-9]+/[0-9]+)$", RegexOptions.Multiline)]
    private static partial Regex StageLine();
}
