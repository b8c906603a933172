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
    public static bool LeavesRepository(string root, string relative)
    {
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(relative, fullRoot);
        if (Path.GetRelativePath(fullRoot, full).StartsWith("..", StringComparison.Ordinal))
        {
            return false;
        }

        var realRoot = RealPath(fullRoot);
        var real = RealPath(full);
        return real is null || realRoot is null || !(real + Path.DirectorySeparatorChar).StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
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
