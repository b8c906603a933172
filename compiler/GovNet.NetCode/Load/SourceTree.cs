namespace GovNet.NetCode.Load;

/// <summary>What reading one file of an <see cref="ISourceTree"/> gave.</summary>
public abstract record FileRead
{
    private FileRead()
    {
    }

    /// <summary>The whole file.</summary>
    public sealed record Contents(byte[] Bytes) : FileRead;

    /// <summary>Longer than the limit asked for; <see cref="Length"/> when it was known before reading.</summary>
    public sealed record TooLarge(long? Length) : FileRead;

    /// <summary>A symbolic link whose target is outside the tree: what it names is not what was reviewed.</summary>
    public sealed record LeavesTree : FileRead;

    public sealed record Unreadable(string Reason) : FileRead;
}

/// <summary>
/// The files of a policy repository as the load stage sees them, by repository-relative path with
/// '/' separators: a folder on disk (<see cref="FolderSource"/>) or a revision read from Git by an
/// adapter. Loading never asks where the files come from, so a revision is read without being
/// written anywhere.
/// </summary>
public interface ISourceTree
{
    /// <summary>Where the files are, for messages: a folder, or a revision.</summary>
    string Location { get; }

    bool HasFolder(string path);

    bool HasFile(string path);

    /// <summary>The files directly in <paramref name="folder"/> ("" for the top), as <c>folder/name</c>, in ordinal order.</summary>
    IReadOnlyList<string> FilesIn(string folder);

    /// <summary>
    /// The file's bytes, or why they are not given. At most <paramref name="limit"/> bytes are ever
    /// held: a longer file is <see cref="FileRead.TooLarge"/>, never loaded whole.
    /// </summary>
    FileRead Read(string path, int limit);

    /// <summary>Whether <see cref="Read"/> may be called from several threads at once (a folder on disk: yes; a Git revision: no).</summary>
    bool ReadsConcurrently => false;
}

public static class SourceTrees
{
    /// <summary>The part of <paramref name="tree"/> below <paramref name="folder"/>, with paths relative to that folder.</summary>
    public static ISourceTree Under(this ISourceTree tree, string folder) => new SubTree(tree, folder.TrimEnd('/'));

    private sealed class SubTree(ISourceTree parent, string folder) : ISourceTree
    {
        public string Location => $"{parent.Location}/{folder}";

        public bool HasFolder(string path) => parent.HasFolder(Full(path));

        public bool HasFile(string path) => parent.HasFile(Full(path));

        public IReadOnlyList<string> FilesIn(string path) =>
            [.. parent.FilesIn(Full(path)).Select(f => f[(folder.Length + 1)..])];

        public FileRead Read(string path, int limit) => parent.Read(Full(path), limit);

        public bool ReadsConcurrently => parent.ReadsConcurrently;

        private string Full(string path) => path.Length == 0 ? folder : $"{folder}/{path}";
    }
}
