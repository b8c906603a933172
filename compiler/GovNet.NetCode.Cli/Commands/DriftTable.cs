using GovNet.NetCode.Drift;
using GovNet.NetCode.Report;
using Spectre.Console;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>The drift summary on a terminal: a coloured table, then one line per difference, worst first.</summary>
internal static class DriftTable
{
    public static void WriteTerminal(IAnsiConsole console, DriftReport report)
    {
        if (report.Origin is not null)
        {
            console.MarkupLine(Markup.Escape(ReportText.Format("DriftPrefix", report.Heading)));
        }

        var table = new Table().AddColumns([.. ReportText.Get("DriftColumns").Trim().Trim('|').Split('|').Select(c => Markup.Escape(c.Trim()))]);
        foreach (var device in report.Devices)
        {
            var status = device.HasDrift ? $"[{Colour(device.Worst!.Value)}]{Markup.Escape(ReportText.Get("DriftStatusDrift"))}[/]" : $"[green]{Markup.Escape(ReportText.Get("DriftStatusInSync"))}[/]";
            table.AddRow(Markup.Escape(device.Hostname), Markup.Escape(device.Vendor), status,
                device.Count(DriftRank.Critical).ToString(), device.Count(DriftRank.High).ToString(), device.Count(DriftRank.Low).ToString());
        }

        foreach (var failure in report.Failures)
        {
            table.AddRow(Markup.Escape(failure.Hostname), string.Empty, $"[yellow]{Markup.Escape(ReportText.Get("DriftTextNotCollected"))}[/]", "-", "-", "-");
        }

        console.Write(table);
        foreach (var line in DriftTextWriter.DifferenceLines(report).Concat(ObservedRows.TextLines(report)))
        {
            console.MarkupLine(Markup.Escape(line));
        }

        console.MarkupLine(Markup.Escape(ReportText.Format("DriftPrefix", report.Summary())));
    }

    private static string Colour(DriftRank rank) => rank switch
    {
        DriftRank.Critical => "red",
        DriftRank.High => "darkorange",
        _ => "yellow",
    };
}
