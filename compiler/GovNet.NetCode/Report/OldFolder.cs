namespace GovNet.NetCode.Report;

/// <summary>
/// Removes a replaced build once the new one is in place. A rebuild's old folder holds one file per
/// device (two thousand for a county), and unlinking them one after another was the longest serial step
/// left after rendering; the files of each plain subfolder are removed on every core first, then the
/// folder itself as before, which also meets (and reports) any file that could not be removed.
/// </summary>
internal static class OldFolder
{
    public static void Remove(string folder)
    {
        foreach (var subfolder in new DirectoryInfo(folder).EnumerateDirectories())
        {
            // A link to a folder elsewhere is removed as a link by the recursive delete below, never
            // followed: only what the old build itself holds is emptied here.
            if (subfolder.LinkTarget is not null || (subfolder.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                continue;
            }

            Parallel.ForEach(subfolder.EnumerateFiles(), file =>
            {
                try
                {
                    file.Delete();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the recursive delete, which reports it as a single removal would have.
                }
            });
        }

        Directory.Delete(folder, recursive: true);
    }
}
