using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Parsing;

/// <summary>What the parsers and the dialect detector say to people (ParseText.resx and its zh-CN twin), read in the run's language.</summary>
public static class ParseText
{
    public static readonly TextResource Texts = new("GovNet.NetCode.Parsing.ParseText");

    public static string Get(string name) => Texts.Get(name);

    public static string Format(string name, params object?[] values) => Texts.Format(name, values);

    /// <summary>
    /// A section as a report shows it: the parsers' own section names (top level, a captured terminal
    /// session) stay fixed in the facts and in JSON, and are worded in the run's language only here.
    /// </summary>
    public static string SectionName(string section) => section switch
    {
        FactsBuilder.GlobalSection => Get("SectionGlobal"),
        FactsBuilder.SessionSection => Get("SectionSession"),
        _ => section,
    };
}
