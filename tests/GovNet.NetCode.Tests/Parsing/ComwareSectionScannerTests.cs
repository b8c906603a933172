using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.H3cComware;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The scans of the Comware <c>vlan</c> and <c>acl</c> headers and a VLAN's name and description
/// (<see cref="SectionScanner"/>) against the grammars they stand in for: on every line of the golden
/// configs and the corpus, awkward lines and generated ones, a line the scan reads gives what the
/// grammar gives, and the golden configs' single VLAN and numbered ACL headers are all read by the scan.
/// </summary>
public sealed class ComwareSectionScannerTests
{
    private static readonly string[] Words =
    [
        "vlan", "VLAN", "acl", "Acl", "advanced", "basic", "number", "NUMBER", "name", "description", "match-order", "auto", "to", "all",
        "0", "1", "10", "4094", "4095", "1000", "3000", "5999", "6000", "03000", "-5", "\t", "\u00a0", "\u3000", "中文", "x",
    ];

    private static readonly string[] Awkward =
    [
        "vlan", "vlan ", "vlan 1", "vlan 4094", "vlan 4095", "vlan 0", "vlan 010", "vlan 10 to 20", "vlan all", "vlan 10 ", "vlan\t10", "vlanx 10",
        "vlan 99999999999", "acl advanced 3000", "acl basic 2000", "acl number 3000", "acl number 3000 name X", "acl advanced 3000 match-order auto",
        "acl advanced 6000", "acl advanced 999", "acl advanced name X", "acl name X advanced", "ACL ADVANCED 3000", "acl advanced 3000 x",
        "name", "name ", "name  two  words ", "Name x", "namex y", "description", "description \u3000x\u3000", "descriptionx",
    ];

    [Fact]
    public void Golden_corpus_and_awkward_lines_are_scanned_as_the_grammar_reads_them()
    {
        foreach (var line in RuleScannerTests.RuleLines(_ => true).Concat(Awkward).Distinct())
        {
            AssertSame(line);
        }

        var golden = RuleScannerTests.GoldenLines("h3c-comware")
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(vlan \d+|acl (advanced|basic|number) \d+)$")).ToList();
        Assert.NotEmpty(golden);
        Assert.All(golden, l => Assert.True(SectionScanner.TryReadVlanHead(l) is not null || SectionScanner.TryReadAclHead(l) is not null, l));
    }

    [Property(MaxTest = 3000)]
    public Property Generated_lines_are_scanned_as_the_grammar_reads_them()
    {
        return Prop.ForAll(RuleScannerTests.WordLines(Words, 5).ToArbitrary(), AssertSame);
    }

    private static void AssertSame(string line)
    {
        if (SectionScanner.TryReadVlanHead(line) is { } vlan)
        {
            Assert.Equal(ComwareTokens.Match(GlobalGrammar.VlanHeader, line)?.Vlans, vlan.Vlans);
        }

        if (SectionScanner.TryReadAclHead(line) is { } acl)
        {
            Assert.Equal(ComwareTokens.Match(AclGrammar.AclHeader, line), acl);
        }

        if (SectionScanner.TryReadText(line, "name") is { } name)
        {
            Assert.Equal(ComwareTokens.Match(GlobalGrammar.VlanName, line), name);
        }

        if (SectionScanner.TryReadText(line, "description") is { } description)
        {
            Assert.Equal(ComwareTokens.Match(GlobalGrammar.VlanDescription, line), description);
        }
    }
}
