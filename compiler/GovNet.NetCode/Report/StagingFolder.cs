namespace GovNet.NetCode.Report;

/// <summary>
/// A fresh sibling of a folder that takes the folder's place whole once filled (<see cref="Commit"/>).
/// Disposed before then, it is removed and the folder is left as it was, whatever ended the run.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string target;
    private readonly string previous;
    private bool committed;

    public StagingFolder(string folder)
    {
        target = System.IO.Path.GetFullPath(folder).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target) ?? ".";
        var name = System.IO.Path.GetFileName(target);
        Path = System.IO.Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        previous = System.IO.Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
    }

    /// <summary>The staging folder, beside the target so that moving it into place is a rename.</summary>
    public string Path { get; }

    public void Create() => Directory.CreateDirectory(Path);

    /// <summary>Moves the staging folder to the target; on an I/O error the old target stays (or is put back) and the error is rethrown.</summary>
    public void Commit()
    {
        try
        {
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(Path, target);
            committed = true;
            if (Directory.Exists(previous))
            {
                OldFolder.Remove(previous);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(previous) && !Directory.Exists(target))
            {
                Directory.Move(previous, target);
            }

            throw;
        }
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        try
        {
            if (!committed && Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the error that ended the run is the one worth reporting, not this one.
        }
    }
}
