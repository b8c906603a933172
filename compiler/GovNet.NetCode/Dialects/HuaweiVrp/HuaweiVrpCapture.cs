using System.Collections.Immutable;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Readies a captured config for <see cref="Parsing.ConfigTree"/>. Two things are done to the text,
/// neither of which moves a line:
/// <list type="bullet">
/// <item>A terminal session saved before <c>display current-configuration</c> (pings, other display
/// output, tab-completion debris) is cut off and handed back line by line, so it is reported but can
/// never be read as config.</item>
/// <item>Indentation deeper than <see cref="MaxIndent"/> is cut to it. The tree is built by recursion
/// on indentation, so a hostile input indenting each line one more than the last would otherwise
/// overflow the stack, which no catch can stop. Real configs nest three levels at most.</item>
/// </list>
/// </summary>
internal static class HuaweiVrpCapture
{
    public const int MaxIndent = 32;

    public static (string Text, ImmutableArray<(int Line, string Text)> Transcript) Prepare(string text)
    {
        // Split exactly as ConfigTree does, so line numbers agree.
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var start = ConfigStart(lines);
        var changed = start > 0;
        var transcript = ImmutableArray.CreateBuilder<(int, string)>();
        for (var i = 0; i < start; i++)
        {
            var clean = Clean(lines[i]);
            if (clean.Length > 0)
            {
                transcript.Add((i + 1, clean));
            }

            lines[i] = string.Empty;
        }

        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = 0;
            while (indent < line.Length && line[indent] is ' ' or '\t')
            {
                indent++;
            }

            if (indent > MaxIndent)
            {
                lines[i] = new string(' ', MaxIndent) + line[indent..];
                changed = true;
            }
        }

        return (changed ? string.Join('\n', lines) : text, transcript.ToImmutable());
    }

    /// <summary>A prompt (<c>&lt;SW1&gt;</c>, <c>[SW1-GigabitEthernet0/0/1]</c>) or the version banner of a saved config (<c>[V200R003C00]</c>).</summary>
    public static bool IsPrompt(string line) =>
        line.Length >= 3 &&
        ((line[0] == '<' && line.IndexOf('>', 1) > 1) || (line[0] == '[' && line.IndexOf(']', 1) > 1));

    /// <summary>
    /// Where the config begins: the line of the last <c>display current-configuration</c> (or
    /// <c>saved-configuration</c>, abbreviated as typed) before the first <c>return</c>; 0 when the
    /// capture has none. Commands after a <c>return</c> do not count: what follows the config is
    /// read as it is, never discarded.
    /// </summary>
    private static int ConfigStart(string[] lines)
    {
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var clean = Clean(lines[i]);
            if (clean.Equals("return", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (IsDisplayConfiguration(clean))
            {
                start = i;
            }
        }

        return start;
    }

    private static bool IsDisplayConfiguration(string line)
    {
        if (!IsPrompt(line))
        {
            return false;
        }

        var close = line[0] == '<' ? line.IndexOf('>', 1) : line.IndexOf(']', 1);
        var words = line[(close + 1)..].Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 &&
               words[0].Length >= 3 && "display".StartsWith(words[0], StringComparison.OrdinalIgnoreCase) &&
               words[1].Length >= 2 &&
               ("current-configuration".StartsWith(words[1], StringComparison.OrdinalIgnoreCase) ||
                "saved-configuration".StartsWith(words[1], StringComparison.OrdinalIgnoreCase));
    }

    private static string Clean(string line) => line.TrimEnd('\0', ' ', '\t').TrimStart(' ', '\t');
}
