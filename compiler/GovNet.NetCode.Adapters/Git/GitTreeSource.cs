using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using LibGit2Sharp;

namespace GovNet.NetCode.Adapters.Git;

/// <summary>
/// The files of one commit (below the policy folder) as an <see cref="ISourceTree"/>. The tree is
/// walked once when made, so every object it names is known to be present before loading starts (a
/// shallow or partial clone fails here, as a Git failure, not as a policy file that "cannot be
/// read"); blob contents are read only when asked for. A symbolic link is followed inside the tree
/// and refused when it leads out of it, as links in a working tree are.
/// </summary>
internal sealed class GitTreeSource : ISourceTree
{
    private const int MaxLinks = 40;

    private readonly Repository repository;
    private readonly Dictionary<string, TreeEntry> files;
    private readonly HashSet<string> folders;

    private GitTreeSource(Repository repository, string location, Dictionary<string, TreeEntry> files, HashSet<string> folders)
    {
        this.repository = repository;
        Location = location;
        this.files = files;
        this.folders = folders;
    }

    public string Location { get; }

    public static GitTreeSource Of(Repository repository, Commit commit, string prefix, string location)
    {
        var files = new Dictionary<string, TreeEntry>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        try
        {
            // A folder the revision does not have reads as an empty tree: the loader then says which policy folders are missing.
            var top = prefix.Length == 0 ? commit.Tree : commit[prefix]?.Target as Tree;
            if (top is not null)
            {
                Walk(repository, top, "", files, folders);
            }
        }
        catch (LibGit2SharpException e)
        {
            throw new GitException(Codes.GitFailed, $"cannot read {location}: {e.Message}", e);
        }

        return new GitTreeSource(repository, location, files, folders);
    }

    private static void Walk(Repository repository, Tree tree, string path, Dictionary<string, TreeEntry> files, HashSet<string> folders)
    {
        foreach (var entry in tree)
        {
            var full = path.Length == 0 ? entry.Name : $"{path}/{entry.Name}";
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    folders.Add(full);
                    Walk(repository, (Tree)entry.Target, full, files, folders);
                    break;
                case TreeEntryTargetType.Blob when !repository.ObjectDatabase.Contains(entry.Target.Id):
                    throw new GitException(Codes.GitFailed, $"object {entry.Target.Sha} ({full}) is missing from the repository; is it a shallow or partial clone?");
                case TreeEntryTargetType.Blob:
                    files[full] = entry;
                    break;
                default:
                    // A submodule is another repository's commit, not a file of this one.
                    break;
            }
        }
    }

    public bool HasFolder(string path) => Resolve(path) is { } resolved && folders.Contains(resolved);

    public bool HasFile(string path) =>
        Resolve(path) is { } resolved ? files.ContainsKey(resolved) : files.ContainsKey(path);

    public IReadOnlyList<string> FilesIn(string folder)
    {
        if (Resolve(folder) is not { } resolved || !folders.Contains(resolved))
        {
            return [];
        }

        var start = resolved.Length == 0 ? "" : resolved + "/";
        return [.. files.Keys
            .Where(f => f.StartsWith(start, StringComparison.Ordinal) && f.IndexOf('/', start.Length) < 0)
            .Select(f => f[start.Length..])
            .Where(name => Resolve(Join(folder, name)) is not { } target || !folders.Contains(target))
            .Select(name => Join(folder, name))
            .Order(StringComparer.Ordinal)];
    }

    public FileRead Read(string path, int limit)
    {
        if (Resolve(path) is not { } resolved)
        {
            return new FileRead.LeavesTree();
        }

        if (!files.TryGetValue(resolved, out var entry))
        {
            return new FileRead.Unreadable($"{path} is not a file of {Location}");
        }

        // The loader may read from several threads (templates of each dialect); one repository handle is not shared that way.
        lock (repository)
        {
            try
            {
                // The size from the object's header: a blob over the limit is never inflated.
                var size = repository.ObjectDatabase.RetrieveObjectMetadata(entry.Target.Id).Size;
                if (size > limit)
                {
                    return new FileRead.TooLarge(size);
                }

                using var stream = ((Blob)entry.Target).GetContentStream();
                using var buffer = new MemoryStream((int)size);
                stream.CopyTo(buffer);
                return new FileRead.Contents(buffer.ToArray());
            }
            catch (LibGit2SharpException e)
            {
                return new FileRead.Unreadable(e.Message);
            }
        }
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    /// <summary>The path with every link along it followed; null when a link leads out of the tree or links loop.</summary>
    private string? Resolve(string path)
    {
        var pending = new Stack<string>(path.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = new List<string>();
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (current.Count == 0)
                {
                    return null;
                }

                current.RemoveAt(current.Count - 1);
                continue;
            }

            current.Add(part);
            if (!files.TryGetValue(string.Join('/', current), out var entry) || entry.Mode != Mode.SymbolicLink)
            {
                continue;
            }

            // A link's target is read relative to the folder holding it; an absolute one is outside by definition.
            var target = LinkTarget(entry);
            if (++links > MaxLinks || target.StartsWith('/'))
            {
                return null;
            }

            current.RemoveAt(current.Count - 1);
            foreach (var piece in target.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }
        }

        return string.Join('/', current);
    }

    private string LinkTarget(TreeEntry link)
    {
        lock (repository)
        {
            return ((Blob)link.Target).GetContentText();
        }
    }
}
