using System.Diagnostics;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// Wall time per stage of one run, for finding where a slow compile goes without a profiler: with
/// <c>NETCODE_STAGE_TIMES=1</c> each <see cref="Mark"/> prints the time since the previous mark (and since
/// the process started) to standard error, with the bytes allocated on the managed heap since the previous mark
/// (all threads), the figure the collector's share of a compile follows, the process's CPU time (user and system, all threads), the time threads stood still for collections, and how many collections of each generation the process has had so far. Off by default, when a mark costs one field read and prints nothing.
/// </summary>
public static class StageClock
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("NETCODE_STAGE_TIMES") == "1";
    private static long last = Stopwatch.GetTimestamp();
    private static long allocated = GC.GetTotalAllocatedBytes(precise: false);
    private static TimeSpan processor = Process.GetCurrentProcess().TotalProcessorTime;
    private static TimeSpan paused = GC.GetTotalPauseDuration();

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
        var pause = GC.GetTotalPauseDuration();
        // The collections so far and the time threads stood still for them say whether a stage pays for its own garbage or an earlier one's.
        Console.Error.WriteLine($"stage {stage,-12} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds,8:F1} ms   at {sinceStart.TotalMilliseconds,8:F1} ms   {(bytes - allocated) / 1048576.0,8:F1} MiB allocated   {(cpu - processor).TotalMilliseconds,7:F1} ms CPU   {(pause - paused).TotalMilliseconds,6:F1} ms paused   gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        paused = pause;
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        processor = process.TotalProcessorTime;
        last = Stopwatch.GetTimestamp();
    }
}
