using System.Collections;
using System.Collections.Immutable;
using System.Text;

namespace GovNet.NetCode.Testing;

/// <summary>
/// The files of a policy repository as text, by repository-relative path ('/' separators). Immutable:
/// each change returns a new set, so one generated network can be mutated many ways.
/// </summary>
public sealed class RepositoryFiles : IReadOnlyDictionary<string, string>
{
    private readonly ImmutableSortedDictionary<string, string> files;

    public RepositoryFiles(IEnumerable<KeyValuePair<string, string>> files)
        : this(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, files))
    {
    }

    private RepositoryFiles(ImmutableSortedDictionary<string, string> files) => this.files = files;

    public int Count => files.Count;

    public IEnumerable<string> Keys => files.Keys;

    public IEnumerable<string> Values => files.Values;

    public string this[string key] => files[key];

    public bool ContainsKey(string key) => files.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) => files.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => files.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public RepositoryFiles With(string path, string text) => new(files.SetItem(path, text));

    public RepositoryFiles Without(string path) => new(files.Remove(path));

    public RepositoryFiles Append(string path, string text) => With(path, files[path] + text);

    /// <summary>Replaces text that must occur exactly once in the file, so a mutation that misses its target fails loudly.</summary>
    public RepositoryFiles Replace(string path, string oldText, string newText)
    {
        var text = files[path];
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {path}");
        }

        return With(path, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
    }

    /// <summary>Writes the repository into a fresh temporary folder, which the caller disposes to delete it.</summary>
    public TemporaryDirectory WriteToTemporaryDirectory()
    {
        var folder = new TemporaryDirectory("netcode-repo");
        WriteTo(folder.Path);
        return folder;
    }

    /// <summary>Writes every file under <paramref name="directory"/> as UTF-8 without a BOM; policy/ and inventory/ always exist afterwards.</summary>
    public void WriteTo(string directory)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, utf8);
        }

        Directory.CreateDirectory(Path.Combine(directory, "policy"));
        Directory.CreateDirectory(Path.Combine(directory, "inventory"));
    }
}
