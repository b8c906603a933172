using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Report;

/// <summary>The reports' headings, table columns and sentences (ReportText.resx and its zh-CN twin), read in the run's language.</summary>
public static class ReportText
{
    public static readonly TextResource Texts = new("GovNet.NetCode.Report.ReportText");

    public static string Get(string name) => Texts.Get(name);

    public static string Format(string name, params object?[] values) => Texts.Format(name, values);

    /// <summary>A policy object as reports name it: its title with its id, or the id alone.</summary>
    public static string Titled(string? title, string id) => title is null ? id : $"{title} ({id})";
}
