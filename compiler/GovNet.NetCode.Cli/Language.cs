using System.Globalization;

namespace GovNet.NetCode.Cli;

/// <summary>
/// The language netcode speaks in a run: <c>--lang zh-CN|en</c> when given, else the locale as POSIX
/// orders it (<c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then <c>LANG</c>; a <c>zh</c> locale means Simplified
/// Chinese), else English. It is settled before the commands are built, because their help texts are
/// read from the resources when they are made. Codes, JSON keys and SARIF rule ids never depend on it.
/// </summary>
public static class Language
{
    public const string OptionName = "--lang";

    public static readonly string[] Supported = ["zh-CN", "en"];

    public static CultureInfo Resolve(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == OptionName && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(OptionName + "=", StringComparison.Ordinal) ? args[i][(OptionName.Length + 1)..]
                : null;
            if (value is not null)
            {
                // An unsupported value is left to the parser, which refuses it in the default language.
                return Supported.FirstOrDefault(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase)) is { } chosen ? Culture(chosen) : Culture("en");
            }
        }

        var locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return Culture(locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en");
    }

    private static CultureInfo Culture(string name) => name == "en" ? CultureInfo.InvariantCulture : new SimplifiedChinese();

    /// <summary>
    /// zh-CN whose parent is zh-Hans, as it is with ICU: netcode runs in invariant globalization mode,
    /// where zh-CN has no parent, so the libraries' own zh-Hans translations (System.CommandLine's)
    /// would never be found. The parent keeps its proper spelling, which invariant mode would upper-case
    /// (zh-HANS), and satellite folders (JIT) and satellites' metadata (native) are matched by that spelling.
    /// The native runtime still finds no resources in a zh-Hans satellite, so there each one is also
    /// embedded as zh-CN and found before this parent (NativeChineseSatellites.targets).
    /// </summary>
    private sealed class SimplifiedChinese() : CultureInfo("zh-CN")
    {
        public override CultureInfo Parent => new SimplifiedScript();
    }

    private sealed class SimplifiedScript() : CultureInfo("zh-Hans")
    {
        public override string Name => "zh-Hans";

        public override CultureInfo Parent => InvariantCulture;
    }
}
