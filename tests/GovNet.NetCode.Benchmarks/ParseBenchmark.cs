using System.Diagnostics;
using System.Globalization;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Testing;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Parse + normalise + compare of one config of about 10,000 lines per dialect (issue 13: under 20 ms):
/// the dialect's parser reading it into facts (<see cref="Dialect.Parse"/>), then drift's normalising and
/// tree-building of the intended and of an edited running copy and their comparison
/// (<see cref="ConfigComparer"/>). The configs are compiled from the generated city network: per
/// dialect, the one whose line count is nearest 10,000 from above (or the largest). Each step runs once
/// cold, then <see cref="WarmRuns"/> times; the median and fastest warm run are printed in wall time, and
/// the process's CPU time over all warm runs divided by their number (its clock ticks too coarsely for
/// one run), which a loaded machine inflates far less than the wall clock; and what a run allocates and
/// how many collections the warm runs caused, since what a parse keeps is what each collection copies.
/// </summary>
internal static class ParseBenchmark
{
    private const int WarmRuns = 25;
    private const int TargetLines = 10_000;

    public static int Run(int units)
    {
        using var folder = new TemporaryDirectory("netcode-parse-bench");
        NetworkGenerator.Generate(Specs.City(units, null)).WriteTo(folder.Path);
        var run = PolicyPipeline.Run(folder.Path, DateOnly.FromDateTime(DateTime.Today), new TemplateLibrary(RepositoryRoot.Templates()), PipelineGoal.Compile);
        var configs = run.Configs ?? throw new InvalidOperationException($"the {units}-unit network does not compile");
        var chosen = configs.GroupBy(c => c.Vendor).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(group => group.OrderBy(c => Lines(c) >= TargetLines ? 0 : 1).ThenBy(c => Math.Abs(Lines(c) - TargetLines)).First())
            .ToList();
        chosen.ForEach(Measure);

        // Last, since closing a headroom leaves the collector's budgets larger than the runs above had them.
        chosen.ForEach(MeasureInHeadroom);
        return 0;
    }

    /// <summary>
    /// All three steps again, each run in a collector's headroom of its own (<see cref="CollectorHeadroom"/>), opened
    /// and closed outside the clock: the time a netcode process takes for a config while within its headroom, as
    /// `netcode parse` and `netcode drift` are for their first configs (about twenty of this size). The runs of
    /// <see cref="Measure"/> are those of a process past it, paying for the collections its garbage causes.
    /// </summary>
    private static void MeasureInHeadroom(CompiledConfig config)
    {
        var allThree = AllThree(config);
        var clock = new Stopwatch();
        var warm = new double[WarmRuns];
        for (var i = 0; i < WarmRuns; i++)
        {
            if (!CollectorHeadroom.Open())
            {
                throw new InvalidOperationException("the runtime declined the collector's headroom");
            }

            clock.Restart();
            allThree();
            warm[i] = clock.Elapsed.TotalMilliseconds;
            CollectorHeadroom.Close();
        }

        Array.Sort(warm);
        var perTenThousand = warm[WarmRuns / 2] * TargetLines / Lines(config);
        Console.WriteLine(Invariant($"{config.Vendor,-14} {config.Hostname,-14} {Lines(config),6:N0} lines: all three in the headroom, warm median {warm[WarmRuns / 2]:F1} ms (fastest {warm[0]:F1} ms), {perTenThousand:F1} ms per {TargetLines:N0} lines"));
    }

    private static void Measure(CompiledConfig config)
    {
        var dialect = DialectRegistry.Find(config.Vendor)!;
        var running = DriftBenchmark.Edit(config);
        var parse = Time(() => dialect.Parse(config.Text, config.FileName).Interfaces.Length);
        var compare = Time(() => ConfigComparer.Compare(config.Hostname, dialect, config.Text, running, IgnorePatterns.None).Length);
        var both = Time(AllThree(config));
        Console.WriteLine(Invariant($"{config.Vendor,-14} {config.Hostname,-14} {Lines(config),6:N0} lines: parse {parse}; normalise + compare {compare}; all three {both}"));
    }

    /// <summary>Parse, then normalise and compare against an edited running copy: what a drift of this config does.</summary>
    private static Func<int> AllThree(CompiledConfig config)
    {
        var dialect = DialectRegistry.Find(config.Vendor)!;
        var running = DriftBenchmark.Edit(config);
        return () => dialect.Parse(config.Text, config.FileName).Interfaces.Length
            + ConfigComparer.Compare(config.Hostname, dialect, config.Text, running, IgnorePatterns.None).Length;
    }

    /// <summary>Cold, then the median and the fastest of the warm runs, in milliseconds of wall time.</summary>
    private static string Time(Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        work();
        var cold = clock.Elapsed.TotalMilliseconds;
        var warm = new double[WarmRuns];
        var cpu = Measurement.CpuTime();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var i = 0; i < WarmRuns; i++)
        {
            clock.Restart();
            work();
            warm[i] = clock.Elapsed.TotalMilliseconds;
        }

        var cpuPerRun = (Measurement.CpuTime() - cpu).TotalMilliseconds / WarmRuns;
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / WarmRuns / 1e6;
        var (gen0, gen1, gen2) = (GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2, GC.CollectionCount(2) - collections.Item3);
        Array.Sort(warm);
        return Invariant($"cold {cold:F1} ms, warm median {warm[WarmRuns / 2]:F1} ms (fastest {warm[0]:F1} ms), {cpuPerRun:F1} ms CPU, {megabytes:F1} MB allocated a run; collections over the warm runs: {gen0}/{gen1}/{gen2} (gen 0/1/2)");
    }

    private static int Lines(CompiledConfig config) => config.Text.AsSpan().Count('\n');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
