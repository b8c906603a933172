using System.Collections.Immutable;

namespace GovNet.NetCode.Parsing;

/// <summary>A config line with its 1-based number and its children (the lines indented beneath it).</summary>
public sealed record ConfigNode(int Line, string Text, int Indent, ImmutableArray<ConfigNode> Children);

/// <summary>
/// Splits a config into a tree by indentation, the structure every dialect shares. Separator and
/// comment lines (<c>#</c>, <c>!</c>), blank lines, NUL padding and CR are dropped; nothing throws.
/// </summary>
public static class ConfigTree
{
    public static ImmutableArray<ConfigNode> Parse(string text, Func<string, bool> isSeparator)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isSeparator);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            return Parse(Lines(text), isSeparator);
        }

        // Each line's trimmed text is cut from the config at once, not split off first and trimmed after;
        // a line written before (a port's settings, a section's closing word) shares the first one's string.
        var tree = new TreeAssembly();
        var seen = SharedStrings.Create();
        for (int start = 0, number = 1; NextLine(text, ref start, out var from, out var raw, out var indent); number++)
        {
            if (indent < raw.Length && seen.Of(text.AsSpan(from + indent, raw.Length - indent)) is var trimmed && !isSeparator(trimmed))
            {
                tree.Add(number, trimmed, indent);
            }
        }

        return tree.Finish();
    }

    /// <summary>The tree of lines already split (none holds a line break), as <see cref="Parse(string, Func{string, bool})"/> builds it from their join.</summary>
    public static ImmutableArray<ConfigNode> Parse(string[] lines, Func<string, bool> isSeparator)
    {
        var tree = new TreeAssembly();
        for (var i = 0; i < lines.Length; i++)
        {
            AddLine(tree, i, lines[i], isSeparator);
        }

        return tree.Finish();
    }

    /// <summary>
    /// In one pass over the text, what <see cref="Parse(string, Func{string, bool})"/> makes of each
    /// line of <see cref="AfterSeparators"/>' text mapped by <paramref name="map"/>, with no separator
    /// dropped: drift's preparation without splitting and joining the whole text, nor splitting it into
    /// lines to cut each line's padding off again. <paramref name="map"/> gets a line without its padding
    /// (never empty) and gives its text, or null or empty to drop it; the mapped line stands behind the
    /// indentation the line has after the shift. <paramref name="map"/> must give one text for one line:
    /// each distinct line is mapped once.
    /// </summary>
    public static ImmutableArray<ConfigNode> ParseShifted(string text, string separator, Func<string, string?> map) =>
        ParseShifted(text, separator, new LineMappings(map));

    /// <summary><see cref="ParseShifted(string, string, Func{string, string?})"/> with the lines mapped through <paramref name="mappings"/>, which other texts may share.</summary>
    public static ImmutableArray<ConfigNode> ParseShifted(string text, string separator, LineMappings mappings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mappings);
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal);
        var shift = new SeparatorShift(separator);
        var tree = new TreeAssembly();
        for (int start = 0, number = 1; NextLine(text, ref start, out var from, out var line, out var indent); number++)
        {
            var cut = shift.Cut(line);
            if (indent < line.Length && mappings.Of(text.AsSpan(from + indent, line.Length - indent)) is { } mapped)
            {
                var raw = LineBlanks.TrimEnd(mapped);
                var trimmed = LineBlanks.TrimStart(raw);
                if (trimmed.Length > 0)
                {
                    tree.Add(number, trimmed, indent - (cut ?? 0) + raw.Length - trimmed.Length);
                }
            }
        }

        return tree.Finish();
    }

    /// <summary>
    /// The line of a text without carriage returns that starts at <paramref name="start"/>, which moves
    /// to the next: where it starts, the line without trailing padding and its indentation; false past the end.
    /// </summary>
    private static bool NextLine(string text, ref int start, out int from, out ReadOnlySpan<char> line, out int indent)
    {
        from = start;
        line = default;
        indent = 0;
        if (start > text.Length)
        {
            return false;
        }

        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        line = text.AsSpan(start, end - start).TrimEnd("\0 \t");
        indent = line.Length - line.TrimStart(" \t").Length;
        start = end + 1;
        return true;
    }

    private static string[] Lines(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    private static void AddLine(TreeAssembly tree, int index, string line, Func<string, bool> isSeparator)
    {
        var raw = LineBlanks.TrimEnd(line);
        var trimmed = LineBlanks.TrimStart(raw);
        if (trimmed.Length == 0 || isSeparator(trimmed))
        {
            return;
        }

        tree.Add(index + 1, trimmed, raw.Length - trimmed.Length);
    }

    /// <summary>
    /// The text with each block after an unindented separator (or a comment line starting with one)
    /// shifted left by its first line's indentation, line for line: Comware prints global commands one
    /// space in (<c>#</c>, <c> ip route-static …</c>), and the separator, not the indentation, says they
    /// are not part of the section above. A block whose first line is unindented is left as it is.
    /// </summary>
    public static string AfterSeparators(string text, string separator)
    {
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal);
        var lines = text.Split('\n');
        return AfterSeparators(lines, separator) ? string.Join('\n', lines) : text;
    }

    /// <summary><see cref="AfterSeparators(string, string)"/> on lines already split (none holds a line break), in place; whether any line moved.</summary>
    public static bool AfterSeparators(string[] lines, string separator)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var shifted = false;
        var shift = new SeparatorShift(separator);
        for (var i = 0; i < lines.Length; i++)
        {
            if (shift.Next(lines[i]) is { } moved)
            {
                lines[i] = moved;
                shifted = true;
            }
        }

        return shifted;
    }

    /// <summary>Whether <see cref="AfterSeparators(string, string)"/> would move a line of a text without carriage returns, looked at in place.</summary>
    public static bool MovesAfterSeparators(string text, string separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shift = new SeparatorShift(separator);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            if (shift.Cut(text.AsSpan(range).TrimEnd("\0 \t")) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shifting of <see cref="AfterSeparators(string, string)"/>, line by line: each line's new text, or null where it stays as it is.</summary>
    private struct SeparatorShift(string separator)
    {
        private int? shift;

        public string? Next(string text)
        {
            var line = LineBlanks.TrimEnd(text);
            return Cut(line) is { } cut ? line[cut..] : null;
        }

        /// <summary>How many blanks the shift takes off the start of a line already without trailing padding (at most its indentation); null where the line stays as it is.</summary>
        public int? Cut(ReadOnlySpan<char> line)
        {
            if (line.StartsWith(separator, StringComparison.Ordinal))
            {
                shift = null;
                return null;
            }

            var indent = line.Length - line.TrimStart(" \t").Length;
            if (line.Length == 0 || (shift ??= indent) == 0)
            {
                return null;
            }

            return Math.Min(indent, shift.Value);
        }
    }
}
