namespace GovNet.NetCode.Report;

/// <summary>
/// Config text as a fenced markdown block. The fence is at least four backticks and always longer
/// than any run of backticks in the text, so no config line (a description, a banner) can close it early.
/// </summary>
internal static class MarkdownFence
{
    private const int Shortest = 4;

    public static string Block(string info, string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(Shortest, longest + 1));
        var body = text.ReplaceLineEndings("\n");
        return $"{fence}{info}\n{body}{(body.EndsWith('\n') ? string.Empty : "\n")}{fence}\n";
    }
}
