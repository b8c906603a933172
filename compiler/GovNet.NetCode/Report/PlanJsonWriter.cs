using System.Text.Json.Nodes;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Report;

/// <summary>The plan as JSON for scripts; the same facts as the markdown, never truncated.</summary>
public static class PlanJsonWriter
{
    /// <param name="commands">Per hostname, the commands that take the device from base to head (netcode patch's text).</param>
    public static string Write(PlanResult plan, IReadOnlyDictionary<string, string>? commands = null)
    {
        var json = new JsonObject
        {
            ["command"] = "plan",
            ["base"] = Side(plan.Base),
            ["head"] = Side(plan.Head),
            ["verdict"] = plan.Verdict switch
            {
                Verdict.Holds => "holds",
                Verdict.Violated => "violated",
                _ => "not-evaluated",
            },
            ["isolation"] = new JsonArray([.. plan.Isolation.Select(i => (JsonNode)new JsonObject
            {
                ["property"] = i.Property,
                ["code"] = i.Code,
                ["file"] = i.At.File,
                ["line"] = i.At.Line,
                ["column"] = i.At.Column,
                ["message"] = i.Message,
                ["config"] = i.Config?.ToString(),
            })]),
            ["changes"] = new JsonArray([.. plan.Changes.Select(c => (JsonNode)new JsonObject
            {
                ["kind"] = c.Kind,
                ["name"] = c.Name,
                ["change"] = c.Change.ToString().ToLowerInvariant(),
                ["detail"] = c.Detail,
            })]),
            ["flows"] = new JsonArray([.. plan.Flows.Changes.Select(c => (JsonNode)new JsonObject
            {
                ["change"] = c.Permitted ? "permitted" : "denied",
                ["key"] = c.Entry.Key,
                ["from"] = Endpoint(c.Entry.From),
                ["to"] = Endpoint(c.Entry.To),
                ["protocol"] = c.Entry.Protocol.ToString().ToLowerInvariant(),
                ["ports"] = c.Entry.Ports?.ToString(),
            })]),
            ["devices"] = new JsonArray([.. plan.Devices.Select(d => (JsonNode)new JsonObject
            {
                ["hostname"] = d.Hostname,
                ["change"] = d.Change.ToString().ToLowerInvariant(),
                ["added"] = d.Added,
                ["removed"] = d.Removed,
                ["diff"] = d.Unified,
                ["commands"] = commands?.GetValueOrDefault(d.Hostname),
            })]),
        };
        return json.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Side(RevisionBuild side) => new()
    {
        ["revision"] = side.Revision,
        ["valid"] = side.Valid,
        ["devices"] = side.Configs.Length,
        ["diagnostics"] = DiagnosticWriter.ToJson(side.Diagnostics),
    };

    private static JsonObject Endpoint(Endpoint end) => new()
    {
        ["kind"] = end.Kind.ToString().ToLowerInvariant(),
        ["name"] = end.ToString(),
        ["plane"] = end.Plane,
        ["zone"] = end.Zone,
        ["unit"] = end.Unit,
    };
}
