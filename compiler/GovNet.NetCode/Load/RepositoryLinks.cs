namespace GovNet.NetCode.Load;

/// <summary>
/// Whether a file that sits in the repository really lives there. Git stores a symbolic link as a
/// link, so a change can add <c>policy/units/x.yaml → /etc/…</c>: the policy a reviewer approved
/// would then not be what is compiled, and a reading error could quote a file of the machine that
/// runs the check into a CI log. A file named outside the repository on purpose (a
/// <c>--collection</c> file) is not asked about.
/// </summary>
public static class RepositoryLinks
{
    private const int MaxLinks = 40;

    /// <summary>True when <paramref name="relative"/> is inside <paramref name="root"/> by name but a link takes it outside.</summary>
    public static bool LeavesRepository(string root, string relative) => LeavesRepository(root, relative, RealPath);

    /// <summary>
    /// As <see cref="LeavesRepository(string, string)"/>, with the folders' real paths taken from
    /// <paramref name="realFolder"/>: a caller reading thousands of files from a few folders resolves
    /// each folder once and only asks the file itself whether it is a link.
    /// </summary>
    public static bool LeavesRepository(string root, string relative, Func<string, string?> realFolder)
    {
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(relative, fullRoot);
        if (Path.GetRelativePath(fullRoot, full).StartsWith("..", StringComparison.Ordinal))
        {
            return false;
        }

        var realRoot = realFolder(fullRoot);
        var real = RealChild(realFolder, full);
        return real is null || realRoot is null || !(real + Path.DirectorySeparatorChar).StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The real path of <paramref name="full"/>: its folder's real path (from <paramref name="realFolder"/>) and its name, or the link resolved whole.</summary>
    private static string? RealChild(Func<string, string?> realFolder, string full)
    {
        var folder = Path.GetDirectoryName(full);
        if (folder is null || realFolder(folder) is not { } realParent)
        {
            return RealPath(full);
        }

        var inRealFolder = Path.Combine(realParent, Path.GetFileName(full));
        return new FileInfo(inRealFolder).LinkTarget is null ? inRealFolder : RealPath(inRealFolder);
    }

    /// <summary>The path with every link along it resolved; null for a loop of links.</summary>
    public static string? RealPath(string path)
    {
        var pending = new Stack<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // A link's target is read relative to the folder holding the link; its parts are walked like the rest.
            var resolved = Path.GetFullPath(target, current);
            foreach (var piece in resolved.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            current = Path.GetPathRoot(resolved) ?? "/";
        }

        return current;
    }
}
