using System.Text;
using GovNet.NetCode.Drift;
using static GovNet.NetCode.Report.ReportText;

namespace GovNet.NetCode.Report;

/// <summary><c>netcode drift --format markdown</c>: for an issue or a pull request. Config text goes in code spans, so nothing in it renders as markup.</summary>
public static class DriftMarkdownWriter
{
    /// <summary>The report; <paramref name="patches"/> (by hostname) adds each drifted device's patch below its differences.</summary>
    public static string Write(DriftReport report, IReadOnlyDictionary<string, string>? patches = null)
    {
        var md = new StringBuilder();
        md.Append(Format("DriftMdHeading", Cell(report.Heading))).Append("\n\n");
        if (report.Origin is { } origin)
        {
            md.Append(string.Join(" · ", origin.Fields().Select(f => $"{Get("Origin_" + f.Name)}: {Cell(f.Value)}"))).Append("\n\n");
        }

        md.Append(Cell(report.Summary())).Append(".\n\n");
        md.Append(Get("DriftColumns")).Append("\n| --- | --- | --- | ---: | ---: | ---: |\n");
        foreach (var d in report.Devices)
        {
            md.Append($"| {Cell(d.Hostname)} | {Cell(d.Vendor)} | {(d.HasDrift ? $"**{Get("DriftStatusDrift")}**" : Get("DriftStatusInSync"))} | {d.Count(DriftRank.Critical)} | {d.Count(DriftRank.High)} | {d.Count(DriftRank.Low)} |\n");
        }

        foreach (var f in report.Failures)
        {
            md.Append($"| {Cell(f.Hostname)} | | {Format("DriftNotCollected", Cell(f.Reason))} | | | |\n");
        }

        foreach (var device in report.Devices.Where(d => d.HasDrift))
        {
            md.Append("\n## ").Append(Cell(device.Hostname)).Append("\n\n");
            md.Append(Get("DriftDifferenceColumns")).Append("\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var d in device.Differences.OrderByDescending(d => d.Rank))
            {
                md.Append($"| {DriftTextWriter.Rank(d.Rank)} | {DriftTextWriter.Kind(d.Kind)} | {Code(DriftTextWriter.Section(d.Section))} | {Lines(d.Intended)} | {Lines(d.Running)} | {Cell(d.Reason)} |\n");
            }

            if (patches?.GetValueOrDefault(device.Hostname) is { } patch)
            {
                md.Append("\n### ").Append(Get("DriftPatchHeading")).Append('\n').Append(MarkdownFence.Block("text", patch.TrimEnd('\n')));
            }
        }

        return md.Append(ObservedRows.Markdown(report)).ToString();
    }

    private static string Lines(IEnumerable<DriftLine> lines) =>
        string.Join("<br>", lines.Select(l => $"{l.Line}: {Code(l.Text.Trim())}"));

    // A code span shows <masked> literally; a pipe still ends a table cell unless escaped.
    private static string Code(string text) => "`" + text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal) + "`";

    private static string Cell(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
