using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using LibGit2Sharp;

namespace GovNet.NetCode.Adapters.Git;

/// <summary>A revision of the policy folder: its full commit id, how a report names it, and its files in memory.</summary>
public sealed record GitRevision(string Commit, string Description, ISourceTree Files);

/// <summary>
/// The revisions of the Git repository that holds a policy folder, read through libgit2 in this
/// process: objects are read from the object database, never checked out or written anywhere, so
/// the working tree, the index and HEAD are untouched. The folder may be a subfolder of the
/// repository; a revision then means that subfolder of it. Disposing closes the repository, after
/// which the revisions' files can no longer be read.
/// </summary>
public sealed class GitRevisions : IDisposable
{
    private readonly Repository repository;
    private readonly string folder;
    private readonly string prefix;

    private GitRevisions(Repository repository, string folder, string prefix)
    {
        this.repository = repository;
        this.folder = folder;
        this.prefix = prefix;
    }

    /// <summary>
    /// The repository holding <paramref name="folder"/>, asked of each folder upwards. Not <see cref="Repository.Discover"/>:
    /// it hands its answer back through a buffer that a native (AOT) netcode never sees written (LibGit2Sharp issue 2187).
    /// </summary>
    private static string? Discover(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (Repository.IsValid(current.FullName))
            {
                return current.FullName;
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="GitException"/> when <paramref name="folder"/> is not in a Git repository with a working tree.</summary>
    public static GitRevisions Open(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new GitException(Codes.GitFailed, $"repository folder {folder} does not exist");
        }

        Repository repository;
        try
        {
            var found = Discover(folder) ?? throw new GitException(Codes.GitFailed, $"{folder} is not in a Git repository");
            repository = new Repository(found);
        }
        catch (LibGit2SharpException e)
        {
            throw new GitException(Codes.GitFailed, $"cannot open the Git repository at {folder}: {e.Message}", e);
        }

        if (repository.Info.WorkingDirectory is not { } workingDirectory)
        {
            repository.Dispose();
            throw new GitException(Codes.GitFailed, $"the Git repository of {folder} is bare; plan reads a policy folder in a working tree");
        }

        // Both sides with links resolved: /tmp may be a link, and libgit2 reports the real path.
        var top = RepositoryLinks.RealPath(workingDirectory) ?? Path.GetFullPath(workingDirectory);
        var here = RepositoryLinks.RealPath(folder) ?? Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(top, here).Replace('\\', '/');
        return new GitRevisions(repository, folder, relative == "." ? "" : relative);
    }

    /// <summary>
    /// The commit <paramref name="revision"/> names (branch, tag, commit id, <c>HEAD~2</c>) and its
    /// files. A name that resolves to nothing, or whose commit is not in this clone (a shallow one),
    /// is <see cref="Codes.UnknownRevision"/>; objects missing below the commit are <see cref="Codes.GitFailed"/>.
    /// </summary>
    public GitRevision Read(string revision)
    {
        var commit = Resolve(revision);
        var description = $"{revision} ({commit.Sha[..12]})";
        return new GitRevision(commit.Sha, description, GitTreeSource.Of(repository, commit, prefix, description));
    }

    /// <summary>
    /// How a report names the policy folder as it is on disk: the commit it stands on, and whether it
    /// holds edits not yet committed. A pull request's checkout is a commit, and its plan says so.
    /// </summary>
    public string DescribeWorkingTree()
    {
        if (repository.Head.Tip is not { } tip)
        {
            return "working tree (no commit yet)";
        }

        var options = new StatusOptions { IncludeUntracked = true, RecurseUntrackedDirs = true };
        if (prefix.Length > 0)
        {
            options.PathSpec = [prefix + "/"];
        }

        return repository.RetrieveStatus(options).IsDirty
            ? $"working tree (HEAD {tip.Sha[..12]} with uncommitted edits)"
            : $"HEAD ({tip.Sha[..12]})";
    }

    private Commit Resolve(string revision)
    {
        // Nothing that could read as an option or a range: a revision names one commit.
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new GitException(Codes.UnknownRevision, $"revision '{revision}' is not a revision name");
        }

        try
        {
            if (repository.Lookup(revision + "^{commit}") is Commit commit)
            {
                return commit;
            }
        }
        catch (LibGit2SharpException)
        {
            // Not found, ambiguous or malformed: all the same to the user, a name that names no commit.
        }

        throw new GitException(Codes.UnknownRevision, $"revision '{revision}' does not exist in the Git repository at {folder}");
    }

    public void Dispose() => repository.Dispose();
}
