using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>Assertions that name what was expected and print every diagnostic when they fail.</summary>
public static class DiagnosticAssert
{
    public static void Clean(ValidationResult result) =>
        Assert.True(result.Diagnostics.IsEmpty, "expected no diagnostics, got:\n" + Describe(result));

    /// <summary>The run reports <paramref name="code"/> at file:line:col (and, if given, nothing else at error level but that code).</summary>
    public static Diagnostic Reports(ValidationResult result, string code, string file, int line, int column)
    {
        var match = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Span == new SourceSpan(file, line, column));
        Assert.True(match is not null, $"expected {code} at {file}:{line}:{column}, got:\n" + Describe(result));
        return match!;
    }

    /// <summary>The run reports exactly one diagnostic, <paramref name="code"/> at file:line:col.</summary>
    public static Diagnostic ReportsOnly(ValidationResult result, string code, string file, int line, int column)
    {
        Assert.True(result.Diagnostics.Length == 1, $"expected exactly {code} at {file}:{line}:{column}, got:\n" + Describe(result));
        return Reports(result, code, file, line, column);
    }

    public static string Describe(ValidationResult result) =>
        result.Diagnostics.IsEmpty ? "  (nothing)" : string.Join('\n', result.Diagnostics.Select(d => "  " + d));

    /// <summary>A diagnostic as the CLI prints it: <c>POSITION: error CODE: MESSAGE</c> (position with its colon and space, or empty).</summary>
    public static string Line(string code, string position, string message) => $"{position}error {code}: {message}";
}
