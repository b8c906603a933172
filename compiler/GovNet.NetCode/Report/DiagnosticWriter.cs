using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Report;

/// <summary>Diagnostics as text lines (for people and CI problem matchers) or JSON (for tools).</summary>
public static class DiagnosticWriter
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteText(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static JsonArray ToJson(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["file"] = d.Span.File,
            ["line"] = d.Span.Line,
            ["column"] = d.Span.Column,
            ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
            ["code"] = d.Code,
            ["message"] = d.Message,
            ["related"] = new JsonArray([.. d.Related.Select(r => (JsonNode)new JsonObject
            {
                ["file"] = r.File,
                ["line"] = r.Line,
                ["column"] = r.Column,
            })]),
        })];
}
