using System.Diagnostics;
using System.Globalization;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Times <see cref="PolicyValidator.Run"/> with a stopwatch: the first (cold: JIT, file cache) run and
/// warm runs after it, with peak working set and allocations, then a sweep over network sizes.
/// </summary>
internal static class ValidateBenchmark
{
    private const int WarmRuns = 5;
    private static readonly int[] SweepUnits = [250, 500, 1000, 2000];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    public static int Run(int? units, int? devices)
    {
        var spec = Specs.City(units ?? 2000, devices);
        using var folder = new TemporaryDirectory("netcode-bench");
        Console.WriteLine(Write(spec, folder.Path));

        // The generator's objects are garbage by now; collect them so they do not count against validation.
        GC.Collect();
        var status = Measure(folder.Path);
        Sweep();
        return status;
    }

    private static string Write(NetworkSpec spec, string directory)
    {
        var clock = Stopwatch.StartNew();
        var network = NetworkGenerator.Generate(spec);
        var generated = clock.Elapsed;
        network.WriteTo(directory);
        var kib = network.Files.Values.Sum(t => (long)t.Length) / 1024;
        return Invariant($"network: {network.Units.Length} units, {network.Segments.Count()} segments, {network.Devices.Length} devices, {network.Flows.Length} flows, {network.Files.Count} files, {kib} KiB (generated in {generated.TotalMilliseconds:F0} ms, written in {(clock.Elapsed - generated).TotalMilliseconds:F0} ms)");
    }

    public static int RunOnFolder(string repository) => Measure(repository);

    private static int Measure(string repository)
    {
        var status = 0;
        for (var run = 0; run <= WarmRuns; run++)
        {
            // CPU time next to wall time: on a shared two-core machine the wall clock also counts other people's work.
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = CpuTime();
            var clock = Stopwatch.StartNew();
            var result = PolicyValidator.Run(repository, Today);
            clock.Stop();
            var cpu = CpuTime() - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine(Invariant($"{(run == 0 ? "cold" : $"warm {run}"),-7} {clock.Elapsed.TotalMilliseconds,8:F0} ms wall {cpu.TotalMilliseconds,7:F0} ms CPU  allocated {allocated / 1048576.0,7:F1} MiB  {result.Errors} errors, {result.Warnings} warnings"));
            if (!result.Diagnostics.IsEmpty)
            {
                status = 1;
                foreach (var diagnostic in result.Diagnostics.Take(10))
                {
                    Console.WriteLine("  " + diagnostic);
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(Invariant($"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, total allocated {GC.GetTotalAllocatedBytes(precise: true) / 1048576.0:F0} MiB"));
        return status;
    }

    /// <summary>Warm runs (median of three) at growing sizes, to see how validation time scales.</summary>
    private static void Sweep()
    {
        Console.WriteLine("size sweep (warm, median of 3):");
        foreach (var units in SweepUnits)
        {
            var spec = Specs.City(units, null);
            using var folder = new TemporaryDirectory("netcode-sweep");
            var network = NetworkGenerator.Generate(spec);
            network.WriteTo(folder.Path);
            var times = Enumerable.Range(0, 3).Select(run =>
            {
                var clock = Stopwatch.StartNew();
                _ = PolicyValidator.Run(folder.Path, Today);
                return clock.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            Console.WriteLine(Invariant($"  {units,5} units {spec.Devices,4} devices {network.Segments.Count(),5} segments: {times[1],7:F0} ms"));
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
