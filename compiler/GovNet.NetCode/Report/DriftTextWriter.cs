using GovNet.NetCode.Drift;
using GovNet.NetCode.Model.Flows;
using static GovNet.NetCode.Report.ReportText;

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
        var rows = new List<string[]> { Get("DriftTextColumns").Split(' ') };
        rows.AddRange(report.Devices.Select(d => new[]
        {
            d.Hostname, d.Vendor, Get(d.HasDrift ? "DriftTextDrift" : "DriftTextInSync"),
            d.Count(DriftRank.Critical).ToString(), d.Count(DriftRank.High).ToString(), d.Count(DriftRank.Low).ToString(),
        }));
        rows.AddRange(report.Failures.Select(f => new[] { f.Hostname, "-", Get("DriftTextNotCollected"), "-", "-", "-" }));
        var widths = Enumerable.Range(0, 6).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        var text = new System.Text.StringBuilder();
        if (report.Origin is not null)
        {
            text.Append(Format("DriftPrefix", report.Heading)).Append('\n');
        }

        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => cell + new string(' ', widths[c] - Width(cell)))).TrimEnd()).Append('\n');
        }

        foreach (var line in DifferenceLines(report).Concat(ObservedRows.TextLines(report)))
        {
            text.Append(line).Append('\n');
        }

        text.Append(Format("DriftPrefix", report.Summary())).Append('\n');
        return text.ToString();
    }

    /// <summary>Columns a cell takes on a terminal: a CJK character takes two.</summary>
    private static int Width(string cell) => cell.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    /// <summary>A rank (critical, high, low) as reports for people show it.</summary>
    public static string Rank(DriftRank rank) => Get("Rank_" + Difference.RankName(rank));

    /// <summary>A kind (missing, unexpected, changed) as reports for people show it.</summary>
    public static string Kind(DriftKind kind) => Get("DriftKind_" + Difference.KindName(kind));

    /// <summary>A difference's section as people read it; the top level keeps its fixed name in JSON.</summary>
    public static string Section(string section) => section == Difference.GlobalSection ? Get("DriftGlobalSection") : section;

    /// <summary>One line per difference, worst rank first, then by device; failures last.</summary>
    public static IEnumerable<string> DifferenceLines(DriftReport report)
    {
        var all = report.Devices.SelectMany(d => d.Differences).OrderByDescending(d => d.Rank).ThenBy(d => d.Device, StringComparer.Ordinal);
        foreach (var d in all)
        {
            yield return Format("DriftTextLine", d.Device, Rank(d.Rank), Kind(d.Kind), Section(d.Section), Describe(d), d.Reason);
        }

        foreach (var failure in report.Failures)
        {
            yield return Format("DriftTextFailure", failure.Hostname, failure.Reason);
        }
    }

    /// <summary>The lines of a difference in one phrase: intended (line n) → running (line m).</summary>
    public static string Describe(Difference d)
    {
        static string Side(IReadOnlyList<DriftLine> lines) => lines.Count switch
        {
            0 => Get("DescribeNone"),
            1 => Format("DescribeOne", lines[0].Text.Trim(), lines[0].Line),
            _ => Format("DescribeMany", lines[0].Text.Trim(), lines.Count - 1, lines[0].Line, lines[^1].Line),
        };

        if (d.Renumbered)
        {
            return Format("DescribeRenumbered", d.Running.Length, d.Intended[0].Line, d.Intended[^1].Line, d.Running[0].Line, d.Running[^1].Line);
        }

        return d.Kind switch
        {
            DriftKind.Missing => Format("DescribeMissing", Side(d.Intended)),
            DriftKind.Unexpected => Format("DescribeUnexpected", Side(d.Running)),
            _ => Format("DescribeChanged", Side(d.Intended), Side(d.Running)),
        };
    }
}
