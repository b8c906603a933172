using GovNet.NetCode.Drift;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Report;

/// <summary>
/// <c>netcode drift</c> on a console: a summary table per device (Spectre.Console when a terminal is
/// attached, plain aligned text otherwise, for logs and scheduled jobs), then one line per
/// difference, worst first.
/// </summary>
public static class DriftTextWriter
{
    public static void WritePlain(TextWriter output, DriftReport report)
    {
        output.Write(Plain(report));
    }

    public static string Plain(DriftReport report)
    {
        var rows = new List<string[]> { new[] { "DEVICE", "VENDOR", "STATUS", "CRITICAL", "HIGH", "LOW" } };
        rows.AddRange(report.Devices.Select(d => new[]
        {
            d.Hostname, d.Vendor, d.HasDrift ? "drift" : "in-sync",
            d.Count(DriftRank.Critical).ToString(), d.Count(DriftRank.High).ToString(), d.Count(DriftRank.Low).ToString(),
        }));
        rows.AddRange(report.Failures.Select(f => new[] { f.Hostname, "-", "not-collected", "-", "-", "-" }));
        var widths = Enumerable.Range(0, 6).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }

        foreach (var line in DifferenceLines(report))
        {
            text.Append(line).Append('\n');
        }

        text.Append("drift: ").Append(report.Summary()).Append('\n');
        return text.ToString();
    }

    /// <summary>One line per difference, worst rank first, then by device; failures last.</summary>
    public static IEnumerable<string> DifferenceLines(DriftReport report)
    {
        var all = report.Devices.SelectMany(d => d.Differences).OrderByDescending(d => d.Rank).ThenBy(d => d.Device, StringComparer.Ordinal);
        foreach (var d in all)
        {
            yield return $"{d.Device}: {Difference.RankName(d.Rank)} {Difference.KindName(d.Kind)} in '{d.Section}': {Describe(d)} — {d.Reason}";
        }

        foreach (var failure in report.Failures)
        {
            yield return $"{failure.Hostname}: not collected: {failure.Reason}";
        }
    }

    /// <summary>The lines of a difference in one phrase: intended (line n) → running (line m).</summary>
    public static string Describe(Difference d)
    {
        static string Side(IReadOnlyList<DriftLine> lines) => lines.Count switch
        {
            0 => "(none)",
            1 => $"'{lines[0].Text.Trim()}' (line {lines[0].Line})",
            _ => $"'{lines[0].Text.Trim()}' and {lines.Count - 1} line(s) beneath (lines {lines[0].Line}–{lines[^1].Line})",
        };

        return d.Kind switch
        {
            DriftKind.Missing => $"intended {Side(d.Intended)} is not running",
            DriftKind.Unexpected => $"running {Side(d.Running)} is not intended",
            _ => $"intended {Side(d.Intended)} → running {Side(d.Running)}",
        };
    }
}
