using System.Runtime;

namespace GovNet.NetCode.Pipeline;

/// <summary>
/// Lets a netcode process allocate its first stretch of memory without a garbage collection. Loading,
/// validating, translating and rendering keep nearly everything they build (the model, every device's
/// view, every config) to the end of the run, so each collection there mostly copies live objects from
/// one generation to the next: at 2,000 units the threads of a compile stood still for about 200 ms of its
/// 600 (tests/README.md, "The collector's headroom"). A compile of that size allocates about 350 MiB in
/// all, so with this headroom it runs without one collection. Verification is the opposite, garbage that
/// dies young, so the pipeline closes the headroom before it (<see cref="Close"/>); past the headroom, the
/// collector works as it always does.
/// </summary>
public static class CollectorHeadroom
{
    /// <summary>The most a run allocates before its first collection.</summary>
    public const long Most = 512L * 1024 * 1024;

    /// <summary>Below this, a headroom saves too little to be worth the memory it holds.</summary>
    public const long Least = 32L * 1024 * 1024;

    /// <summary>
    /// The headroom for a process that may use <paramref name="availableBytes"/>: an eighth of it, so a
    /// collector box or a container with little memory keeps seven eighths for the rest, at most
    /// <see cref="Most"/>, and none where that comes to less than <see cref="Least"/>.
    /// </summary>
    public static long For(long availableBytes)
    {
        var headroom = Math.Min(Most, Math.Max(0, availableBytes) / 8);
        return headroom < Least ? 0 : headroom;
    }

    /// <summary>
    /// Opens the headroom for this process, once, from its entry point (a test host running many commands
    /// in one process does not): false where there is none or the runtime declines it, and the run then
    /// collects as usual.
    /// </summary>
    public static bool Open()
    {
        var headroom = For(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        if (headroom == 0)
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(headroom);
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the runtime's limit, or a region already open: the run is only slower, never wrong.
            return false;
        }
    }

    /// <summary>Ends the headroom where one is open; the collector then runs as usual from the next allocation.</summary>
    public static void Close()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The headroom was already used up, which ended it.
        }
    }
}
