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
        at = SkipBlanks(line, at);
        var start = at;
        while (at < line.Length && !char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        word = line[start..at];
        return at > start;
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
