namespace GovNet.NetCode.Report;

/// <summary>
/// Replaces a folder whole: its new content is written into a fresh sibling, and only then does the
/// sibling take the folder's place, so a failed run never leaves a half-written folder behind.
/// </summary>
public static class AtomicFolder
{
    /// <summary>Fills a staging folder with <paramref name="write"/> and moves it to <paramref name="folder"/>; on an I/O error the old folder stays and the error is rethrown.</summary>
    public static void Replace(string folder, Action<string> write)
    {
        using var staging = new StagingFolder(folder);
        staging.Create();
        write(staging.Path);
        staging.Commit();
    }
}
