namespace GovNet.NetCode.Load;

/// <summary>A word of a flow rule and the offset of its first character in the rule text.</summary>
internal readonly record struct FlowWord(string Value, int Pos);

/// <summary>The words of a flow rule before they are read: what the grammar's skeleton gives.</summary>
internal sealed record FlowSkeleton(FlowWord Action, FlowWord Protocol, FlowWord? Ports, FlowWord From, FlowWord To);

/// <summary>
/// Reads a well-formed flow rule word by word, without the Sprache grammar: at 2,000 units a
/// repository has thousands of rules and the grammar's character-by-character parsers were most of
/// loading the flows file. It accepts only what the grammar accepts, with the same words at the
/// same offsets; anything else (a leading space, a word too few or too many, a misspelt keyword, an
/// empty protocol or port list) gives null, and the grammar reads the rule and words the mistake.
/// </summary>
internal static class FlowRuleScanner
{
    private const int Words = 6;

    public static FlowSkeleton? TryScan(string text)
    {
        Span<int> starts = stackalloc int[Words];
        Span<int> ends = stackalloc int[Words];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            // A space where a word should start: leading spaces, or a seventh word after the sixth.
            if (text[i] == ' ' || count == Words)
            {
                return null;
            }

            starts[count] = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            ends[count++] = i;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        if (count != Words || !Is(text, starts[2], ends[2], "from") || !Is(text, starts[4], ends[4], "to"))
        {
            return null;
        }

        var action = Word(text, starts[0], ends[0]);
        if (action.Value is not ("permit" or "deny"))
        {
            return null;
        }

        // The protocol runs to the first slash; what follows it, slashes and all, is the port list.
        var slash = text.IndexOf('/', starts[1], ends[1] - starts[1]);
        if (slash == starts[1] || slash == ends[1] - 1)
        {
            return null;
        }

        return slash < 0
            ? new FlowSkeleton(action, Word(text, starts[1], ends[1]), null, Word(text, starts[3], ends[3]), Word(text, starts[5], ends[5]))
            : new FlowSkeleton(action, Word(text, starts[1], slash), Word(text, slash + 1, ends[1]), Word(text, starts[3], ends[3]), Word(text, starts[5], ends[5]));
    }

    private static bool Is(string text, int start, int end, string word) =>
        text.AsSpan(start, end - start).SequenceEqual(word);

    private static FlowWord Word(string text, int start, int end) => new(text[start..end], start);
}
