using System.Text.Json.Nodes;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Report;

/// <summary>What <c>netcode parse</c> found in each config: a line per unparsed line for people, one JSON document for tools; secrets in the lines masked.</summary>
public static class ParseWriter
{
    public static void WriteText(TextWriter writer, IEnumerable<ParseSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var summary in summaries)
        {
            var share = summary.ConfigLines == 0 ? 100.0 : 100.0 * summary.UnderstoodLines / summary.ConfigLines;
            writer.WriteLine(ReportText.Format("ParseSummary", summary.File, summary.Dialect, summary.Lines, summary.ConfigLines, summary.UnderstoodLines, share, summary.Unparsed.Count(u => u.AffectsForwarding)));
            foreach (var line in summary.Unparsed)
            {
                writer.WriteLine(ReportText.Format("ParseLine", summary.File, line.Line, ReportText.Get(line.AffectsForwarding ? "ParseForwarding" : "ParseHarmless"), SecretMask.Apply(ParseText.SectionName(line.Section)), SecretMask.Apply(line.Text)));
            }
        }
    }

    public static JsonObject ToJson(IEnumerable<ParseSummary> summaries) => new()
    {
        ["files"] = new JsonArray([.. summaries.Select(s => (JsonNode)new JsonObject
        {
            ["file"] = s.File,
            ["dialect"] = s.Dialect,
            ["lines"] = s.Lines,
            ["configLines"] = s.ConfigLines,
            ["understoodLines"] = s.UnderstoodLines,
            ["unparsed"] = new JsonArray([.. s.Unparsed.Select(u => (JsonNode)new JsonObject
            {
                ["line"] = u.Line,
                ["text"] = SecretMask.Apply(u.Text),
                ["section"] = SecretMask.Apply(u.Section),
                ["forwarding"] = u.AffectsForwarding,
            })]),
        })]),
    };
}
