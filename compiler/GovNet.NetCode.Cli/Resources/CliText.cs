using System.Globalization;
using System.Resources;

namespace GovNet.NetCode.Cli.Resources;

/// <summary>The command line's own texts (help, summaries) in the run's language: CliText.resx and its zh-CN translation.</summary>
internal static class CliText
{
    private static readonly ResourceManager Texts = new("GovNet.NetCode.Cli.Resources.CliText", typeof(CliText).Assembly);

    /// <summary>The text named <paramref name="name"/>; a name without a text is a bug the resource tests catch.</summary>
    public static string Get(string name) => Texts.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    /// <summary>The text named <paramref name="name"/> with its {0}, {1}… filled in.</summary>
    public static string Format(string name, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(name), values);
}
