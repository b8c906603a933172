using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.H3cComware;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// <see cref="CommandTable"/> read on the line in place against the table read on the line's split
/// words, as the readers did before: the same answer on every line of the golden configs and the
/// corpus, awkward lines and generated ones.
/// </summary>
public sealed class ComwareCommandTableTests
{
    private static readonly CommandTable[] Tables =
    [
        ComwareCommands.HarmlessGlobal, ComwareCommands.ForwardingGlobal, ComwareCommands.HarmlessInterface, ComwareCommands.HarmlessVlan,
        ComwareCommands.HarmlessScheme, new("ipv6 address", "qinq", "vlan-type dot1q vid second-dot1q"),
    ];

    private static readonly string[] Words =
    [
        "undo", "UNDO", "ipv6", "address", "qinq", "vlan-type", "dot1q", "vid", "second-dot1q", "igmp-snooping", "arp", "key", "stp",
        "\t", "\u00a0", "\u3000", "中文", "x",
    ];

    private static readonly string[] Awkward =
    [
        "", " ", "\u3000", "undo", "undo ", " undo\tqinq", "undo undo qinq", "qinq", "QinQ x", "qinqx", "ipv6", "ipv6 address", "ipv6\u00a0address",
        "vlan-type dot1q vid", "vlan-type dot1q vid second-dot1q 5", "undo vlan-type dot1q vid second-dot1q",
    ];

    [Fact]
    public void Golden_corpus_and_awkward_lines_match_as_their_split_words_do()
    {
        foreach (var line in RuleScannerTests.RuleLines(_ => true).Concat(Awkward).Distinct())
        {
            AssertSame(line);
        }
    }

    [Property(MaxTest = 3000)]
    public Property Generated_lines_match_as_their_split_words_do()
    {
        return Prop.ForAll(RuleScannerTests.WordLines(Words, 5).ToArbitrary(), AssertSame);
    }

    private static void AssertSame(string line)
    {
        // How the readers split a line before: a line of other whitespace is still one word.
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } split ? split : [line];
        foreach (var table in Tables)
        {
            Assert.Equal(table.Matches(words), table.Matches(line));
        }
    }
}
