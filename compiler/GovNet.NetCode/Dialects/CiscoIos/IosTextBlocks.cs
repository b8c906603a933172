using System.Text;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Prepares IOS text for <see cref="Parsing.ConfigTree"/> without moving any line: free text that is
/// not indented like config (banner bodies between their delimiters, <c>macro name</c> bodies up to
/// <c>@</c>) is blanked so it cannot pose as commands, and indentation is capped so a hostile file
/// cannot nest deeper than the tree builder's recursion can go.
/// </summary>
internal static class IosTextBlocks
{
    /// <summary>Deeper than any IOS config nests (about four levels), shallow enough for any stack.</summary>
    private const int MaxIndent = 32;

    private static readonly string[] BannerKinds = ["motd", "exec", "login", "incoming", "slip-ppp", "prompt-timeout", "config-save"];

    /// <summary>
    /// The prepared text, and how many lines were banner or macro bodies. Where nothing was blanked or
    /// capped that is the text itself unless <paramref name="rewrite"/>: the rewritten text differs from
    /// it only by carriage returns and a final line break, which the tree drops, so it is not built.
    /// </summary>
    /// <remarks>
    /// Most configs hold no banner, macro or deep line: the lines are first looked over in place, and
    /// only a text that has one (or a carriage return) is split (<see cref="PrepareLines"/>).
    /// </remarks>
    public static (string Text, int BlankedLines) Prepare(string text, bool rewrite = false) =>
        rewrite || text.Contains('\r', StringComparison.Ordinal) || !AsItStands(text) ? PrepareLines(text, rewrite) : (text, 0);

    /// <summary><see cref="Prepare"/> by splitting the text into lines: the definition the in-place look stands in for.</summary>
    internal static (string Text, int BlankedLines) PrepareLines(string text, bool rewrite = false)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var blanked = 0;

        // For each delimiter, the index from which no later line contains it: a banner that never
        // closes is then found out once, not once per banner line (a file of them stays linear).
        var absentFrom = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var close = line.StartsWith("banner", StringComparison.Ordinal) ? BannerEnd(lines, i, absentFrom)
                : line.StartsWith("macro name ", StringComparison.Ordinal) ? BlockEnd(lines, i, "@", absentFrom)
                : i;
            for (var j = i + 1; j <= close; j++)
            {
                lines[j] = string.Empty;
                blanked++;
            }

            i = close;
        }

        if (!rewrite && blanked == 0 && Array.TrueForAll(lines, line => ReferenceEquals(CapIndent(line), line)))
        {
            return (text, 0);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            builder.Append(CapIndent(line)).Append('\n');
        }

        return (builder.ToString(), blanked);
    }

    /// <summary>
    /// The last line of the banner starting at <paramref name="start"/>. IOS takes the first
    /// character after <c>banner [kind]</c> as the delimiter (ETX 0x03, or <c>^C</c> as
    /// <c>show running-config</c> prints it) and reads up to its next occurrence.
    /// </summary>
    private static int BannerEnd(string[] lines, int start, Dictionary<string, int> absentFrom)
    {
        var line = lines[start];
        if (line.Length > "banner".Length && line["banner".Length] != ' ')
        {
            return start;
        }

        var rest = line["banner".Length..].TrimStart(' ', '\t');
        var kind = rest.Split(' ', 2)[0];
        if (Array.IndexOf(BannerKinds, kind) >= 0)
        {
            rest = rest[kind.Length..].TrimStart(' ', '\t');

            // The ASA prints a banner as one "banner motd TEXT" line per text line; IOS never
            // repeats a banner kind, so a neighbour of the same kind means each line stands alone.
            var sameKind = $"banner {kind} ";
            if ((start > 0 && lines[start - 1].StartsWith(sameKind, StringComparison.Ordinal)) ||
                (start + 1 < lines.Length && lines[start + 1].StartsWith(sameKind, StringComparison.Ordinal)))
            {
                return start;
            }
        }

        if (rest.Length == 0)
        {
            return start;
        }

        var delimiter = rest.StartsWith("^C", StringComparison.Ordinal) ? "^C" : rest[..1];

        // A letter or digit is not a delimiter anyone chooses: this is the ASA's one-line
        // "banner motd TEXT" form, and reading it as IOS would swallow the config that follows.
        if (char.IsLetterOrDigit(delimiter[0]) || char.IsSurrogate(delimiter[0]))
        {
            return start;
        }

        if (rest.IndexOf(delimiter, delimiter.Length, StringComparison.Ordinal) >= 0)
        {
            return start;
        }

        return BlockEnd(lines, start, delimiter, absentFrom);
    }

    /// <summary>The first line after <paramref name="start"/> containing <paramref name="marker"/>; <paramref name="start"/> itself when none does.</summary>
    private static int BlockEnd(string[] lines, int start, string marker, Dictionary<string, int> absentFrom)
    {
        if (absentFrom.TryGetValue(marker, out var from) && start >= from)
        {
            return start;
        }

        for (var j = start + 1; j < lines.Length; j++)
        {
            if (marker == "@" ? lines[j].Trim() == "@" : lines[j].Contains(marker, StringComparison.Ordinal))
            {
                return j;
            }
        }

        absentFrom[marker] = start;
        return start;
    }

    // Whether no line starts a banner or macro or is indented past the cap: then nothing is blanked or capped.
    private static bool AsItStands(string text)
    {
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            if (line.StartsWith("banner", StringComparison.Ordinal) || line.StartsWith("macro name ", StringComparison.Ordinal) ||
                line.Length - line.TrimStart(" \t").Length > MaxIndent)
            {
                return false;
            }

            start = end + 1;
        }

        return true;
    }

    private static string CapIndent(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t')
        {
            indent++;
        }

        return indent <= MaxIndent ? line : line[(indent - MaxIndent)..];
    }
}
