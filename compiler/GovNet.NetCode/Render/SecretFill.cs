using System.Collections.Immutable;
using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Render;

/// <summary>What filling a config gave: the whole filled text, or nothing and why.</summary>
public sealed record FillResult(string? Text, ImmutableArray<Diagnostic> Diagnostics, int Filled);

/// <summary>
/// The deploy-time step that puts secrets into a compiled config: every
/// <see cref="SecretPlaceholder"/> is replaced by the value of the environment variable it names.
/// All or nothing: a variable that is not set or empty, a value a config line cannot carry (white
/// space, control characters, a quote, <c>?</c> which a CLI takes for help, anything outside
/// printable ASCII, another placeholder) or a placeholder that is not well formed is an NC6150
/// error at its file:line:col, and then no text is given at all, so no half-filled config exists.
/// The values are never part of a message.
/// </summary>
public static class SecretFill
{
    private static readonly TextResource Text = new("GovNet.NetCode.Render.FillText");

    public static FillResult Fill(string text, string file, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        var diagnostics = new DiagnosticBag();
        var filled = new StringBuilder(text.Length);
        var count = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var at = 0;
            foreach (System.Text.RegularExpressions.Match start in SecretPlaceholder.Start().Matches(line))
            {
                if (start.Index < at)
                {
                    continue;
                }

                var span = new SourceSpan(file, i + 1, start.Index + 1);
                filled.Append(line, at, start.Index - at);
                var placeholder = SecretPlaceholder.Pattern().Match(line, start.Index);
                if (!placeholder.Success || placeholder.Index != start.Index)
                {
                    diagnostics.Error(Codes.SecretNotFilled, span, Text.Format("Malformed", Excerpt(line, start.Index)));
                    at = start.Index + start.Length;
                    continue;
                }

                var variable = placeholder.Groups["variable"].Value;
                var value = environment(variable);
                if (string.IsNullOrEmpty(value))
                {
                    diagnostics.Error(Codes.SecretNotFilled, span, Text.Format("NotSet", placeholder.Value, variable));
                }
                else if (!CanCarry(value))
                {
                    diagnostics.Error(Codes.SecretNotFilled, span, Text.Format("Unsafe", placeholder.Value, variable));
                }
                else
                {
                    filled.Append(value);
                    count++;
                }

                at = placeholder.Index + placeholder.Length;
            }

            filled.Append(line, at, line.Length - at);
            if (i < lines.Length - 1)
            {
                filled.Append('\n');
            }
        }

        return diagnostics.HasErrors
            ? new FillResult(null, diagnostics.ToSortedArray(), 0)
            : new FillResult(filled.ToString(), [], count);
    }

    /// <summary>Printable ASCII a CLI reads as one word: no blank, quote or question mark, and no placeholder inside.</summary>
    private static bool CanCarry(string value) =>
        value.All(c => c is > ' ' and < '\x7f' and not '"' and not '?') && !SecretPlaceholder.Start().IsMatch(value);

    // The malformed placeholder as written, cut at the first blank: it holds a name, never a value.
    private static string Excerpt(string line, int index)
    {
        var end = line.IndexOfAny([' ', '\t', '\r'], index);
        var word = end < 0 ? line[index..] : line[index..end];
        return word.Length > 60 ? word[..60] + "…" : word;
    }
}
