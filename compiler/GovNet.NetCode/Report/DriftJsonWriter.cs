using System.Text.Json.Nodes;
using GovNet.NetCode.Drift;

namespace GovNet.NetCode.Report;

/// <summary><c>netcode drift --format json</c>: every difference with its lines, rank and reason, and each drifted device's patch when given; masked text only.</summary>
public static class DriftJsonWriter
{
    public static string Write(DriftReport report, IReadOnlyDictionary<string, string>? patches = null)
    {
        var json = new JsonObject
        {
            ["command"] = "drift",
            ["network"] = report.Network,
            ["origin"] = report.Origin is { } origin ? new JsonObject([.. origin.Fields().Select(f => KeyValuePair.Create(f.Name, (JsonNode?)JsonValue.Create(f.Value)))]) : null,
            ["summary"] = new JsonObject
            {
                ["devices"] = report.Devices.Length,
                ["devicesWithDrift"] = report.DevicesWithDrift,
                ["critical"] = report.Count(DriftRank.Critical),
                ["high"] = report.Count(DriftRank.High),
                ["low"] = report.Count(DriftRank.Low),
                ["notCollected"] = report.Failures.Length,
            },
            ["devices"] = new JsonArray([.. report.Devices.Select(d => (JsonNode)new JsonObject
            {
                ["hostname"] = d.Hostname,
                ["vendor"] = d.Vendor,
                ["drift"] = d.HasDrift,
                ["worst"] = d.Worst is { } worst ? Difference.RankName(worst) : null,
                ["differences"] = new JsonArray([.. d.Differences.Select(Entry)]),
                ["patch"] = patches?.GetValueOrDefault(d.Hostname),
            })]),
            ["notCollected"] = new JsonArray([.. report.Failures.Select(f => (JsonNode)new JsonObject
            {
                ["hostname"] = f.Hostname,
                ["reason"] = f.Reason,
            })]),
            ["observed"] = ObservedRows.Json(report),
            ["notObserved"] = ObservedRows.NotObservedJson(report),
            ["newFindings"] = new JsonArray([.. report.NewFindings.Select(f => (JsonNode)new JsonObject
            {
                ["property"] = f.Property,
                ["device"] = DriftRanker.DeviceOf(f),
                ["line"] = f.At.Line,
                ["message"] = f.Message,
            })]),
        };
        return json.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Entry(Difference d) => new JsonObject
    {
        ["section"] = d.Section,
        ["kind"] = Difference.KindName(d.Kind),
        ["rank"] = Difference.RankName(d.Rank),
        ["properties"] = new JsonArray([.. d.Properties.Select(p => (JsonNode)JsonValue.Create(p))]),
        ["reason"] = d.Reason,
        ["intended"] = Lines(d.Intended),
        ["running"] = Lines(d.Running),
    };

    private static JsonArray Lines(IEnumerable<DriftLine> lines) =>
        new([.. lines.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["text"] = l.Text })]);
}
