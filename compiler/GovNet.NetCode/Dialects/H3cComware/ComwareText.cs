using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// Turns a captured Comware config into clean lines for <see cref="Parsing.ConfigTree"/>, one for one so
/// that line numbers never move: terminal debris is removed, banner text blanked, and each block
/// between <c>#</c> separators re-indented from its own first line.
/// </summary>
internal static class ComwareText
{
    // A capture tool that dropped the pager's erase sequences leaves its erasing spaces (15) in front of
    // the next line; no real Comware line is indented that deep.
    private const int PagerRemnant = 15;

    private const string MorePrompt = "---- More ----";

    // Comware limits a banner to about 2,000 characters; an opening delimiter that is not closed within
    // this budget is not a banner, and nothing after it is hidden from the parser.
    private const int BannerBudget = 4000;

    private static readonly string[] BannerKinds = ["motd", "login", "shell", "incoming", "legal"];

    public static string[] Lines(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    /// <summary>
    /// Whether <see cref="Normalise"/> leaves every line of the text as it is, looked at in place: no
    /// terminal control, pager prompt or pager indentation, no banner header, prompt or echoed
    /// <c>display</c>, no block to re-indent. A compiled config is such a text, and its tree is then cut
    /// from the text without splitting it into lines first.
    /// </summary>
    public static bool IsClean(string text)
    {
        if (text.AsSpan().IndexOfAny("\r\b\u001b") >= 0 || text.Contains(MorePrompt, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if ((line.Length > 0 && line[0] is '<' or '[') || line.StartsWith("display ", StringComparison.OrdinalIgnoreCase) || line.Length - line.TrimStart(' ').Length >= PagerRemnant)
            {
                return false;
            }

            // A banner closed on its own line (the compiled one) blanks nothing.
            if (line.TrimStart().StartsWith("header", StringComparison.OrdinalIgnoreCase) && BannerDelimiter(line.ToString()) is var (delimiter, after) && line[after..].IndexOf(delimiter) < 0)
            {
                return false;
            }
        }

        return !ConfigTree.MovesAfterSeparators(text, "#");
    }

    public static string[] Normalise(string[] raw)
    {
        var lines = raw.Select(StripTerminal).ToArray();
        BlankBanners(lines);
        BlankNoise(lines);

        // Comware 5 writes global commands one space in, right after the "#" that closed the section before.
        ConfigTree.AfterSeparators(lines, "#");
        return lines;
    }

    /// <summary>"---- More ----" prompts with their erase sequences, other ANSI sequences and backspaces, and the pager's leading spaces.</summary>
    private static string StripTerminal(string line)
    {
        // The pager erases its prompt with cursor moves and spaces; the real line starts after the last of them.
        var more = line.LastIndexOf(MorePrompt, StringComparison.Ordinal);
        if (more >= 0)
        {
            line = line[(more + MorePrompt.Length)..];
            var erased = LastControlEnd(line);
            if (erased >= 0)
            {
                return line[(erased + 1)..];
            }
        }

        if (LastControlEnd(line) >= 0)
        {
            line = RemoveControls(line);
        }

        var spaces = 0;
        while (spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return spaces >= PagerRemnant && spaces < line.Length ? line[PagerRemnant..] : line;
    }

    /// <summary>The index of the last character of the last backspace or ESC sequence, or -1.</summary>
    private static int LastControlEnd(string line)
    {
        var backspace = line.LastIndexOf('\b');
        var escape = line.LastIndexOf('\u001b');
        return escape > backspace ? EscapeEnd(line, escape) : backspace;
    }

    /// <summary>ESC [ digits/semicolons final-letter; a bare ESC is one character.</summary>
    private static int EscapeEnd(string line, int escape)
    {
        if (escape + 1 >= line.Length || line[escape + 1] != '[')
        {
            return escape;
        }

        var end = escape + 2;
        while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] == ';'))
        {
            end++;
        }

        return Math.Min(end, line.Length - 1);
    }

    private static string RemoveControls(string line)
    {
        var clean = new System.Text.StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\u001b')
            {
                i = EscapeEnd(line, i);
            }
            else if (line[i] != '\b')
            {
                clean.Append(line[i]);
            }
        }

        return clean.ToString();
    }

    /// <summary><c>header motd %</c> … <c>%</c>: the text between the delimiters is a banner, not commands.</summary>
    private static void BlankBanners(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (BannerDelimiter(lines[i]) is not { } open)
            {
                continue;
            }

            var (delimiter, after) = open;
            if (lines[i].IndexOf(delimiter, after) >= 0)
            {
                continue;
            }

            var budget = BannerBudget;
            for (var j = i + 1; j < lines.Length && budget > 0; j++)
            {
                budget -= lines[j].Length + 1;
                if (lines[j].Contains(delimiter, StringComparison.Ordinal))
                {
                    Array.Fill(lines, string.Empty, i + 1, j - i);
                    i = j;
                    break;
                }
            }
        }
    }

    /// <summary>The delimiter of a <c>header KIND</c> line and where the banner text starts, or null.</summary>
    private static (char Delimiter, int After)? BannerDelimiter(string line)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith("header", StringComparison.OrdinalIgnoreCase) || trimmed.Length < 7 || !char.IsWhiteSpace(trimmed[6]))
        {
            return null;
        }

        var rest = trimmed[6..].TrimStart();
        var kindEnd = 0;
        while (kindEnd < rest.Length && !char.IsWhiteSpace(rest[kindEnd]))
        {
            kindEnd++;
        }

        var text = rest[kindEnd..].TrimStart();
        if (text.Length == 0 || !BannerKinds.Contains(rest[..kindEnd], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        // The banner text is a suffix of the line, so its position in the line follows from its length.
        var at = line.Length - text.Length;
        return (line[at], at + 1);
    }

    /// <summary>Prompts (<c>&lt;H3C&gt;</c>, <c>[H3C]</c>), tool banners (<c>[1/1] …</c>) and echoed <c>display</c> commands.</summary>
    private static void BlankNoise(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            if ((line[0] == '<' && line.Contains('>', StringComparison.Ordinal)) ||
                (line[0] == '[' && line.Contains(']', StringComparison.Ordinal)) ||
                line.StartsWith("display ", StringComparison.OrdinalIgnoreCase))
            {
                lines[i] = string.Empty;
            }
        }
    }
}
