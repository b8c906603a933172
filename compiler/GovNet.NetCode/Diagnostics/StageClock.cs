using System.Diagnostics;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// Wall time per stage of one run, for finding where a slow compile goes without a profiler: with
/// <c>NETCODE_STAGE_TIMES=1</c> each <see cref="Mark"/> prints the time since the previous mark (and since
/// the process started) to standard error, with the bytes allocated on the managed heap since the previous mark
/// (all threads), the figure the collector's share of a compile follows, and the process's CPU time (user and system, all threads). Off by default, when a mark costs one field read and prints nothing.
/// </summary>
public static class StageClock
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("NETCODE_STAGE_TIMES") == "1";
    private static long last = Stopwatch.GetTimestamp();
    private static long allocated = GC.GetTotalAllocatedBytes(precise: false);
    private static TimeSpan processor = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Ends the stage named <paramref name="stage"/> here.</summary>
    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        // CPU beside wall shows how many cores a stage kept busy: a stage whose CPU is near its wall ran on one.
        Console.Error.WriteLine($"stage {stage,-12} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds,8:F1} ms   at {sinceStart.TotalMilliseconds,8:F1} ms   {(bytes - allocated) / 1048576.0,8:F1} MiB allocated   {(cpu - processor).TotalMilliseconds,7:F1} ms CPU");
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        processor = process.TotalProcessorTime;
        last = Stopwatch.GetTimestamp();
    }
}
