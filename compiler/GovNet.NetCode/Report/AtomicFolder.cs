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
        var target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            write(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(previous) && !Directory.Exists(target))
            {
                Directory.Move(previous, target);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }
}
