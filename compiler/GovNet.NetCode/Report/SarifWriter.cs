using System.Text.Json.Nodes;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Report;

/// <summary>
/// SARIF 2.1.0, the format code-scanning uploads read: each result points at a file, line and column,
/// so a pull request shows it as an annotation on that line.
/// </summary>
public static class SarifWriter
{
    public sealed record Result(string RuleId, Severity Severity, string Message, SourceSpan At);

    public static string Write(string toolName, IEnumerable<Result> results)
    {
        var list = results.ToList();
        var rules = new JsonArray([.. list.Select(r => r.RuleId).Distinct().Order(StringComparer.Ordinal)
            .Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = toolName, ["rules"] = rules } },
                ["results"] = new JsonArray([.. list.Select(r => (JsonNode)new JsonObject
                {
                    ["ruleId"] = r.RuleId,
                    ["level"] = r.Severity == Severity.Error ? "error" : "warning",
                    ["message"] = new JsonObject { ["text"] = r.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = r.At.File },
                            ["region"] = new JsonObject { ["startLine"] = r.At.Line, ["startColumn"] = r.At.Column },
                        },
                    }),
                })]),
            }),
        };
        return sarif.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    public static IEnumerable<Result> Of(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => new Result(d.Code, d.Severity, d.Message, d.Span));
}
