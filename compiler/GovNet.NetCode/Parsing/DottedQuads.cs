using System.Text.RegularExpressions;

namespace GovNet.NetCode.Parsing;

/// <summary>One dotted quad of a line: where it starts, where its four numbers end, and where its <c>/N</c> ends (at <see cref="QuadEnd"/> when it has none).</summary>
internal readonly record struct DottedQuad(int Index, int QuadEnd, int End)
{
    public bool HasLength => End > QuadEnd;
}

/// <summary>
/// Finds the dotted quads of a line as <see cref="Pattern"/> matches them, without the regular
/// expression's match objects: the address census reads every line of every config, and nine in
/// ten of them hold an address. <see cref="Pattern"/> stays the definition (DottedQuadsTests holds
/// the two equal on every line of the golden configs and the corpus and on awkward lines).
/// </summary>
internal static partial class DottedQuads
{
    /// <summary>Adds the line's quads to <paramref name="found"/>, left to right, each starting where the one before ended at the earliest, as successive regex matches do.</summary>
    public static void Find(ReadOnlySpan<char> line, List<DottedQuad> found)
    {
        var start = 0;
        while (start < line.Length)
        {
            if (char.IsDigit(line[start]) && (start == 0 || !IsDigitOrDot(line[start - 1])) && TryMatch(line, start) is { } quad)
            {
                found.Add(quad);
                start = quad.End;
            }
            else
            {
                start++;
            }
        }
    }

    /// <summary>
    /// The match starting at <paramref name="start"/>. Each number is its whole run of digits, one to
    /// three long: with fewer, the pattern would meet a digit where it needs a dot or where its
    /// lookahead forbids one, so backtracking never finds another match.
    /// </summary>
    private static DottedQuad? TryMatch(ReadOnlySpan<char> line, int start)
    {
        var at = start;
        for (var number = 0; number < 4; number++)
        {
            var digits = Digits(line, at);
            if (digits is < 1 or > 3)
            {
                return null;
            }

            at += digits;
            if (number < 3)
            {
                if (at >= line.Length || line[at] != '.')
                {
                    return null;
                }

                at++;
            }
        }

        // "/N" counts when one or two digits follow the slash and the lookahead holds after them;
        // otherwise the quad stands alone, its lookahead meeting the slash, which it allows.
        if (at < line.Length && line[at] == '/')
        {
            var length = Digits(line, at + 1);
            if (length is 1 or 2 && EndsHere(line, at + 1 + length))
            {
                return new DottedQuad(start, at, at + 1 + length);
            }

            return new DottedQuad(start, at, at);
        }

        return EndsHere(line, at) ? new DottedQuad(start, at, at) : null;
    }

    /// <summary>The pattern's closing lookahead: no digit, and no dot followed by a digit.</summary>
    private static bool EndsHere(ReadOnlySpan<char> line, int at) =>
        at >= line.Length || !(char.IsDigit(line[at]) || (line[at] == '.' && at + 1 < line.Length && char.IsDigit(line[at + 1])));

    private static int Digits(ReadOnlySpan<char> line, int at)
    {
        var end = at;
        while (end < line.Length && char.IsDigit(line[end]))
        {
            end++;
        }

        return end - at;
    }

    private static bool IsDigitOrDot(char c) => c == '.' || char.IsDigit(c);

    /// <summary>A dotted quad not glued to more digits or dots (so OIDs and version strings are not read), with an optional /N.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<quad>\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?:/(?<length>\d{1,2}))?(?![\d]|\.\d)", RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}
