namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// The <c>interface NAME</c> header and the commonest interface lines (<c>description</c>,
/// <c>shutdown</c>) read without Sprache, whose combinators allocate an input and a result per word
/// on every interface of a switch. A line the scan does not take goes to the grammar
/// (<see cref="GlobalGrammar.InterfaceHead"/>, <see cref="InterfaceGrammar.InterfaceLine"/>), which
/// stays the one definition (a test holds the two equal).
/// </summary>
internal static class InterfaceScanner
{
    public static TextLine? Head(string line) => TryReadHead(line) ?? ComwareTokens.Match(GlobalGrammar.InterfaceHead, line);

    public static InterfaceCommand? Line(string line) => TryReadLine(line) ?? ComwareTokens.Match(InterfaceGrammar.InterfaceLine, line);

    /// <summary><c>interface NAME</c> with a name of one word; null for any other line (a name typed with a space is the grammar's).</summary>
    public static TextLine? TryReadHead(string line)
    {
        var at = 0;
        if (!LineWords.Next(line, ref at).Equals("interface", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = LineWords.SkipBlanks(line, at);
        var name = LineWords.Next(line, ref at);
        return name.IsEmpty || LineWords.SkipBlanks(line, at) < line.Length ? null : new TextLine(line.Substring(start, name.Length));
    }

    /// <summary><c>description TEXT</c> or <c>shutdown</c>; null for any other line.</summary>
    public static InterfaceCommand? TryReadLine(string line)
    {
        var at = 0;
        var first = LineWords.Next(line, ref at);
        if (first.Equals("description", StringComparison.OrdinalIgnoreCase))
        {
            return new DescriptionCommand(line[at..].Trim());
        }

        return first.Equals("shutdown", StringComparison.OrdinalIgnoreCase) && LineWords.SkipBlanks(line, at) == line.Length ? new ShutdownCommand(true) : null;
    }
}
