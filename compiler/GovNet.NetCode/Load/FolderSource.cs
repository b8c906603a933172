using System.Collections.Concurrent;

namespace GovNet.NetCode.Load;

/// <summary>
/// A policy repository's folder on disk. A file that a symbolic link takes outside the folder is
/// refused (<see cref="RepositoryLinks"/>); a path named outside it on purpose (a
/// <c>--collection</c> file given with <c>../</c>) is read as named.
/// </summary>
public sealed class FolderSource(string root) : ISourceTree
{
    /// <summary>Each folder's real path, resolved once: a repository of thousands of files lives in a handful of folders.</summary>
    private readonly ConcurrentDictionary<string, string?> realFolders = new(StringComparer.Ordinal);

    public string Root => root;

    public string Location => root;

    /// <summary>Each read opens its own handle, and the folders' real paths are kept in a concurrent map.</summary>
    public bool ReadsConcurrently => true;

    public bool HasFolder(string path) => Directory.Exists(Path.Combine(root, path));

    public bool HasFile(string path) => File.Exists(Path.Combine(root, path));

    public IReadOnlyList<string> FilesIn(string folder)
    {
        var full = Path.Combine(root, folder);
        return Directory.Exists(full)
            ? [.. Directory.EnumerateFiles(full).Select(f => folder.Length == 0 ? Path.GetFileName(f) : $"{folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)]
            : [];
    }

    public FileRead Read(string path, int limit)
    {
        if (RepositoryLinks.LeavesRepository(root, path, folder => realFolders.GetOrAdd(folder, RepositoryLinks.RealPath)))
        {
            return new FileRead.LeavesTree();
        }

        try
        {
            // One open, one fstat and reads straight into the buffer: no stream, no read-ahead hint.
            using var handle = File.OpenHandle(Path.Combine(root, path), FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > limit)
            {
                // Refuse before reading: a multi-gigabyte file must not be loaded into memory.
                return new FileRead.TooLarge(length);
            }

            // The length is only what the file system says: a symlink to /dev/zero says 0 and never
            // ends, and a file may grow after the check. Read at most one byte past the cap.
            var bytes = ReadAtMost(handle, length, limit + 1);
            return bytes.Length > limit ? new FileRead.TooLarge(null) : new FileRead.Contents(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileRead.Unreadable(e.Message);
        }
    }

    /// <summary>Reads until the end of the file or <paramref name="limit"/> bytes, whichever comes first.</summary>
    private static byte[] ReadAtMost(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long expected, int limit)
    {
        // Sized to the announced length, not rounded up: a repository is thousands of files of a few hundred
        // bytes, and a 4 KB buffer cut down to size was two arrays and most of the loader's reading garbage.
        var buffer = new byte[(int)Math.Min(limit, expected > 0 ? expected : 4096)];
        Span<byte> probe = stackalloc byte[1];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total == limit)
                {
                    break;
                }

                // Full at the announced length: one more byte tells the end of the file from a file that grew.
                if (RandomAccess.Read(handle, probe, total) == 0)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
                buffer[total++] = probe[0];
                continue;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
