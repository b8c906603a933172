using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Readies a captured config for <see cref="Parsing.ConfigTree"/>. Three things are done to the
/// text, none of which moves a line:
/// <list type="bullet">
/// <item>A terminal session saved before <c>display current-configuration</c> (pings, other display
/// output, tab-completion debris) is cut off: it is not configuration, and whatever it configured is
/// in the configuration it displays.</item>
/// <item>Device output pasted after or inside the config (a prompt followed by <c>display</c>,
/// <c>ping</c>, <c>tracert</c> or any user-view command, then what the device printed) becomes
/// <c>#</c>, which closes the section above it and is not a config line. The output ends at the
/// next prompt or the first line that could be configuration (the reader's test: <c>#</c>, a section
/// or command the dialect knows, anything that may forward), so it can never hide a config line:
/// that line and all after it are read as config.</item>
/// <item>Indentation deeper than <see cref="MaxIndent"/> is cut to it. The tree is built by recursion
/// on indentation, so a hostile input indenting each line one more than the last would otherwise
/// overflow the stack, which no catch can stop. Real configs nest three levels at most.</item>
/// </list>
/// </summary>
internal static class HuaweiVrpCapture
{
    public const int MaxIndent = 32;

    /// <summary>System-view commands that print and configure nothing; any command at a user-view prompt (<c>&lt;R1&gt;</c>) is one too.</summary>
    private static readonly string[] OutputCommands = ["display", "ping", "tracert", "quit", "return", "save", "reset", "debugging", "terminal", "screen-length", "dir", "more", "compare"];

    /// <param name="text">The file as read.</param>
    /// <param name="isConfig">Whether a line (trimmed) could be configuration: ends pasted device output.</param>
    public static string Prepare(string text, Func<string, bool> isConfig) => MayChange(text) ? Rewrite(text, isConfig) : text;

    /// <summary><see cref="Prepare"/> line by line on the split text, which a text <see cref="MayChange"/> says nothing in comes back from unchanged.</summary>
    internal static string Rewrite(string text, Func<string, bool> isConfig)
    {
        // Split exactly as ConfigTree does, so line numbers agree.
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var start = ConfigStart(lines);
        var changed = start > 0;
        for (var i = 0; i < start; i++)
        {
            lines[i] = string.Empty;
        }

        var output = false;
        for (var i = start; i < lines.Length; i++)
        {
            // Most lines are neither a prompt nor output: they are looked at in place, not copied trimmed.
            var cleaned = Cleaned(lines[i]);
            var clean = cleaned.Length > 0 && (cleaned[0] is '<' or '[' || output) ? cleaned.ToString() : string.Empty;
            if (IsPrompt(clean) && Command(clean) is { Length: > 0 } command)
            {
                // The display of the configuration is followed by configuration; any other printing command by output.
                var display = IsDisplayConfiguration(clean);
                output = !display && (clean[0] == '<' || IsOutputCommand(command));
                if (output || display)
                {
                    lines[i] = "#";
                    changed = true;
                    continue;
                }
            }
            else if (output && clean.Length > 0)
            {
                output = !isConfig(clean);
                if (output)
                {
                    lines[i] = "#";
                    changed = true;
                    continue;
                }
            }

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

        return changed ? string.Join('\n', lines) : text;
    }

    /// <summary>
    /// Whether <see cref="Prepare"/> could change the text, looked at line by line in place: only a
    /// prompt or a version banner (a line starting with <c>&lt;</c> or <c>[</c>) starts the config
    /// later or starts output, and only indentation past <see cref="MaxIndent"/> is cut. A compiled
    /// config has none of them, and is then not split and copied at all.
    /// </summary>
    internal static bool MayChange(string text)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            var clean = line.TrimEnd("\0 \t").TrimStart(" \t");
            if ((clean.Length > 0 && clean[0] is '<' or '[') || line.Length - line.TrimStart(" \t").Length > MaxIndent)
            {
                return true;
            }
        }

        return false;
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
            var clean = Cleaned(lines[i]);
            if (clean.Equals("return", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (clean.Length > 0 && clean[0] is '<' or '[' && IsDisplayConfiguration(clean.ToString()))
            {
                start = i;
            }
        }

        return start;
    }

    /// <summary>What follows a prompt (<c>display bgp peer</c> after <c>[R1]</c>); empty for a bare prompt.</summary>
    public static string Command(string prompt)
    {
        var close = prompt[0] == '<' ? prompt.IndexOf('>', 1) : prompt.IndexOf(']', 1);
        return prompt[(close + 1)..].Trim();
    }

    private static bool IsOutputCommand(string command)
    {
        var word = command.Split([' ', '\t'], 2)[0];
        return (word.Length >= 2 || word is "q") && OutputCommands.Any(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsDisplayConfiguration(string line)
    {
        if (!IsPrompt(line))
        {
            return false;
        }

        var words = Command(line).Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 &&
               words[0].Length >= 3 && "display".StartsWith(words[0], StringComparison.OrdinalIgnoreCase) &&
               words[1].Length >= 2 &&
               ("current-configuration".StartsWith(words[1], StringComparison.OrdinalIgnoreCase) ||
                "saved-configuration".StartsWith(words[1], StringComparison.OrdinalIgnoreCase));
    }

    // The line without its padding, as ConfigTree trims it.
    private static ReadOnlySpan<char> Cleaned(string line) => line.AsSpan().TrimEnd("\0 \t").TrimStart(" \t");
}
