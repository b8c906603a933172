using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load;

/// <summary>
/// A YAML syntax error in plain words, at the line that needs the fix. The parser notices a missing
/// '}' or ']' only where it finds something else (often the next item or the end of the file), so
/// an opening bracket that is never closed is looked for in the text and reported where it opens.
/// Every sentence a syntax error can say is here, in one place.
/// </summary>
internal static class YamlSyntaxErrors
{
    /// <summary>The parser's words (a part of its message) and the name of what they mean for someone editing policy.</summary>
    private static readonly (string Parser, string Plain)[] Sentences =
    [
        ("did not find expected '-' indicator", "YamlListItemNotAligned"),
        ("did not find expected key", "YamlKeyNotAligned"),
        ("mapping values are not allowed", "YamlSecondColon"),
        ("found invalid mapping", "YamlColonInValue"),
        ("found character that cannot start any token", "YamlBadStartCharacter"),
        ("did not find expected alphabetic or numeric character", "YamlAnchorCharacter"),
        ("did not find expected node content", "YamlValueMissing"),
        ("did not find expected ',' or '}'", "YamlMappingUnclosed"),
        ("did not find expected ',' or ']'", "YamlListUnclosed"),
        ("did not find expected <document start>", "YamlTextAfterDocument"),
    ];

    public static Diagnostic Describe(string text, string file, SourceSpan parserSpan, string parserMessage)
    {
        if (UnclosedBracket(text) is { } open && open.Span.CompareTo(parserSpan) <= 0)
        {
            return Diagnostic.Error(Codes.YamlSyntax, open.Span with { File = file },
                Syntax(open.Bracket == '{' ? "YamlMappingNeverClosed" : "YamlListNeverClosed", open.Bracket, Closing(open.Bracket)));
        }

        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var quote = CharAt(text, parserSpan) is { } c && c is '\'' or '"' ? c : '"';
            return Diagnostic.Error(Codes.YamlSyntax, parserSpan,
                Syntax("YamlQuoteNotClosed", quote));
        }

        if (parserMessage.Contains("invalid mapping", StringComparison.Ordinal) || parserMessage.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            var lines = text.Split('\n');
            var here = parserSpan.Line - 1;
            var above = here - 1;
            while (above >= 0 && (lines[above].Trim().Length == 0 || lines[above].TrimStart().StartsWith('#')))
            {
                above--;
            }

            if (here < lines.Length && above >= 0 && Indent(lines[here]) > Indent(lines[above]) && !lines[above].TrimEnd().EndsWith(':'))
            {
                return Diagnostic.Error(Codes.YamlSyntax, parserSpan with { Column = Indent(lines[here]) + 1 },
                    Syntax("YamlIndentedTooFar"));
            }
        }

        foreach (var (parser, plain) in Sentences)
        {
            if (parserMessage.Contains(parser, StringComparison.Ordinal))
            {
                return Diagnostic.Error(Codes.YamlSyntax, parserSpan, Syntax(plain));
            }
        }

        return Diagnostic.Error(Codes.YamlSyntax, parserSpan, Syntax("YamlUnreadable", parserMessage.TrimEnd('.')));
    }

    /// <summary>When the parser stopped without saying why: an unclosed bracket if there is one, else a hint where to look.</summary>
    public static Diagnostic Stopped(string text, string file, SourceSpan parserSpan) =>
        UnclosedBracket(text) is not null
            ? Describe(text, file, parserSpan, string.Empty)
            : Diagnostic.Error(Codes.YamlSyntax, parserSpan, Syntax("YamlStopped"));

    private static string Syntax(string key, params object?[] values) => Messages.Format("YamlSyntax", Messages.Format(key, values));

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static char Closing(char open) => open == '{' ? '}' : ']';

    private static char? CharAt(string text, SourceSpan span)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < text.Length && line < span.Line; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }

        var at = start + span.Column - 1;
        return line == span.Line && at < text.Length ? text[at] : null;
    }

    /// <summary>
    /// The first '{' or '[' of a flow collection that is never closed, or closed by the other kind
    /// of bracket. A bracket starts a collection only where a value starts (after ': ', '- ', ',' or
    /// another bracket); quoted text and comments are skipped.
    /// </summary>
    internal static (SourceSpan Span, char Bracket)? UnclosedBracket(string text)
    {
        var open = new Stack<(SourceSpan Span, char Bracket)>();
        var line = 1;
        var column = 0;
        char? quote = null;
        var valueStarts = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column, valueStarts) = (line + 1, 0, true);
                continue;
            }

            if (quote is { } q)
            {
                if (q == '"' && c == '\\')
                {
                    i++;
                    column++;
                }
                else if (c == q && !(q == '\'' && i + 1 < text.Length && text[i + 1] == '\''))
                {
                    quote = null;
                }
                else if (q == '\'' && c == '\'')
                {
                    i++;
                    column++;
                }

                continue;
            }

            if (c == '#' && (column == 1 || char.IsWhiteSpace(text[i - 1])))
            {
                while (i + 1 < text.Length && text[i + 1] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (valueStarts && c is '"' or '\'')
            {
                quote = c;
            }
            else if ((valueStarts || open.Count > 0) && c is '{' or '[')
            {
                open.Push((new SourceSpan(string.Empty, line, column), c));
            }
            else if (open.Count > 0 && c is '}' or ']')
            {
                var top = open.Pop();
                if (Closing(top.Bracket) != c)
                {
                    return top;
                }
            }

            valueStarts = c is ':' or '-' or ',' or '{' or '[' or '?';
        }

        return open.Count > 0 ? open.Reverse().First() : null;
    }
}
