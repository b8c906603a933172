using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The address census's quad finder, which reads lines without the regular expression for speed,
/// against the pattern it stands in for: on every line of the golden configs and the corpus and on
/// a list of awkward lines, both find the same quads at the same places with the same lengths.
/// </summary>
public sealed class DottedQuadsTests
{
    private static readonly string[] Awkward =
    [
        "", ".", "1.2.3", "1.2.3.4", "1.2.3.4.", "1.2.3.4.5", ".1.2.3.4", "1.2.3.4/", "1.2.3.4/2", "1.2.3.4/24", "1.2.3.4/245",
        "1.2.3.4/24.5", "1.2.3.4/2.x", "1.2.3.4/x", "1234.1.1.1", "1.2345.1.1", "1.2.3.4567", "01.002.003.004", "999.999.999.999",
        "a1.2.3.4", "1.2.3.4a", "1.2.3.4 255.255.255.0", "1.2.3.4/24 5.6.7.8/8 9.9.9.9", "1.2.3.4.5.6.7.8", "1.2.3.4 .5",
        "ip address 10.0.0.1 255.255.255.0 sub 10.0.0.2/24", "snmp 1.3.6.1.4.1.2011", "version 5.170 (V200R011C10)",
        "١.٢.٣.٤", "1.2.3.٤", "1.2.3.4/٢٤", "1.2.3.4/2٤", "x 10.1.1.1/32/32", "10.1.1.1//24", "10.1.1.1 /24", "1.1.1.1.",
    ];

    [Fact]
    public void The_finder_finds_what_the_pattern_matches()
    {
        var differences = new List<string>();
        var found = new List<DottedQuad>();
        foreach (var line in RuleScannerTests.RuleLines(_ => true).Concat(Awkward).Distinct())
        {
            found.Clear();
            DottedQuads.Find(line, found);
            var scanned = found.Select(q => $"{q.Index}:{line[q.Index..q.QuadEnd]}:{(q.HasLength ? line[(q.QuadEnd + 1)..q.End] : "-")}");
            var matched = DottedQuads.Pattern().Matches(line)
                .Select(m => $"{m.Index}:{m.Groups["quad"].Value}:{(m.Groups["length"].Success ? m.Groups["length"].Value : "-")}");
            if (!scanned.SequenceEqual(matched))
            {
                differences.Add($"{line}: found {string.Join(' ', scanned)}, pattern {string.Join(' ', matched)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(40)));
    }
}
