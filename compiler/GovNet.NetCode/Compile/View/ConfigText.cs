using System.Globalization;
using System.Text;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// The only way free text reaches a config: printable ASCII without quotes, backslashes or
/// characters that CLIs treat specially, cut to a length every dialect accepts. Anything else is
/// spelled as <c>uXXXX</c> so nothing is lost and nothing can start a new command or line.
/// </summary>
public static class ConfigText
{
    public const int MaxDescription = 80;

    public static string Safe(string? text, int maxLength = MaxDescription)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsAlreadySafe(text, maxLength))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ||
                value is ' ' or '-' or '_' or '.' or ':' or '/' or '@' or '(' or ')' or '[' or ']' or ',' or '+' or '=')
            {
                builder.Append((char)value);
            }
            else if (value is '〔' or '【' or '（')
            {
                builder.Append('[');
            }
            else if (value is '〕' or '】' or '）')
            {
                builder.Append(']');
            }
            else if (value is '\t' or '\r' or '\n' or '\u3000')
            {
                builder.Append(' ');
            }
            else if (!Rune.IsControl(rune))
            {
                builder.Append('u').Append(value.ToString(value > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture));
            }
        }

        var result = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd();
    }

    /// <summary>
    /// Whether <see cref="Safe"/> would return the text unchanged: short enough, only characters kept as
    /// they are, single spaces between words. Most descriptions (ports, VLANs, ACL remarks) are, and a
    /// city network has hundreds of thousands of them.
    /// </summary>
    private static bool IsAlreadySafe(string text, int maxLength)
    {
        if (text.Length > maxLength || text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var kept = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or ':' or '/' or '@' or '(' or ')' or '[' or ']' or ',' or '+' or '=' ||
                (c == ' ' && text[i - 1] != ' ');
            if (!kept)
            {
                return false;
            }
        }

        return true;
    }
}
