using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using GovNet.NetCode.Patch;
using static GovNet.NetCode.Report.ReportText;

namespace GovNet.NetCode.Report;

/// <summary><c>netcode patch</c>'s report, as text or JSON: which devices got a patch and a rollback, the steps moved or found unsafe; masked text only.</summary>
public static class PatchReportWriter
{
    public static string Text(PatchResult result, string folder)
    {
        var text = new StringBuilder();
        foreach (var device in result.Devices)
        {
            text.Append(Format("PatchDevice", device.Hostname, device.Vendor, device.Patch.Length, Path.Combine(folder, device.PatchFile), device.Rollback.Length, Path.Combine(folder, device.RollbackFile))).Append('\n');
        }

        foreach (var failure in result.Failures)
        {
            text.Append(Format("PatchNotPatched", failure.Hostname, failure.Reason)).Append('\n');
        }

        foreach (var moved in result.Moved)
        {
            text.Append(Format("PatchMoved", moved.Hostname, Get("PatchDirection_" + Direction(moved.Direction)), moved.Step, moved.Title, moved.Why)).Append('\n');
        }

        foreach (var step in result.Unsafe)
        {
            text.Append(Format("PatchUnsafe", step.Hostname, Get("PatchDirection_" + Direction(step.Direction)), step.Step, step.Title)).Append('\n');
            foreach (var finding in step.Opens)
            {
                text.Append($"  {finding.Property}: {finding.Message}\n");
            }
        }

        text.Append(Format("PatchFooter", Summary(result))).Append('\n');
        return text.ToString();
    }

    public static string Json(PatchResult result, string folder)
    {
        var json = new JsonObject
        {
            ["command"] = "patch",
            ["network"] = result.Network,
            ["folder"] = folder,
            ["summary"] = new JsonObject
            {
                ["devicesToPatch"] = result.Devices.Length,
                ["inSync"] = result.InSync.Length,
                ["notCollected"] = result.Failures.Length,
                ["steps"] = result.Devices.Sum(d => d.Patch.Length),
                ["statesVerified"] = result.StatesVerified,
                ["unsafeSteps"] = result.Unsafe.Length,
            },
            ["devices"] = new JsonArray([.. result.Devices.Select(d => (JsonNode)new JsonObject
            {
                ["hostname"] = d.Hostname,
                ["vendor"] = d.Vendor,
                ["patchFile"] = d.PatchFile,
                ["rollbackFile"] = d.RollbackFile,
                ["patch"] = Steps(d.Patch),
                ["rollback"] = Steps(d.Rollback),
            })]),
            ["inSync"] = new JsonArray([.. result.InSync.Select(h => (JsonNode)JsonValue.Create(h))]),
            ["notCollected"] = new JsonArray([.. result.Failures.Select(f => (JsonNode)new JsonObject { ["hostname"] = f.Hostname, ["reason"] = f.Reason })]),
            ["moved"] = new JsonArray([.. result.Moved.Select(m => (JsonNode)new JsonObject
            {
                ["hostname"] = m.Hostname,
                ["direction"] = Direction(m.Direction),
                ["step"] = m.Step,
                ["title"] = PatchText.Placeholders(m.Title),
                ["why"] = m.Why,
            })]),
            ["unsafe"] = new JsonArray([.. result.Unsafe.Select(u => (JsonNode)new JsonObject
            {
                ["hostname"] = u.Hostname,
                ["direction"] = Direction(u.Direction),
                ["step"] = u.Step,
                ["title"] = PatchText.Placeholders(u.Title),
                ["opens"] = new JsonArray([.. u.Opens.Select(f => (JsonNode)new JsonObject { ["property"] = f.Property, ["code"] = f.Code, ["message"] = f.Message })]),
            })]),
        };
        return json.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonArray Steps(ImmutableArray<PatchStep> steps) =>
        new([.. steps.Select(s => (JsonNode)new JsonObject
        {
            ["section"] = new JsonArray([.. s.Section.Select(h => (JsonNode)JsonValue.Create(PatchText.Placeholders(h)))]),
            ["commands"] = new JsonArray([.. s.Commands.Select(c => (JsonNode)JsonValue.Create(new string(' ', c.Depth) + PatchText.Placeholders(c.Text)))]),
            ["removal"] = s.Removal,
        })]);

    /// <summary>The summary line in the run's language.</summary>
    public static string Summary(PatchResult result) =>
        Format("PatchSummary", result.Devices.Length, result.InSync.Length, result.Failures.Length, result.Devices.Sum(d => d.Patch.Length), result.StatesVerified, result.Unsafe.Length);

    private static string Direction(PatchDirection direction) => direction == PatchDirection.Patch ? "patch" : "rollback";
}
