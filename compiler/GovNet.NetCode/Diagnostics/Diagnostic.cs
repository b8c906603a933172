using System.Collections.Immutable;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// A user mistake or a finding as a value: user input never throws. Every result the tool reports is
/// one, with a stable code; the verifier's findings add the property and the evidence.
/// </summary>
public record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, ImmutableArray<SourceSpan> Related)
{
    public static Diagnostic Error(string code, SourceSpan span, string message, params SourceSpan[] related) =>
        new(Severity.Error, code, message, span, [.. related]);

    public static Diagnostic Warning(string code, SourceSpan span, string message, params SourceSpan[] related) =>
        new(Severity.Warning, code, message, span, [.. related]);

    /// <summary>The form CI problem matchers understand: <c>path:line:col: error NC3102: message</c>.</summary>
    public override string ToString() =>
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";

    /// <summary>Orders diagnostics by where they are, then by code, so output is stable.</summary>
    public static readonly IComparer<Diagnostic> ByPosition = Comparer<Diagnostic>.Create((a, b) =>
    {
        var bySpan = a.Span.CompareTo(b.Span);
        if (bySpan != 0)
        {
            return bySpan;
        }

        var byCode = string.CompareOrdinal(a.Code, b.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(a.Message, b.Message);
    });
}
