using System.Diagnostics;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// Wall time per stage of one run, for finding where a slow compile goes without a profiler: with
/// <c>NETCODE_STAGE_TIMES=1</c> each <see cref="Mark"/> prints the time since the previous mark (and since
/// the process started) to standard error, with the bytes allocated on the managed heap since the previous mark
/// (all threads), the figure the collector's share of a compile follows. Off by default, when a mark costs one field read and prints nothing.
/// </summary>
public static class StageClock
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("NETCODE_STAGE_TIMES") == "1";
    private static long last = Stopwatch.GetTimestamp();
    private static long allocated = GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>Ends the stage named <paramref name="stage"/> here.</summary>
    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"stage {stage,-12} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds,8:F1} ms   at {sinceStart.TotalMilliseconds,8:F1} ms   {(bytes - allocated) / 1048576.0,8:F1} MiB allocated");
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        last = Stopwatch.GetTimestamp();
    }
}
