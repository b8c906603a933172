using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Plan;

namespace GovNet.NetCode.Report;

/// <summary>
/// The markdown a workflow posts where more people read than run the network — an issue body, a pull
/// request comment (<c>--format markdown --summary</c>): counts, device names and ranks only. Topology and
/// configurations are not to be disclosed (004 第二十条), so no config line, address or diff is written
/// here; the full reports stay in the run's artifacts.
/// </summary>
public static class PostedSummary
{
    private static readonly TextResource Text = new("GovNet.NetCode.Report.PostedSummaryText");

    /// <summary>Rows past this many are counted, not listed: an issue body holds at most 65,536 characters.</summary>
    public const int MaxRows = 500;

    /// <summary>Drift: the run's counts, then one row per device with drift or not collected, worst first.</summary>
    public static string Drift(DriftReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Text.Format("DriftHeading", Cell(report.Network))).Append("\n\n");
        md.Append(Cell(report.Summary())).Append(".\n\n");
        var rows = report.Devices.Where(d => d.HasDrift)
            .OrderByDescending(d => d.Worst).ThenBy(d => d.Hostname, StringComparer.Ordinal)
            .Select(d => (d.Hostname, Status: Text.Format("DriftStatus", Difference.RankName(d.Worst!.Value)), Counts: $"{d.Count(DriftRank.Critical)} | {d.Count(DriftRank.High)} | {d.Count(DriftRank.Low)}"))
            .Concat(report.Failures.OrderBy(f => f.Hostname, StringComparer.Ordinal)
                .Select(f => (f.Hostname, Status: Text.Get("NotCollected"), Counts: " |  | ")))
            .ToList();
        if (rows.Count > 0)
        {
            md.Append(Text.Get("DriftColumns")).Append("\n| --- | --- | ---: | ---: | ---: |\n");
            foreach (var (hostname, status, counts) in rows.Take(MaxRows))
            {
                md.Append($"| {Cell(hostname)} | {status} | {counts} |\n");
            }

            More(md, rows.Count);
        }

        return md.Append('\n').Append(Text.Get("DriftNotPosted")).Append('\n').ToString();
    }

    /// <summary>Plan: the verdict, the counts, where isolation breaks (position and code), and each device's line counts.</summary>
    public static string Plan(PlanResult plan)
    {
        var md = new StringBuilder(PlanMarkdownWriter.Marker).Append('\n');
        md.Append("## netcode plan: `").Append(Tick(plan.Base.Revision)).Append("` → `").Append(Tick(plan.Head.Revision)).Append("`\n\n");
        md.Append(PlanMarkdownWriter.VerdictLine(plan)).Append("\n\n");
        Positions(md, "HeadInvalid", plan.Head.InputErrors.Select(e => (e.Code, e.Span.ToString())));
        md.Append(PlanMarkdownWriter.SummaryTable(plan));
        Positions(md, "IsolationFindings", plan.Isolation.Select(i => (i.Code == i.Property ? i.Property : $"{i.Property} {i.Code}", i.At.ToString())));
        if (!plan.Devices.IsEmpty)
        {
            md.Append(Text.Get("PlanColumns")).Append("\n| --- | --- | ---: | ---: |\n");
            foreach (var device in plan.Devices.Take(MaxRows))
            {
                md.Append($"| {Cell(device.Hostname)} | {device.Change.ToString().ToLowerInvariant()} | {device.Added} | {device.Removed} |\n");
            }

            More(md, plan.Devices.Length);
        }

        return md.Append('\n').Append(Text.Get("PlanNotPosted")).Append('\n').ToString();
    }

    /// <summary>A heading with the count, then code and file:line:col per item — where to look, not what is there.</summary>
    private static void Positions(StringBuilder md, string heading, IEnumerable<(string Code, string At)> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(Text.Format(heading, list.Count)).Append("\n\n");
        foreach (var (code, at) in list.Take(MaxRows))
        {
            md.Append($"- {code} `{Tick(at)}`\n");
        }

        More(md, list.Count);
        md.Append('\n');
    }

    private static void More(StringBuilder md, int count)
    {
        if (count > MaxRows)
        {
            md.Append('\n').Append(Text.Format("MoreRows", count - MaxRows)).Append('\n');
        }
    }

    private static string Tick(string text) => text.Replace('`', '\'').ReplaceLineEndings(" ");

    private static string Cell(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
