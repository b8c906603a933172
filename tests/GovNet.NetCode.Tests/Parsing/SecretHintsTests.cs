using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// <see cref="SecretMask"/> skips a dialect's secret pattern on a line holding none of the dialect's
/// <see cref="Dialect.SecretHints"/>: every match of the pattern, on the dialect's secret samples, the
/// golden configs and the corpus, must hold one of them, or a secret would be printed.
/// </summary>
public sealed class SecretHintsTests
{
    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void Every_match_of_a_dialects_secret_pattern_holds_one_of_its_hints(string dialectId)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        if (dialect.SecretHints.Count == 0)
        {
            return;
        }

        var pattern = new Regex(dialect.SecretPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var lines = RuleScannerTests.RuleLines(_ => true).Concat(DialectRegistry.All.SelectMany(d => d.SecretSamples.Select(s => s.Line)))
            .Concat(["%^%#x%^%#", "%@%#x", "@%@%x@%@%", "$1$abc", "IRREVERSIBLE-CIPHER x", "$9$x$y"]);

        // A line outside ASCII runs every pattern whatever its hints.
        var unhinted = lines.Where(l => System.Text.Ascii.IsValid(l)).SelectMany(l => pattern.Matches(l).Select(m => m.Value))
            .Where(m => !dialect.SecretHints.Any(h => m.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();
        Assert.True(unhinted.Count == 0, string.Join('\n', unhinted.Take(20)));
    }
}
