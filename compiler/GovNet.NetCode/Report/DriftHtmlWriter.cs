using System.Text;
using GovNet.NetCode.Drift;
using static GovNet.NetCode.Report.ReportText;
using static System.Net.WebUtility;

namespace GovNet.NetCode.Report;

/// <summary>
/// <c>netcode drift --format html</c>: one self-contained page a person opens in a browser — summary
/// first, then per device its ranked differences and the changed parts of a side-by-side diff.
/// Inline CSS only: no scripts, fonts or images, nothing fetched. Every text is HTML-escaped.
/// </summary>
public static class DriftHtmlWriter
{
    private const string Style = """
        body{font-family:sans-serif;margin:1.5em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1.5em}
        th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
        .diff td{font-family:monospace;white-space:pre-wrap;font-size:12px}
        .critical{background:#f8d0d0}.high{background:#fde3c4}.low{background:#fbf6d0}
        .missing td.l,.changed td.l{background:#fbe0e0}.unexpected td.r,.changed td.r{background:#dff5df}
        .gap td{background:#eee;text-align:center}
        td.n{color:#888;text-align:right}
        """;

    /// <summary>The page; <paramref name="patches"/> (by hostname) adds each drifted device's patch below its diff.</summary>
    public static string Write(DriftReport report, IReadOnlyDictionary<string, string>? patches = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(HtmlEncode(Format("DriftHtmlHeading", report.Heading))).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(HtmlEncode(Format("DriftHtmlHeading", report.Heading))).Append("</h1>\n");
        if (report.Origin is { } origin)
        {
            html.Append("<table class=\"origin\">\n");
            foreach (var (name, value) in origin.Fields())
            {
                html.Append("<tr><th>").Append(HtmlEncode(Get("Origin_" + name))).Append("</th><td>").Append(HtmlEncode(value)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<p>").Append(HtmlEncode(report.Summary())).Append("</p>\n");
        Summary(html, report);
        foreach (var device in report.Devices.Where(d => d.HasDrift))
        {
            Device(html, device);
            if (patches?.GetValueOrDefault(device.Hostname) is { } patch)
            {
                html.Append("<h3>").Append(HtmlEncode(Get("DriftPatchHeading"))).Append("</h3>\n<pre>").Append(HtmlEncode(patch)).Append("</pre>\n");
            }
        }

        html.Append(ObservedRows.Html(report)).Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, DriftReport report)
    {
        html.Append("<table>\n").Append(Row("th", Get("DriftColumns"))).Append('\n');
        foreach (var d in report.Devices)
        {
            var status = d.HasDrift ? $"<a href=\"#{HtmlEncode(d.Hostname)}\">{HtmlEncode(Get("DriftStatusDrift"))}</a>" : HtmlEncode(Get("DriftStatusInSync"));
            html.Append($"<tr class=\"{(d.Worst is { } w ? Difference.RankName(w) : string.Empty)}\"><td>{HtmlEncode(d.Hostname)}</td><td>{HtmlEncode(d.Vendor)}</td><td>{status}</td>")
                .Append($"<td>{d.Count(DriftRank.Critical)}</td><td>{d.Count(DriftRank.High)}</td><td>{d.Count(DriftRank.Low)}</td></tr>\n");
        }

        foreach (var f in report.Failures)
        {
            html.Append($"<tr><td>{HtmlEncode(f.Hostname)}</td><td></td><td>{HtmlEncode(Format("DriftNotCollected", f.Reason))}</td><td></td><td></td><td></td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Device(StringBuilder html, DeviceDrift device)
    {
        html.Append($"<h2 id=\"{HtmlEncode(device.Hostname)}\">{HtmlEncode(device.Hostname)} ({HtmlEncode(device.Vendor)})</h2>\n");
        html.Append("<table>\n").Append(Row("th", Get("DriftDifferenceColumns"))).Append('\n');
        foreach (var d in device.Differences.OrderByDescending(d => d.Rank))
        {
            html.Append($"<tr class=\"{Difference.RankName(d.Rank)}\"><td>{HtmlEncode(DriftTextWriter.Rank(d.Rank))}</td><td>{HtmlEncode(DriftTextWriter.Kind(d.Kind))}</td><td>{HtmlEncode(DriftTextWriter.Section(d.Section))}</td>")
                .Append($"<td>{Lines(d.Intended)}</td><td>{Lines(d.Running)}</td><td>{HtmlEncode(d.Reason)}</td></tr>\n");
        }

        html.Append("</table>\n<table class=\"diff\">\n").Append(Row("th", Get("DriftHtmlDiffColumns"))).Append('\n');
        foreach (var row in device.TextDiff)
        {
            if (row.Kind == "gap")
            {
                html.Append("<tr class=\"gap\"><td colspan=\"4\">…</td></tr>\n");
                continue;
            }

            html.Append($"<tr class=\"{row.Kind}\"><td class=\"n\">{row.IntendedLine}</td><td class=\"l\">{HtmlEncode(row.Intended ?? string.Empty)}</td>")
                .Append($"<td class=\"n\">{row.RunningLine}</td><td class=\"r\">{HtmlEncode(row.Running ?? string.Empty)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>A table row from a markdown row of column names (<c>| a | b |</c>), so both formats name columns alike.</summary>
    private static string Row(string cell, string columns) =>
        "<tr>" + string.Concat(columns.Trim().Trim('|').Split('|').Select(c => $"<{cell}>{HtmlEncode(c.Trim())}</{cell}>")) + "</tr>";

    private static string Lines(IEnumerable<DriftLine> lines) =>
        string.Join("<br>", lines.Select(l => $"<code>{l.Line}: {HtmlEncode(l.Text)}</code>"));
}
