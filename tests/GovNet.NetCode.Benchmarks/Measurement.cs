using System.Diagnostics;
using System.Globalization;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Wall time, CPU time and allocations of one piece of work. CPU time sits next to wall time because
/// on a shared two-core machine the wall clock also counts other people's work.
/// </summary>
internal readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu, long Allocated)
{
    public static (T Result, Measurement Measurement) Of<T>(Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        return (result, new Measurement(clock.Elapsed, CpuTime() - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated));
    }

    public static Measurement operator +(Measurement a, Measurement b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu, a.Allocated + b.Allocated);

    public static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Wall.TotalMilliseconds,7:F0} ms wall {Cpu.TotalMilliseconds,7:F0} ms CPU {Allocated / 1048576.0,8:F1} MiB allocated");
}
