using System.Text;

namespace GovNet.NetCode.Report;

/// <summary>Writes a file through a temporary sibling and a rename, so a reader never sees half a report.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> whole; <paramref name="ownerOnly"/> creates it readable by its owner alone before anything is in it (a filled config holds secrets).</summary>
    public static void WriteAllText(string path, string text, bool ownerOnly = false)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (ownerOnly && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(temporary, new UTF8Encoding(false), options))
            {
                writer.Write(text);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
