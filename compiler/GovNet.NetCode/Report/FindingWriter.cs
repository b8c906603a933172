using System.Text;
using System.Text.Json.Nodes;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Verify;
using static GovNet.NetCode.Report.ReportText;

namespace GovNet.NetCode.Report;

/// <summary>
/// A verify result for people (text lines on stderr in the diagnostic form CI problem matchers read,
/// markdown for an issue or pull request) and for tools (json, sarif). <c>verify</c> and <c>check</c>
/// both report through here so the two cannot drift apart.
/// </summary>
public static class FindingWriter
{
    public static void WriteText(TextWriter findings, TextWriter summary, VerifyResult result)
    {
        foreach (var finding in result.Findings)
        {
            findings.WriteLine(finding.ToString());
        }

        summary.WriteLine(Summary(result));
    }

    public static string Summary(VerifyResult result) =>
        Format("VerifySummary", result.Coverage.Length, result.Errors, result.Findings.Length - result.Errors, result.Matrix.Entries.Length, string.Join(", ", Verifier.Evaluated));

    public static JsonObject ToJson(VerifyResult result) => new()
    {
        ["command"] = "verify",
        ["evaluated"] = new JsonArray([.. Verifier.Evaluated.Select(e => (JsonNode)JsonValue.Create(e))]),
        ["errors"] = result.Errors,
        ["findings"] = new JsonArray([.. result.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["code"] = f.Code,
            ["property"] = f.Property,
            ["severity"] = Word(f.Severity),
            ["file"] = f.At.File,
            ["line"] = f.At.Line,
            ["message"] = f.Message,
            ["path"] = new JsonArray([.. f.Path.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["packet"] = f.Packet,
            ["contradicts"] = f.Contradicts?.ToString(),
        })]),
        ["coverage"] = new JsonArray([.. result.Coverage.Select(c => (JsonNode)new JsonObject
        {
            ["file"] = c.File,
            ["lines"] = c.Lines,
            ["unparsed"] = c.Unparsed,
            ["unparsedForwarding"] = c.UnparsedForwarding,
        })]),
        ["matrix"] = new JsonArray([.. result.Matrix.Entries.Select(e => (JsonNode)new JsonObject
        {
            ["key"] = e.Key,
            ["from"] = e.From.ToString(),
            ["to"] = e.To.ToString(),
            ["protocol"] = e.Protocol.ToString().ToLowerInvariant(),
            ["ports"] = e.Ports?.ToString(),
            ["path"] = new JsonArray([.. e.Path.Select(p => (JsonNode)JsonValue.Create(p))]),
        })]),
    };

    public static string ToSarif(VerifyResult result) => SarifWriter.Write("netcode", SarifResults(result));

    /// <summary>
    /// The findings as SARIF results, for a report that adds other results (check adds the policy's
    /// diagnostics). A finding in a generated config (git-ignored, so a pull request cannot show it)
    /// is annotated on the policy line it contradicts, with the config line as a related location.
    /// </summary>
    public static IEnumerable<SarifWriter.Result> SarifResults(VerifyResult result) =>
        result.Findings.Select(f => new SarifWriter.Result(
            f.Code,
            f.Severity,
            $"{f.Property}: {f.Message}",
            PlanResult.IsInGeneratedConfig(f.At) && f.Contradicts is { } policy ? policy : f.At,
            f.At));

    /// <summary>A verdict line, a table of findings and the parse coverage; cell text is escaped so a config line cannot break the table.</summary>
    public static string ToMarkdown(VerifyResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Errors == 0 ? Get("VerifyMdHolds") : Format("VerifyMdViolated", result.Errors)).Append("\n\n");
        text.Append(Format("VerifyMdEvaluated", string.Join(", ", Verifier.Evaluated))).Append("\n\n");
        if (!result.Findings.IsEmpty)
        {
            text.Append(Get("VerifyMdColumns")).Append("\n|---|---|---|---|---|---|---|\n");
            foreach (var f in result.Findings)
            {
                text.Append("| ").Append(f.Property)
                    .Append(" | ").Append(Get(f.Severity == Severity.Error ? "SeverityError" : "SeverityWarning"))
                    .Append(" | `").Append(Cell(f.At.ToString())).Append('`')
                    .Append(" | ").Append(Cell(f.Message))
                    .Append(" | ").Append(Cell(string.Join(" → ", f.Path)))
                    .Append(" | ").Append(Cell(f.Packet ?? string.Empty))
                    .Append(" | ").Append(f.Contradicts is { } policy ? $"`{Cell(policy.ToString())}`" : string.Empty)
                    .Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("<details><summary>").Append(Get("VerifyMdCoverage")).Append("</summary>\n\n").Append(Get("VerifyMdCoverageColumns")).Append("\n|---|---:|---:|---:|\n");
        foreach (var c in result.Coverage)
        {
            text.Append("| ").Append(Cell(c.File)).Append(" | ").Append(c.Lines).Append(" | ").Append(c.Unparsed).Append(" | ").Append(c.UnparsedForwarding).Append(" |\n");
        }

        return text.Append("\n</details>\n").ToString();
    }

    private static string Word(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("`", "'", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
