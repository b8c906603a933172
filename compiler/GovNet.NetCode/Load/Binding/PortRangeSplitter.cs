using System.Text.RegularExpressions;

namespace GovNet.NetCode.Load.Binding;

/// <summary>
/// Finds where a port range such as <c>GigabitEthernet0/0/1-20</c> splits into its base, first and last
/// number. <see cref="Definition"/> says what a range is; names in plain ASCII without a line feed (every
/// name a device file has in practice) are split by a scan from the end instead, which matches the same
/// text without a <see cref="Match"/> and its groups per interface line. Anything else goes to the pattern.
/// </summary>
internal static partial class PortRangeSplitter
{
    [GeneratedRegex(@"^(?<base>.*\D)(?<first>\d+)-(?<last>\d+)$", RegexOptions.CultureInvariant)]
    internal static partial Regex Definition();

    /// <summary>
    /// True when <paramref name="text"/> is a range: the base is <c>text[..firstStart]</c>, the first number
    /// <c>text[firstStart..dash]</c> and the last <c>text[(dash + 1)..]</c>.
    /// </summary>
    public static bool TrySplit(string text, out int firstStart, out int dash)
    {
        foreach (var c in text)
        {
            // '.' stops at a line feed, '$' allows one at the end and '\d' takes every Unicode digit: the pattern decides those.
            if (c is '\n' || !char.IsAscii(c))
            {
                return TrySplitByDefinition(text, out firstStart, out dash);
            }
        }

        firstStart = dash = 0;
        var i = text.Length;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        if (i == text.Length || i < 2 || text[i - 1] != '-')
        {
            return false;
        }

        // The base ends in a non-digit, so the first number is the whole run of digits before the dash.
        var j = i - 1;
        while (j > 0 && char.IsAsciiDigit(text[j - 1]))
        {
            j--;
        }

        if (j == i - 1 || j == 0)
        {
            return false;
        }

        firstStart = j;
        dash = i - 1;
        return true;
    }

    internal static bool TrySplitByDefinition(string text, out int firstStart, out int dash)
    {
        var match = Definition().Match(text);
        firstStart = match.Success ? match.Groups["first"].Index : 0;
        dash = match.Success ? match.Groups["last"].Index - 1 : 0;
        return match.Success;
    }
}
