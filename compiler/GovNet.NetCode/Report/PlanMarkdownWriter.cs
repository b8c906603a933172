using System.Text;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Verify;
using static GovNet.NetCode.Report.ReportText;

namespace GovNet.NetCode.Report;

/// <summary>
/// The plan as a pull-request comment: verdict, summary table, isolation findings, policy changes, a
/// Mermaid diagram of the zones and the flows that change, and one collapsible diff per device.
/// The text is built from whole blocks and stops before the size cap, with a note saying what was left out.
/// </summary>
public static class PlanMarkdownWriter
{
    /// <summary>The first line; the workflow finds its own earlier comment by it and updates that one.</summary>
    public const string Marker = "<!-- netcode-plan -->";

    /// <summary>GitHub refuses comments over 65,536 characters; stay well below for the note and the workflow's footer.</summary>
    public const int DefaultLimit = 60_000;

    /// <param name="commands">Per hostname, the commands that take the device from base to head, shown beside its diff.</param>
    public static string Write(PlanResult plan, int limit = DefaultLimit, IReadOnlyDictionary<string, string>? commands = null)
    {
        // Room for the truncation note is kept from the start, so adding it never breaks the cap; so is a
        // one-line stand-in for every device still to come, so no device's change is ever left out.
        var budget = limit - Truncation(0, 0, limit).Length - 16;
        var blocks = Blocks(plan, commands).ToList();
        var reserved = blocks.Sum(b => b.Minimal?.Length ?? 0);
        var text = new StringBuilder();
        int shortened = 0, left = 0;
        foreach (var block in blocks)
        {
            reserved -= block.Minimal?.Length ?? 0;
            var room = budget - reserved - text.Length;
            if (block.Full.Length <= room)
            {
                text.Append(block.Full);
            }
            else if (block.Short is { } brief && brief.Length <= room)
            {
                text.Append(brief);
                shortened++;
            }
            else if (block.Minimal is { } line)
            {
                text.Append(line);
                shortened++;
            }
            else
            {
                left++;
            }
        }

        if (shortened + left > 0)
        {
            text.Append(Truncation(shortened, left, limit));
        }

        return text.ToString();
    }

    private static string Truncation(int shortened, int left, int limit) =>
        Format("MdTruncated", limit, shortened, left);

    /// <summary>
    /// A piece of the comment, with shorter stand-ins for when it does not fit: a device diff's changes
    /// per section (<see cref="Short"/>), and its counts alone (<see cref="Minimal"/>), which always fit.
    /// </summary>
    private sealed record Block(string Full, string? Short = null, string? Minimal = null)
    {
        public static implicit operator Block(string text) => new(text);
    }

    private static IEnumerable<Block> Blocks(PlanResult plan, IReadOnlyDictionary<string, string>? commands)
    {
        yield return $"{Marker}\n{Format("MdHeading", plan.Base.Revision, plan.Head.Revision)}\n\n" +
            (PlanTextWriter.Network(plan) is { } network ? Format("MdNetwork", Escape(network)) + "\n\n" : string.Empty) +
            $"{VerdictLine(plan)}\n\n";
        if (plan.Head.InputErrors.Any())
        {
            yield return Get("MdHeadInvalid") + "\n\n";
            foreach (var error in plan.Head.InputErrors)
            {
                yield return $"- `{error.Span}` {error.Code}: {Escape(error.Message)}\n";
            }

            yield return "\n";
        }

        yield return SummaryTable(plan);
        if (!plan.Isolation.IsEmpty)
        {
            yield return Get("MdIsolationFindings") + "\n\n";
            foreach (var issue in plan.Isolation)
            {
                yield return $"- `{issue.At}` **{issue.Property}** {(issue.Code == issue.Property ? string.Empty : issue.Code + " ")}{Escape(issue.Message)}" +
                    (issue.Config is { } config && config != issue.At ? Format("MdSeenIn", config) : string.Empty) + "\n";
            }

            yield return "\n";
        }

        if (!plan.Base.Valid)
        {
            yield return Format("MdBaseInvalid", plan.Base.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error)) + "\n\n";
        }

        if (!plan.Changes.IsEmpty)
        {
            yield return Get("MdPolicyChanges") + "\n\n" + Get("MdPolicyChangesColumns") + "\n|---|---|---|---|\n";
            foreach (var change in plan.Changes)
            {
                yield return $"| {PlanTextWriter.Kind(change.Kind)} | `{change.Name}` | {PlanTextWriter.Change(change.Change)} | {Escape(change.Detail)} |\n";
            }

            yield return "\n";
        }

        if (!plan.Flows.Changes.IsEmpty)
        {
            yield return Format("MdFlows", plan.Flows.PermittedCount, plan.Flows.DeniedCount) + "\n\n";
            yield return PlanDiagram.Write(plan.Flows, plan.Head.Model, plan.Base.Model);
            var model = plan.Head.Model ?? plan.Base.Model;
            yield return Get("MdPerZone") + "\n\n";
            foreach (var group in plan.Flows.ByZone())
            {
                yield return Group(group, string.Join(" → ", group.Name.Split(" → ").Select(zone => Titled(model?.Network.Zones.FirstOrDefault(z => z.Name.Value == zone)?.Title, zone))));
            }

            yield return Get("MdPerUnit") + "\n\n";
            foreach (var group in plan.Flows.ByUnit())
            {
                yield return Group(group, Titled(model?.Units.FirstOrDefault(u => u.Id.Value == group.Name)?.Title, group.Name));
            }
        }

        if (!plan.Devices.IsEmpty)
        {
            var heading = Get("MdDeviceConfigs") + "\n\n";
            yield return new Block(heading, Minimal: heading);
            foreach (var device in plan.Devices)
            {
                var summary = $"<code>{device.Hostname}</code> {PlanTextWriter.Change(device.Change)} (+{device.Added} −{device.Removed})";
                var typed = commands?.GetValueOrDefault(device.Hostname) is { } text
                    ? $"{Get("MdCommands")}\n\n{MarkdownFence.Block("text", text)}\n"
                    : string.Empty;
                yield return new Block(
                    $"<details><summary>{summary}</summary>\n\n{MarkdownFence.Block("diff", device.Unified)}\n{typed}</details>\n\n",
                    device.Sections.IsEmpty ? null : $"<details><summary>{summary}{Get("MdDiffPerSection")}</summary>\n\n{SectionTable(device)}\n</details>\n\n",
                    $"- {summary}{Get("MdDiffTooLong")}\n\n");
            }
        }
    }

    private static string SectionTable(DeviceDiff device)
    {
        var text = new StringBuilder(Get("MdSectionColumns") + "\n|---|---:|---:|\n");
        foreach (var section in device.Sections)
        {
            text.Append($"| `{Escape(section.Header).Replace("`", "'", StringComparison.Ordinal)}` | {section.Added} | {section.Removed} |\n");
        }

        return text.ToString();
    }

    internal static string VerdictLine(PlanResult plan) => plan.Verdict switch
    {
        Verdict.Holds => Get("MdHolds") + (plan.Head.Verify is null ? string.Empty : Format("MdEvaluated", string.Join(", ", Verifier.Evaluated))),
        Verdict.Violated => Format("MdViolated", plan.Isolation.Length),
        _ => Format("MdNotEvaluated", plan.Head.InputErrors.Count()),
    };

    internal static string SummaryTable(PlanResult plan)
    {
        var text = new StringBuilder(Get("MdSummaryColumns") + "\n|---|---:|---:|---:|\n");
        foreach (var kind in new[] { "unit", "segment", "flow", "device" })
        {
            var of = plan.Changes.Where(c => c.Kind == kind).ToList();
            text.Append($"| {Get("Kinds_" + kind)} | {of.Count(c => c.Change == ChangeKind.Added)} | {of.Count(c => c.Change == ChangeKind.Removed)} | {of.Count(c => c.Change == ChangeKind.Changed)} |\n");
        }

        text.Append(Format("MdSummaryDeviceConfigs", plan.Devices.Count(d => d.Change == ChangeKind.Added), plan.Devices.Count(d => d.Change == ChangeKind.Removed), plan.Devices.Count(d => d.Change == ChangeKind.Changed), plan.Devices.Sum(d => d.Added), plan.Devices.Sum(d => d.Removed))).Append('\n');
        text.Append(Format("MdSummaryFlows", plan.Flows.PermittedCount, plan.Flows.DeniedCount)).Append("\n\n");
        return text.ToString();
    }

    private static string Group(FlowGroup group, string heading)
    {
        var text = new StringBuilder($"**{Escape(heading)}**\n\n");
        foreach (var change in group.Changes)
        {
            // A bare "+" or "-" after the bullet would open a nested list in CommonMark.
            text.Append($"- **{change.Sign}** `{change.Entry.Key}`{Escape(PlanTextWriter.Reply(change))}\n");
        }

        return text.Append('\n').ToString();
    }

    private static string Escape(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .ReplaceLineEndings(" ");
}
