using System.Buffers;
using System.Globalization;
using System.Text;

namespace GovNet.NetCode.Load;

/// <summary>
/// The character-level rules of <see cref="SimpleYamlReader"/>: which texts it may read at all, where a
/// one-line scalar ends, and what a quoted one means. Each rule errs towards declining: a file the
/// reader declines is read by YamlDotNet, so only a wrongly accepted file could change a result.
/// </summary>
internal static class SimpleYamlText
{
    // Characters that may not begin a plain scalar here: YAML's indicators (some of which may begin one
    // when a non-space follows, cases left to YamlDotNet) and the space.
    private static readonly SearchValues<char> NotPlainStart = SearchValues.Create("-?:,[]{}#&*!|>'\"%@` ");

    private static readonly SearchValues<char> FlowIndicators = SearchValues.Create(",[]{}");

    /// <summary>
    /// Whether the text holds only what the reader handles: printable characters and line breaks of
    /// '\n' or "\r\n", no tab (YamlDotNet's reading reports tabs in indentation), no byte order mark,
    /// no line break YAML knows beyond those two (NEL, LS, PS), and no document marker.
    /// </summary>
    public static bool IsPlainText(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyExceptInRange(' ', '~'); i >= 0;)
        {
            var c = span[i];
            var allowed = c == '\n'
                || (c == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
                || (c is >= '\u00A0' and <= '\uD7FF' && c is not ('\u2028' or '\u2029'))
                || (c is >= '\uE000' and <= '\uFFFD' && c != '\uFEFF');
            if (!allowed)
            {
                return false;
            }

            var next = span[(i + 1)..].IndexOfAnyExceptInRange(' ', '~');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return !text.StartsWith("---", StringComparison.Ordinal) && !text.StartsWith("...", StringComparison.Ordinal)
            && !text.Contains("\n---", StringComparison.Ordinal) && !text.Contains("\n...", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where the one-line scalar starting at <paramref name="start"/> ends (after its closing quote, or
    /// after a plain scalar's last non-space), or -1 if none starts there that this reader reads.
    /// </summary>
    public static int ScalarEnd(string text, int start, bool flow)
    {
        if (start >= text.Length)
        {
            return -1;
        }

        return text[start] switch
        {
            '\'' => QuotedEnd(text, start, '\''),
            '"' => QuotedEnd(text, start, '"'),
            _ => PlainEnd(text, start, flow),
        };
    }

    /// <summary>
    /// A plain scalar ends, as YamlDotNet's scanner has it, at the line's end, at a '#' after a space, at
    /// a colon followed by a space (in flow also by a comma), and in flow at any of ",[]{}". A colon
    /// before a line's end is left to the caller (a key's colon outside flow, a decline in it).
    /// </summary>
    private static int PlainEnd(string text, int start, bool flow)
    {
        if (NotPlainStart.Contains(text[start]) || text[start] is '\n' or '\r')
        {
            return -1;
        }

        var end = start;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == ' ')
            {
                continue;
            }

            if (c == '#' && text[i - 1] == ' ')
            {
                break;
            }

            if (c == ':' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n' or '\r' || (flow && text[i + 1] == ',')))
            {
                break;
            }

            if (flow && FlowIndicators.Contains(c))
            {
                break;
            }

            end = i + 1;
        }

        return end;
    }

    /// <summary>After the closing quote on the same line, or -1; escapes are checked when unquoting.</summary>
    private static int QuotedEnd(string text, int start, char quote)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                return -1;
            }

            if (c == '\\' && quote == '"')
            {
                i++;
                if (i == text.Length || text[i] is '\n' or '\r')
                {
                    return -1;
                }

                continue;
            }

            if (c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A quoted scalar's value from the text between its quotes: '' is a quote in single quotes, and in
    /// double quotes the escapes YamlDotNet knows, bar those that make surrogates (left to it), are
    /// replaced; null for an escape left to YamlDotNet.
    /// </summary>
    public static string? Unquote(ReadOnlySpan<char> inner, char quote)
    {
        var escape = inner.IndexOf(quote == '"' ? '\\' : '\'');
        if (escape < 0)
        {
            return inner.ToString();
        }

        var value = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote == '\'' && c == '\'')
            {
                i++;
                value.Append('\'');
            }
            else if (quote == '"' && c == '\\')
            {
                i++;
                var code = inner[i] switch { 'x' => 2, 'u' => 4, _ => 0 };
                if (code > 0)
                {
                    if (i + code >= inner.Length
                        || !int.TryParse(inner.Slice(i + 1, code), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var point)
                        || point is >= 0xD800 and <= 0xDFFF)
                    {
                        return null;
                    }

                    value.Append((char)point);
                    i += code;
                }
                else if (Unescaped(inner[i]) is { } unescaped)
                {
                    value.Append(unescaped);
                }
                else
                {
                    return null;
                }
            }
            else
            {
                value.Append(c);
            }
        }

        return value.ToString();
    }

    private static char? Unescaped(char code) => code switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\u001B',
        ' ' => ' ',
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'N' => '\u0085',
        '_' => '\u00A0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => null,
    };
}
