using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;

namespace GovNet.NetCode.Render;

/// <summary>
/// The template folders of all dialects under one root (templates/), each loaded once on first use.
/// The root is a folder on disk or the <c>templates/</c> of a revision held in memory.
/// </summary>
public sealed class TemplateLibrary(ISourceTree root, string label = "templates")
{
    private readonly Dictionary<string, TemplateSet?> sets = new(StringComparer.Ordinal);

    /// <summary>What preloading a dialect reported, until its first <see cref="For"/> reports it.</summary>
    private readonly Dictionary<string, DiagnosticBag> pending = new(StringComparer.Ordinal);

    public TemplateLibrary(string root, string label = "templates")
        : this(new FolderSource(root), label)
    {
    }

    public string Root => root.Location;

    /// <summary>A repository's own <c>templates/</c> when it has one, else <paramref name="shipped"/> (those netcode ships).</summary>
    public static string RootFor(string repository, string shipped)
    {
        var own = Path.Combine(repository, "templates");
        return Directory.Exists(own) ? own : shipped;
    }

    /// <inheritdoc cref="RootFor(string, string)"/>
    public static ISourceTree RootFor(ISourceTree repository, ISourceTree shipped) =>
        repository.HasFolder("templates") ? repository.Under("templates") : shipped;

    public TemplateSet? For(string dialect, DiagnosticBag diagnostics)
    {
        if (!sets.TryGetValue(dialect, out var set))
        {
            set = TemplateSet.Load(root.Under(dialect), $"{label}/{dialect}", diagnostics);
            sets[dialect] = set;
        }
        else if (pending.Remove(dialect, out var reported))
        {
            diagnostics.AddRange(reported.ToSortedArray());
        }

        return set;
    }

    /// <summary>
    /// Loads (parses and checks) the sets of several dialects at once, each on its own thread: each
    /// dialect's are independent, and a cold process spends most of it warming up the template engine.
    /// What loading reports waits for the first <see cref="For"/> of that dialect, so it is reported
    /// exactly when and whether it would have been. Not to be called while another thread uses the library.
    /// </summary>
    public void Preload(IEnumerable<string> dialects)
    {
        var missing = dialects.Distinct().Where(d => !sets.ContainsKey(d)).Order(StringComparer.Ordinal).ToList();
        var loaded = new (TemplateSet? Set, DiagnosticBag Diagnostics)[missing.Count];
        Parallel.For(0, missing.Count, i =>
        {
            var own = new DiagnosticBag();
            loaded[i] = (TemplateSet.Load(root.Under(missing[i]), $"{label}/{missing[i]}", own), own);
        });

        for (var i = 0; i < missing.Count; i++)
        {
            sets[missing[i]] = loaded[i].Set;
            pending[missing[i]] = loaded[i].Diagnostics;
        }
    }

    /// <summary>The template files of a dialect as the manifest lists them.</summary>
    public ImmutableArray<string> FilesOf(string dialect) =>
        [.. root.FilesIn(dialect).Where(f => f.EndsWith(TemplateSet.Extension, StringComparison.Ordinal)).Select(f => $"{label}/{f}")];
}
