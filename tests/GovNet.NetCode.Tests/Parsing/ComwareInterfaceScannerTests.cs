using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.H3cComware;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The scans of the Comware interface header and commonest interface lines (<see cref="InterfaceScanner"/>)
/// against the grammars they stand in for: on every line of the golden configs and the corpus, awkward
/// lines and generated ones, a line the scan reads gives what the grammar gives, and the golden
/// configs' headers and descriptions are all read by the scan (else it would save nothing).
/// </summary>
public sealed class ComwareInterfaceScannerTests
{
    private static readonly string[] Words =
    [
        "interface", "Interface", "INTERFACE", "description", "Description", "shutdown", "SHUTDOWN", "undo", "GigabitEthernet1/0/1", "Tunnel", "0",
        "Vlan-interface10", "port", "link-type", "\t", "\u00a0", "\u3000", "中文", "x",
    ];

    private static readonly string[] Awkward =
    [
        "interface GigabitEthernet1/0/1", "interface Tunnel 0", "interface", "interface ", " interface\tA ", "interfaceA", "description", "description ",
        "description  two  words ", "Description x", "descriptionx y", "shutdown", " shutdown ", "shutdown x", "Shutdown", "shutdownx",
        "interface A\u00a0B", "description \u3000x\u3000",
    ];

    [Fact]
    public void Golden_corpus_and_awkward_lines_are_scanned_as_the_grammar_reads_them()
    {
        foreach (var line in RuleScannerTests.RuleLines(_ => true).Concat(Awkward).Distinct())
        {
            AssertSame(line);
        }

        var golden = RuleScannerTests.GoldenLines("h3c-comware")
            .Where(l => l.StartsWith("interface ", StringComparison.Ordinal) || l.StartsWith("description ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(golden);
        Assert.All(golden, l => Assert.True(InterfaceScanner.TryReadHead(l) is not null || InterfaceScanner.TryReadLine(l) is not null, l));
    }

    [Property(MaxTest = 3000)]
    public Property Generated_lines_are_scanned_as_the_grammar_reads_them()
    {
        return Prop.ForAll(RuleScannerTests.WordLines(Words, 5).ToArbitrary(), AssertSame);
    }

    private static void AssertSame(string line)
    {
        if (InterfaceScanner.TryReadHead(line) is { } head)
        {
            Assert.Equal(ComwareTokens.Match(GlobalGrammar.InterfaceHead, line), head);
        }

        if (InterfaceScanner.TryReadLine(line) is { } command)
        {
            Assert.Equal(ComwareTokens.Match(InterfaceGrammar.InterfaceLine, line), command);
        }
    }
}
