namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// The per-instance wording of diagnostics and findings (MessageText.resx and its zh-CN twin), read in the
/// run's language when the diagnostic is made. Keys are passed as literals so the resource tests can find
/// every one the code asks for.
/// </summary>
internal static class Messages
{
    private static readonly TextResource Text = new("GovNet.NetCode.Diagnostics.MessageText");

    public static string Get(string key) => Text.Get(key);

    public static string Format(string key, params object?[] values) => Text.Format(key, values);

    public static IEnumerable<string> Names() => Text.Names();
}
