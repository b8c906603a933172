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
    private const string Prefix = "YAML syntax: ";

    /// <summary>The parser's words (a part of its message) and what they mean for someone editing policy.</summary>
    private static readonly (string Parser, string Plain)[] Sentences =
    [
        ("did not find expected '-' indicator", "this line is not lined up with the list items above it; every '- ' of one list starts in the same column"),
        ("did not find expected key", "this line is not lined up with the keys above it; the keys of one mapping start in the same column"),
        ("mapping values are not allowed", "a second ': ' on one line; put a value that contains ': ' in quotes"),
        ("found invalid mapping", "a ': ' where a value goes on; is the ':' after a key above missing, or does a value with ': ' need quotes?"),
        ("found character that cannot start any token", "this character cannot start a value; put the value in quotes"),
        ("did not find expected alphabetic or numeric character", "'&' and '*' start anchors and aliases in YAML; put a value starting with them in quotes"),
        ("did not find expected node content", "a value is missing here"),
        ("did not find expected ',' or '}'", "a ',' between two entries or the closing '}' is missing before this point"),
        ("did not find expected ',' or ']'", "a ',' between two items or the closing ']' is missing before this point"),
        ("did not find expected <document start>", "text after the end of the document; one file holds one mapping"),
    ];

    public static Diagnostic Describe(string text, string file, SourceSpan parserSpan, string parserMessage)
    {
        if (UnclosedBracket(text) is { } open && open.Span.CompareTo(parserSpan) <= 0)
        {
            return Diagnostic.Error(Codes.YamlSyntax, open.Span with { File = file },
                $"{Prefix}'{open.Bracket}' opens here but is never closed; add the '{Closing(open.Bracket)}' where this {(open.Bracket == '{' ? "mapping" : "list")} ends");
        }

        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var quote = CharAt(text, parserSpan) is { } c && c is '\'' or '"' ? c : '"';
            return Diagnostic.Error(Codes.YamlSyntax, parserSpan,
                $"{Prefix}the quoted value that starts here with {quote} is not closed; add the closing {quote} on the same line");
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
                    $"{Prefix}this line is indented more than the line above, so it reads as the rest of that value; line it up with the keys above it");
            }
        }

        foreach (var (parser, plain) in Sentences)
        {
            if (parserMessage.Contains(parser, StringComparison.Ordinal))
            {
                return Diagnostic.Error(Codes.YamlSyntax, parserSpan, Prefix + plain);
            }
        }

        return Diagnostic.Error(Codes.YamlSyntax, parserSpan, $"{Prefix}cannot read this as YAML (the parser says: {parserMessage.TrimEnd('.')})");
    }

    /// <summary>When the parser stopped without saying why: an unclosed bracket if there is one, else a hint where to look.</summary>
    public static Diagnostic Stopped(string text, string file, SourceSpan parserSpan) =>
        UnclosedBracket(text) is not null
            ? Describe(text, file, parserSpan, string.Empty)
            : Diagnostic.Error(Codes.YamlSyntax, parserSpan, $"{Prefix}cannot read on from here; look for an unclosed '{{', '[' or quote above");

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
