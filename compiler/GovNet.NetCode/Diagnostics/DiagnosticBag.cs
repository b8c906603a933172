using System.Collections.Immutable;

namespace GovNet.NetCode.Diagnostics;

/// <summary>Collects the diagnostics of one run; every stage reports here instead of throwing.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public int Count => items.Count;

    /// <summary>What was reported, in the order it was, for a caller merging bags filled on other threads.</summary>
    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(string code, SourceSpan span, string message, params SourceSpan[] related) =>
        items.Add(Diagnostic.Error(code, span, message, related));

    public void Warning(string code, SourceSpan span, string message, params SourceSpan[] related) =>
        items.Add(Diagnostic.Warning(code, span, message, related));

    /// <summary>Sorted by position and without exact repeats (two rules may see the same fault).</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. items.DistinctBy(d => (d.Severity, d.Code, d.Span, d.Message)).Order(Diagnostic.ByPosition)];
}
