using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Render;

/// <summary>The template folders of all dialects under one root (templates/), each loaded once on first use.</summary>
public sealed class TemplateLibrary(string root, string label = "templates")
{
    private readonly Dictionary<string, TemplateSet?> sets = new(StringComparer.Ordinal);

    public string Root => root;

    public TemplateSet? For(string dialect, DiagnosticBag diagnostics)
    {
        if (!sets.TryGetValue(dialect, out var set))
        {
            set = TemplateSet.Load(Path.Combine(root, dialect), $"{label}/{dialect}", diagnostics);
            sets[dialect] = set;
        }

        return set;
    }

    /// <summary>The template files of a dialect as the manifest lists them.</summary>
    public ImmutableArray<string> FilesOf(string dialect)
    {
        var folder = Path.Combine(root, dialect);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.hbs").Select(f => $"{label}/{dialect}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)]
            : [];
    }
}
