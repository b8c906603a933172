using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Load;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// The flow rule scanner reads a rule only as the grammar reads it: wherever it gives words, the
/// grammar succeeds with the same words at the same offsets (a different word or offset would move a
/// diagnostic's column or change a flow), and well-formed rules are read by it, not left to the grammar.
/// </summary>
public sealed class FlowRuleScannerProperties
{
    // Words and near-misses: keywords misspelt or in capitals, slashes at either end, tabs, empty pieces.
    private static readonly string[] Pieces =
    [
        "permit", "deny", "Permit", "permitt", "tcp", "udp", "ip", "icmp", "tcp/443", "udp/53,123", "tcp/80-90/1", "/443", "tcp/", "/",
        "from", "form", "to", "To", "too", "zone:public", "unit:a@office", "internet", "cidr:10.0.0.0/8", "service:oa", "x\ty", "",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", "\t", ""];

    private static Gen<string> Rules() =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            // Mostly the six-word shape, with now and then a word swapped for a near-miss or a gap gone wrong.
            string[] shape = ["permit", "tcp/443", "from", "zone:public", "to", "service:oa"];
            var words = random.Next(3) == 0
                ? Enumerable.Range(0, random.Next(8)).Select(_ => Pieces[random.Next(Pieces.Length)]).ToArray()
                : shape.Select(w => random.Next(6) == 0 ? Pieces[random.Next(Pieces.Length)] : w).ToArray();
            var text = string.Concat(words.Select((w, i) => (i == 0 ? string.Empty : random.Next(5) == 0 ? Gaps[random.Next(Gaps.Length)] : " ") + w));
            return (random.Next(8) == 0 ? " " : string.Empty) + text + (random.Next(4) == 0 ? "  " : string.Empty);
        });

    [Property(MaxTest = 2000)]
    public Property Where_the_scanner_reads_a_rule_the_grammar_reads_the_same_words() =>
        Prop.ForAll(Arb.From(Rules()), text =>
            FlowRuleScanner.TryScan(text) is not { } scanned || scanned == FlowRuleParser.GrammarSkeleton(text));

    [Theory]
    [InlineData("permit tcp/443 from zone:public to service:oa")]
    [InlineData("deny ip from unit:a@office to internet   ")]
    [InlineData("permit  udp/53,123  from cidr:10.0.0.0/8 to  unit:b")]
    [InlineData("permit tcp/80/x from zone:public to service:oa")]
    [InlineData("permit bogus from nowhere:x to zone:public")]
    public void Well_formed_rules_are_read_by_the_scanner_as_by_the_grammar(string text)
    {
        var scanned = FlowRuleScanner.TryScan(text);
        Assert.NotNull(scanned);
        Assert.Equal(FlowRuleParser.GrammarSkeleton(text), scanned);
    }

    [Theory]
    [InlineData(" permit tcp from zone:a to zone:b")]
    [InlineData("permit tcp/ from zone:a to zone:b")]
    [InlineData("permit /443 from zone:a to zone:b")]
    [InlineData("permit tcp form zone:a to zone:b")]
    [InlineData("permit tcp from zone:a to zone:b extra")]
    [InlineData("permit tcp from zone:a to")]
    [InlineData("allow tcp from zone:a to zone:b")]
    public void Anything_else_is_left_to_the_grammar(string text) => Assert.Null(FlowRuleScanner.TryScan(text));
}
