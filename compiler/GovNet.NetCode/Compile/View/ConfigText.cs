using System.Text;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// The only way free text reaches a config: printable ASCII without quotes, backslashes or
/// characters that CLIs treat specially, cut to a length every dialect accepts, so nothing can start
/// a new command or line. Text stays readable on a device: ASCII letters, digits and the safe marks
/// are kept, full-width ones (２０２４, Ａ) become their ASCII selves, Chinese brackets (〔〕【】（）)
/// become <c>[ ]</c>, white space one space, and every other character is left out. So the approval
/// 佳政办发〔2024〕58号 reads <c>[2024]58</c> beside the flow's id, never a run of <c>uXXXX</c>;
/// the Chinese text itself stays in the policy, where the flow's id leads to it.
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
            if (value < 0x80 && IsKept((char)value))
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
            else if (value is >= 0xFF01 and <= 0xFF5E && IsKept((char)(value - 0xFEE0)))
            {
                builder.Append((char)(value - 0xFEE0));
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
            var kept = (c != ' ' && IsKept(c)) || (c == ' ' && text[i - 1] != ' ');
            if (!kept)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ASCII characters a config text keeps as they are.</summary>
    private static bool IsKept(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or ' ' or '-' or '_' or '.' or ':' or '/' or '@' or '(' or ')' or '[' or ']' or ',' or '+' or '=';
}
