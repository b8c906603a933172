using System.Diagnostics;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// Wall time per stage of one run, for finding where a slow compile goes without a profiler: with
/// <c>NETCODE_STAGE_TIMES=1</c> each <see cref="Mark"/> prints the time since the previous mark (and since
/// the process started) to standard error. Off by default, when a mark costs one field read and prints nothing.
/// </summary>
public static class StageClock
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("NETCODE_STAGE_TIMES") == "1";
    private static long last = Stopwatch.GetTimestamp();

    /// <summary>Ends the stage named <paramref name="stage"/> here.</summary>
    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"stage {stage,-12} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds,8:F1} ms   at {sinceStart.TotalMilliseconds,8:F1} ms");
        last = Stopwatch.GetTimestamp();
    }
}
