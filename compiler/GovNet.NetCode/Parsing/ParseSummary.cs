using System.Collections.Immutable;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// How much of one config the parser understood: its text lines, its config lines (separators,
/// comments and blanks left out), how many of those became facts or were known to be harmless, and
/// every line it did not understand. What a user checks before trusting a verdict; writers mask the
/// secrets in the lines before they print them.
/// </summary>
public sealed record ParseSummary(string File, string Dialect, int Lines, int ConfigLines, int UnderstoodLines, ImmutableArray<UnparsedLine> Unparsed)
{
    public bool AffectsForwarding => Unparsed.Any(u => u.AffectsForwarding);

    public static ParseSummary Of(string file, string text, DeviceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(facts);
        return new ParseSummary(
            file,
            facts.Dialect,
            CountLines(text),
            facts.ConfigLines,
            Math.Max(0, facts.ConfigLines - facts.Unparsed.Length),
            facts.Unparsed);
    }

    /// <summary>Lines as an editor counts them: a final line without a line break counts, an empty end does not.</summary>
    public static int CountLines(string text) =>
        text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text[^1] == '\n' ? 0 : 1);
}
