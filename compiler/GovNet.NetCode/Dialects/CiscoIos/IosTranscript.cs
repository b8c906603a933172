using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Finds the lines a terminal session wrote around a pasted config: prompts with what was typed
/// after them (<c>R1#show running-config</c>, <c>R1(config)#hostname R2</c>), console log messages
/// (<c>*Dec 30 09:46:14.937: %SYS-5-CONFIG_I: …</c>), <c>[OK]</c> and the configure banner. They
/// are not configuration: each is blanked, so it can never be read as a command, and handed back to
/// be reported in the terminal-session section (not understood; forwarding only when a configuration
/// command was typed, see <see cref="TypesConfig"/>). Only whole
/// unindented lines of these exact shapes are taken; every other line, before or after them, is read as config.
/// </summary>
/// <remarks>
/// The header <c>show running-config</c> prints itself (<c>Building configuration...</c>,
/// <c>Current configuration : N bytes</c>) stays a harmless global line, as in any saved config.
/// No IOS command starts with a word glued to <c>#</c> or <c>&gt;</c>, so a prompt is never a command.
/// </remarks>
internal static partial class IosTranscript
{
    /// <summary>The text with session lines blanked (lines keep their numbers), and the session lines by 1-based number.</summary>
    /// <remarks>
    /// A saved config holds no session line: the lines are first looked over in place, and only a text
    /// with a line that is one, or with a carriage return, is split (<see cref="CutLines"/>).
    /// </remarks>
    public static (string Text, ImmutableArray<(int Line, string Text)> Session) Cut(string text) =>
        text.Contains('\r', StringComparison.Ordinal) || HasSessionLine(text) ? CutLines(text) : (text, []);

    /// <summary><see cref="Cut"/> by splitting the text into lines: the definition the in-place look stands in for.</summary>
    internal static (string Text, ImmutableArray<(int Line, string Text)> Session) CutLines(string text)
    {
        var lines = text.Split('\n');
        var session = ImmutableArray.CreateBuilder<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            // The line as the config tree will see it: carriage returns gone, trailing blanks and NULs cut.
            var line = lines[i].Contains('\r', StringComparison.Ordinal) ? lines[i].Replace("\r", string.Empty, StringComparison.Ordinal) : lines[i];
            line = LineBlanks.TrimEnd(line);
            if (line.Length > 0 && line[0] is not (' ' or '\t' or '!') && IsSession(line))
            {
                session.Add((i + 1, line));
                lines[i] = string.Empty;
            }
        }

        return session.Count == 0 ? (text, []) : (string.Join('\n', lines), session.ToImmutable());
    }

    // A line without carriage returns as CutLines sees it; only one holding what IsSession looks for first becomes a string.
    private static bool HasSessionLine(string text)
    {
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).TrimEnd("\0 \t");
            if (line.Length > 0 && line[0] is not (' ' or '\t' or '!') && MayBeSession(line) && IsSession(line.ToString()))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    // What every line IsSession takes holds: the two fixed lines, a # or > (in its first word), or ": %".
    private static bool MayBeSession(ReadOnlySpan<char> line) =>
        line.IndexOfAny('#', '>') >= 0 || line.Contains(": %", StringComparison.Ordinal) ||
        line.SequenceEqual("[OK]") || line.StartsWith("Enter configuration commands, one per line.", StringComparison.Ordinal);

    public static bool IsSession(string line)
    {
        if (line == "[OK]" || line.StartsWith("Enter configuration commands, one per line.", StringComparison.Ordinal))
        {
            return true;
        }

        // Cheap tests first, so a config line costs no regex: a prompt glues # or > to its first word, a log message holds ": %".
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? line.AsSpan() : line.AsSpan(0, space);
        return (first.IndexOfAny('#', '>') >= 0 && PromptRegex().IsMatch(line)) ||
            (line.Contains(": %", StringComparison.Ordinal) && LogRegex().IsMatch(line));
    }

    /// <summary>
    /// Whether a session line typed a configuration command (<c>R1(config)#ip route …</c>): that
    /// change may be missing from the config the file holds, so it counts as forwarding unless it
    /// only names the device or leaves the mode. Prompts outside configuration mode change nothing.
    /// </summary>
    public static bool TypesConfig(string line)
    {
        var prompt = PromptRegex().Match(line);
        if (!prompt.Success || !prompt.Value.Contains("(config", StringComparison.Ordinal))
        {
            return false;
        }

        var typed = line[prompt.Length..].Trim();
        var space = typed.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? typed : typed[..space];
        return word.Length > 0 && !(word.Length >= 2 && ModeOnly.Any(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase)));
    }

    // Abbreviations count too (IOS takes `hos` for `hostname`).
    private static readonly string[] ModeOnly = ["hostname", "end", "exit"];

    // HOST# or HOST>, with a configuration mode in brackets (HOST(config-if)#), then whatever was typed.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}(?:\([A-Za-z0-9./_-]{1,40}\))?[#>]", RegexOptions.CultureInvariant)]
    private static partial Regex PromptRegex();

    // [SEQ: ][*|.]Mmm dd hh:mm:ss[.mmm][ TZ]: %FACILITY-SEVERITY-MNEMONIC: text
    [GeneratedRegex(@"^(?:\d+: )?[*.]?[A-Z][a-z]{2} {1,2}\d{1,2} (?:\d{4} )?\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?: [A-Z]{2,5})?: %[A-Z0-9_]+-\d-[A-Z0-9_]+:", RegexOptions.CultureInvariant)]
    private static partial Regex LogRegex();
}
