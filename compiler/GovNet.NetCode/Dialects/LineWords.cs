namespace GovNet.NetCode.Dialects;

/// <summary>
/// A config line as the blank-separated words the line grammars read (any <see cref="char.IsWhiteSpace"/>
/// separates), for the scanners that read the commonest lines without building a parser input.
/// </summary>
internal static class LineWords
{
    public static List<string> Of(string line)
    {
        var words = new List<string>(16);
        var at = 0;
        while (Next(line, ref at, out var word))
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>The word at or after <paramref name="at"/>, which moves past it; false at the end of the line.</summary>
    public static bool Next(string line, ref int at, out string word)
    {
        var start = SkipBlanks(line, at);
        at = WordEnd(line, start);
        word = line[start..at];
        return at > start;
    }

    /// <summary>The word at or after <paramref name="at"/> as a span of the line, which moves past it; empty at the end of the line.</summary>
    public static ReadOnlySpan<char> Next(string line, ref int at)
    {
        var start = SkipBlanks(line, at);
        at = WordEnd(line, start);
        return line.AsSpan(start, at - start);
    }

    /// <summary>
    /// The words of the line as ranges of it, in <paramref name="buffer"/> while they fit (else in an
    /// array of their own): a scanner reads a rule without a string per word.
    /// </summary>
    public static Spans Ranges(string line, Span<Range> buffer) => Ranges(line, 0, buffer);

    /// <summary><see cref="Ranges(string, Span{Range})"/> of the words from <paramref name="from"/> on.</summary>
    public static Spans Ranges(string line, int from, Span<Range> buffer)
    {
        var count = 0;
        for (var at = SkipBlanks(line, from); at < line.Length; at = SkipBlanks(line, at), count++)
        {
            var start = at;
            at = WordEnd(line, at);

            if (count == buffer.Length)
            {
                var larger = new Range[buffer.Length * 2];
                buffer.CopyTo(larger);
                buffer = larger;
            }

            buffer[count] = start..at;
        }

        return new Spans(line, buffer[..count]);
    }

    /// <summary>A line's words as ranges of it.</summary>
    public readonly ref struct Spans(string line, ReadOnlySpan<Range> ranges)
    {
        private readonly ReadOnlySpan<Range> ranges = ranges;

        public int Count => ranges.Length;

        public ReadOnlySpan<char> this[int index] => line.AsSpan(ranges[index]);

        /// <summary>The word as a string of its own, for the few words a fact keeps.</summary>
        public string Text(int index) => line[ranges[index]];
    }

    private static int WordEnd(string line, int at)
    {
        while (at < line.Length && !char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        return at;
    }

    public static int SkipBlanks(string line, int at)
    {
        while (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        return at;
    }
}
