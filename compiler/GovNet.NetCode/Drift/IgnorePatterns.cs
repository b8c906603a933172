using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Drift;

/// <summary>
/// The <c>drift.ignore</c> patterns: regular expressions for what the tool does not manage (local
/// users, clock, banners). A pattern that matches a line drops it and everything indented beneath
/// it on both sides, so ignoring a section header ignores the section.
/// </summary>
public sealed class IgnorePatterns
{
    public static readonly IgnorePatterns None = new([]);

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly ImmutableArray<Regex> patterns;

    private IgnorePatterns(ImmutableArray<Regex> patterns) => this.patterns = patterns;

    /// <summary>Compiles the patterns; one that is not a valid regular expression is an NC7101 error at <paramref name="origin"/>.</summary>
    public static IgnorePatterns? Create(IEnumerable<string> sources, SourceSpan origin, DiagnosticBag diagnostics)
    {
        var compiled = ImmutableArray.CreateBuilder<Regex>();
        var valid = true;
        foreach (var source in sources)
        {
            try
            {
                compiled.Add(new Regex(source, RegexOptions.CultureInvariant, MatchTimeout));
            }
            catch (ArgumentException e)
            {
                valid = false;
                diagnostics.Error(Codes.InvalidIgnorePattern, origin, DriftText.Texts.Format("BadIgnorePattern", source, e.Message));
            }
        }

        return valid ? new IgnorePatterns(compiled.ToImmutable()) : null;
    }

    /// <summary>Whether there is no pattern, so nothing is ever ignored.</summary>
    public bool IsEmpty => patterns.IsEmpty;

    public bool Ignores(string line)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(line))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern too slow for a line cannot decide about it; the line is compared.
            }
        }

        return false;
    }
}
