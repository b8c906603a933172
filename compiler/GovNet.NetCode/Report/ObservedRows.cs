using System.Text.Json.Nodes;
using GovNet.NetCode.Drift;

namespace GovNet.NetCode.Report;

/// <summary>
/// The observed-state rows of a drift report (cabling, host census, tables not understood) as each
/// drift format shows them: one helper per format, so the writers only place the section.
/// </summary>
public static class ObservedRows
{
    public static JsonArray Json(DriftReport report) => new([.. report.Observed.Select(o => (JsonNode)new JsonObject
    {
        ["check"] = o.Check,
        ["code"] = o.Code,
        ["device"] = o.Device,
        ["port"] = o.Port,
        ["rank"] = Difference.RankName(o.Rank),
        ["properties"] = new JsonArray([.. o.Properties.Select(p => (JsonNode)JsonValue.Create(p))]),
        ["message"] = o.Message,
        ["fix"] = o.Fix,
        ["owner"] = o.Owner,
        ["evidence"] = o.Evidence,
    })]);

    public static JsonArray NotObservedJson(DriftReport report) => new([.. report.NotObserved.Select(h => (JsonNode)JsonValue.Create(h))]);

    /// <summary>Where a row is: DEVICE:PORT, or the device alone.</summary>
    public static string Where(ObservedDifference row) => row.Port.Length == 0 ? row.Device : $"{row.Device}:{row.Port}";

    /// <summary>The row's sentence with its fix and owner, for plain text.</summary>
    public static string Sentence(ObservedDifference row)
    {
        var parts = new List<string> { row.Message };
        if (row.Fix is { } fix)
        {
            parts.Add(ObservedText.Format("Fix", fix));
        }

        if (row.Owner is { } owner)
        {
            parts.Add(ObservedText.Format("Owner", owner));
        }

        return string.Join("; ", parts);
    }

    /// <summary>Plain text: a heading, one line per row (rank, properties, code, where, sentence) with its evidence indented, then the devices not observed; nothing when there is nothing to say.</summary>
    public static IEnumerable<string> TextLines(DriftReport report)
    {
        if (report.Observed.IsEmpty && report.NotObserved.IsEmpty)
        {
            yield break;
        }

        yield return ObservedText.Get("Heading");
        foreach (var row in report.Observed)
        {
            var properties = row.Properties.IsEmpty ? string.Empty : $" [{string.Join(",", row.Properties)}]";
            yield return $"  {DriftTextWriter.Rank(row.Rank)}{properties} {row.Code} {Where(row)}: {Sentence(row)}";
            yield return $"      {row.Evidence}";
        }

        if (!report.NotObserved.IsEmpty)
        {
            yield return "  " + ObservedText.Format("NotObserved", string.Join(", ", report.NotObserved));
        }
    }

    /// <summary>The markdown section (a heading and a table); empty when there are no rows.</summary>
    public static string Markdown(DriftReport report)
    {
        if (report.Observed.IsEmpty && report.NotObserved.IsEmpty)
        {
            return string.Empty;
        }

        static string Cell(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
        var md = new System.Text.StringBuilder("\n## ").Append(Cell(ObservedText.Get("Heading"))).Append("\n\n");
        if (!report.Observed.IsEmpty)
        {
            md.Append("| ").Append(string.Join(" | ", Columns.Select(Cell))).Append(" |\n|").Append(string.Concat(Columns.Select(_ => " --- |"))).Append('\n');
            foreach (var row in report.Observed)
            {
                md.Append("| ").Append(string.Join(" | ", Cells(row).Select(Cell))).Append(" |\n");
            }
        }

        if (!report.NotObserved.IsEmpty)
        {
            md.Append('\n').Append(Cell(ObservedText.Format("NotObserved", string.Join(", ", report.NotObserved)))).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>The HTML section (a heading and a table, rows coloured by rank); empty when there are no rows.</summary>
    public static string Html(DriftReport report)
    {
        if (report.Observed.IsEmpty && report.NotObserved.IsEmpty)
        {
            return string.Empty;
        }

        static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
        var html = new System.Text.StringBuilder("<h2 id=\"observed\">").Append(Encode(ObservedText.Get("Heading"))).Append("</h2>\n");
        if (!report.Observed.IsEmpty)
        {
            html.Append("<table>\n<tr>").Append(string.Concat(Columns.Select(c => $"<th>{Encode(c)}</th>"))).Append("</tr>\n");
            foreach (var row in report.Observed)
            {
                html.Append($"<tr class=\"{Difference.RankName(row.Rank)}\">").Append(string.Concat(Cells(row).Select(c => $"<td>{Encode(c)}</td>"))).Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        if (!report.NotObserved.IsEmpty)
        {
            html.Append("<p>").Append(Encode(ObservedText.Format("NotObserved", string.Join(", ", report.NotObserved)))).Append("</p>\n");
        }

        return html.ToString();
    }

    /// <summary>The header cells of the markdown and HTML tables, in the run's language.</summary>
    public static IReadOnlyList<string> Columns =>
        [.. new[] { "ColumnRank", "ColumnCheck", "ColumnWhere", "ColumnWhat", "ColumnFix", "ColumnOwner", "ColumnEvidence" }.Select(ObservedText.Get)];

    /// <summary>The cells of one row, in <see cref="Columns"/> order, unescaped.</summary>
    public static IReadOnlyList<string> Cells(ObservedDifference row) =>
    [
        DriftTextWriter.Rank(row.Rank) + (row.Properties.IsEmpty ? string.Empty : $" ({string.Join(",", row.Properties)})"),
        row.Code,
        Where(row),
        row.Message,
        row.Fix ?? "-",
        row.Owner ?? "-",
        row.Evidence,
    ];

    private static Diagnostics.TextResource ObservedText => ObservedDriftText.Texts;
}
