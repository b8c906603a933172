using System.Reflection;
using System.Text.Json.Nodes;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Report;

/// <summary>
/// SARIF 2.1.0, the format code-scanning uploads read: each result points at a file, line and column,
/// so a pull request shows it as an annotation on that line. Every rule a result names is described
/// (name, short and full description, help) from <see cref="CodeCatalogue"/>, as GitHub's ingestion
/// asks; a result seen elsewhere than where it is annotated keeps that place as a related location.
/// </summary>
public static class SarifWriter
{
    public sealed record Result(string RuleId, Severity Severity, string Message, SourceSpan At, SourceSpan? Seen = null);

    /// <summary>The version of the netcode that wrote the file: the assembly's informational version without build metadata.</summary>
    public static string ToolVersion { get; } =
        (typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string Write(string toolName, IEnumerable<Result> results)
    {
        var list = results.ToList();
        var ruleIds = list.Select(r => r.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = toolName,
                        ["version"] = ToolVersion,
                        ["semanticVersion"] = ToolVersion,
                        ["rules"] = new JsonArray([.. ruleIds.Select(Rule)]),
                    },
                },
                ["results"] = new JsonArray([.. list.Select(r => (JsonNode)ResultOf(r, ruleIds.IndexOf(r.RuleId)))]),
            }),
        };
        return sarif.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    public static IEnumerable<Result> Of(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => new Result(d.Code, d.Severity, d.Message, d.Span));

    private static JsonObject ResultOf(Result result, int ruleIndex)
    {
        var node = new JsonObject
        {
            ["ruleId"] = result.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(result.Severity),
            ["message"] = new JsonObject { ["text"] = result.Message },
            ["locations"] = new JsonArray(Location(result.At)),
        };
        if (result.Seen is { } seen && seen != result.At)
        {
            var related = Location(seen);
            related["id"] = 1;
            related["message"] = new JsonObject { ["text"] = ReportText.Format("SarifSeenIn", seen) };
            node["relatedLocations"] = new JsonArray(related);
        }

        return node;
    }

    private static JsonObject Location(SourceSpan at) => new()
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = at.File },
            ["region"] = new JsonObject { ["startLine"] = Math.Max(1, at.Line), ["startColumn"] = Math.Max(1, at.Column) },
        },
    };

    private static JsonNode Rule(string id)
    {
        var meaning = CodeCatalogue.Meaning(id) ?? id;
        var summary = CodeCatalogue.Summary(id) ?? id;
        var help = ReportText.Format("SarifRuleHelp", meaning);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = CodeCatalogue.Name(id),
            ["shortDescription"] = new JsonObject { ["text"] = summary },
            ["fullDescription"] = new JsonObject { ["text"] = meaning },
            ["help"] = new JsonObject { ["text"] = help, ["markdown"] = $"**{id}** {help}" },
        };
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
