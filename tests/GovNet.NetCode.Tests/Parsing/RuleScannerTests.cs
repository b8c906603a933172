using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Sprache;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The ACL rule scanners that read rule lines without Sprache, for speed, against the grammars they
/// stand in for: on every rule line of the golden configs, the corpus and a list of awkward lines, a
/// line the scanner reads gives the same value the grammar gives, and the golden configs' rules are
/// all read by the scanner (else it would save nothing).
/// </summary>
public sealed class RuleScannerTests
{
    private static readonly string[] AwkwardVrp =
    [
        "rule", "rule 5", "rule permit", "RULE 5 PERMIT TCP", "rule 5\tpermit  ip ", "rule 1234567890 permit ip",
        "rule 5 5 permit ip", "rule 5 permit 300", "rule 5 permit 47 source any", "rule 5 permit gre",
        "rule 5 permit tcp source-port range 10 5", "rule 5 permit tcp source-port range 5 10", "rule 5 permit tcp source-port range 5",
        "rule 5 permit icmp icmp-type 8 0", "rule 5 permit icmp icmp-type echo", "rule 5 permit icmp icmp-type 8 echo", "rule 5 permit icmp icmp-type 8 256",
        "rule 5 permit ip source 10.0.0.1 0 destination any logging", "rule 5 permit ip source 10.0.0.1", "rule 5 permit ip source 10.0.0.1 0.0.0.255 extra",
        "rule 5 deny tcp destination-port lt 0", "rule 5 deny tcp destination-port gt 65535", "rule 5 deny tcp destination-port eq www",
        "rule 5 deny tcp destination-port neq 0", "rule 5 deny udp destination-port eq 70000", "rule 5 deny tcp destination-port foo 80",
        "rule 5 permit tcp tcp-flag SYN", "rule 5 permit ip time-range source", "rule 5 permit ip vpn-instance VPN1 fragment",
        "rule 5 permit ip source any source any", "rule 5 Permit Ip Source Any", "rule 5 permit ip dscp", "rule 5 permit ip bogus 1",
        "rule 5 description  hello  world ", "rule 5 description", "rule x description y", "rule 5 DESCRIPTION x",
    ];

    [Fact]
    public void The_vrp_scanner_reads_rules_as_the_grammar_does()
    {
        var lines = RuleLines(l => l.StartsWith("rule", StringComparison.OrdinalIgnoreCase)).Concat(AwkwardVrp).Distinct().ToList();
        var differences = new List<string>();
        foreach (var line in lines)
        {
            if (HuaweiVrpRuleScanner.TryRead(line) is { } scanned)
            {
                var parsed = HuaweiVrpRuleGrammar.Rule.TryParse(line);
                if (!parsed.WasSuccessful || Describe(parsed.Value) != Describe(scanned))
                {
                    differences.Add($"{line}: scanned {Describe(scanned)}, grammar {(parsed.WasSuccessful ? Describe(parsed.Value) : "fails")}");
                }
            }

            if (HuaweiVrpRuleScanner.TryReadRemark(line) is { } remark)
            {
                var parsed = HuaweiVrpRuleGrammar.Remark.TryParse(line);
                if (!parsed.WasSuccessful || parsed.Value != remark)
                {
                    differences.Add($"{line}: scanned {remark}, grammar {(parsed.WasSuccessful ? parsed.Value.ToString() : "fails")}");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(40)));
        var golden = GoldenLines("huawei-vrp").Where(l => l.StartsWith("rule ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(golden);
        Assert.All(golden, l => Assert.True(HuaweiVrpRuleScanner.TryRead(l) is not null || HuaweiVrpRuleScanner.TryReadRemark(l) is not null, l));
    }

    private static readonly string[] AwkwardComware =
    [
        "rule", "rule 5", "rule permit", "RULE 5 PERMIT TCP", "rule 5\tpermit  ip ", "rule 70000 permit ip", "rule 5 permit 300",
        "rule 5 permit 47 source any", "rule 5 permit gre", "rule 5 permit tcp source-port range 10 5", "rule 5 permit tcp source-port range 5 10",
        "rule 5 permit udp destination-port eq 70000", "rule 5 permit tcp destination-port lt 0", "rule 5 permit tcp destination-port gt 65535",
        "rule 5 permit tcp destination-port Eq WWW", "rule 5 permit ip destination-port eq 80", "rule 5 permit ip established", "rule 5 permit tcp established",
        "rule 5 permit icmp icmp-type echo", "rule 5 permit icmp icmp-type echo 0", "rule 5 permit icmp icmp-type 8 300", "rule 5 permit tcp icmp-type echo",
        "rule 5 permit ip source 10.0.0.1 0 source any", "rule 5 permit ip source 10.0.0.1 0.0.0.255 destination any logging counting",
        "rule 5 deny ip source 10.0.0.1 255.0.255.0", "rule 5 permit tcp syn 1 ack 0", "rule 5 permit tcp syn 2", "rule 5 deny ip vpn-instance V fragment",
        "rule 5 permit ip time-range", "rule 5 permit ip bogus", "rule 5 comment hello", "rule 5 comment", "rule 5 comment   ", "rule 5 Comment  two  words ", "rule 70000 comment x", "step 5",
    ];

    private static readonly string[] AwkwardIos =
    [
        "10 permit ip any any", "permit ip any any log", "10 deny tcp any host 10.0.0.1 eq 80 443 www established log-input",
        "10 permit tcp any eq", "10 permit tcp any eq foo any", "10 permit tcp any lt 0 any", "10 permit tcp any gt 65535 any",
        "10 permit tcp any range 10 5 any", "10 permit tcp any range 5 10 any neq 7", "10 permit udp any any eq domain snmp",
        "10 permit udp any any established", "10 permit icmp any any echo", "10 permit 47 any any", "10 permit gre any any",
        "10 permit ip host 10.0.0.1", "10 permit ip 10.0.0.0 0.0.0.255 any", "10 permit 10.0.0.1", "10 permit 10.0.0.1 log",
        "10 permit host 10.0.0.1", "10 permit 10.0.0.0 0.0.0.255", "10 permit any", "10 remark", "10 remark  hello world ", "remark x",
        "0 permit ip any any", "4294967296 permit ip any any", "10 PERMIT ip any any", "10 permit ip any any log extra",
        "access-list 10 permit 10.0.0.1", "access-list 110 permit tcp any any eq 22", "access-list 300 permit ip any any", "access-list 110 remark x",
    ];

    [Fact]
    public void The_comware_scanner_reads_rules_as_the_grammar_does()
    {
        var lines = RuleLines(l => l.StartsWith("rule", StringComparison.OrdinalIgnoreCase)).Concat(AwkwardComware).Distinct().ToList();
        var differences = lines
            .Where(l => AclRuleScanner.TryRead(l) is { } scanned && !Equals(Key(ComwareTokens.Match(AclGrammar.AclRule, l)), Key(scanned)))
            .Select(l => $"{l}: scanned {AclRuleScanner.TryRead(l)}, grammar {ComwareTokens.Match(AclGrammar.AclRule, l)?.ToString() ?? "fails"}")
            .ToList();
        differences.AddRange(lines
            .Where(l => AclRuleScanner.TryReadComment(l) is { } scanned && ComwareTokens.Match(AclGrammar.AclComment, l) != scanned)
            .Select(l => $"{l}: scanned {AclRuleScanner.TryReadComment(l)}, grammar {ComwareTokens.Match(AclGrammar.AclComment, l)?.ToString() ?? "fails"}"));
        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(40)));
        var golden = GoldenLines("h3c-comware").Where(l => l.StartsWith("rule ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(golden);
        Assert.All(golden, l => Assert.True(AclRuleScanner.TryRead(l) is not null || AclRuleScanner.TryReadComment(l) is not null, l));
    }

    [Fact]
    public void The_ios_scanner_reads_entries_as_the_grammar_does()
    {
        var lines = RuleLines(_ => true).Concat(AwkwardIos).Distinct().ToList();
        var differences = new List<string>();
        foreach (var line in lines)
        {
            foreach (var extended in new[] { true, false })
            {
                if (IosAclScanner.TryReadEntry(line, extended) is { } scanned)
                {
                    var parsed = IosTokens.Read(extended ? IosAclGrammar.ExtendedEntry : IosAclGrammar.StandardEntry, line);
                    if (!Equals(Key(parsed), Key(scanned)))
                    {
                        differences.Add($"{line} ({(extended ? "extended" : "standard")}): scanned {Describe(scanned)}, grammar {Describe(parsed)}");
                    }
                }
            }

            if (IosAclScanner.TryReadNumbered(line) is { } numbered)
            {
                var parsed = IosTokens.Read(IosAclGrammar.NumberedEntry, line);
                if (parsed is null || parsed.Number != numbered.Number || !Equals(Key(parsed.Entry), Key(numbered.Entry)))
                {
                    differences.Add($"{line}: scanned {numbered.Number} {Describe(numbered.Entry)}, grammar {parsed?.Number} {Describe(parsed?.Entry)}");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(40)));
        var golden = GoldenLines("cisco-ios").Where(l => l.Length > 0 && char.IsAsciiDigit(l[0])).ToList();
        Assert.NotEmpty(golden);
        Assert.All(golden, l => Assert.True(IosAclScanner.TryReadEntry(l, extended: true) is not null || IosAclScanner.TryReadEntry(l, extended: false) is not null, l));
    }

    // Records compare their port lists by reference: a rule compares as itself without ports, and its ports as text.
    private static object? Key(AclRuleLine? rule) =>
        rule is null ? null : (rule with { SourcePorts = PortMatch.Any, DestinationPorts = PortMatch.Any }, Describe(rule.SourcePorts), Describe(rule.DestinationPorts));

    private static object? Key(IosAclLine? line) =>
        line is IosAclRule rule ? (rule with { SourcePorts = PortMatch.Any, DestinationPorts = PortMatch.Any }, Describe(rule.SourcePorts), Describe(rule.DestinationPorts)) : line;

    private static string Describe(IosAclLine? line) => line switch
    {
        null => "fails",
        IosAclRemark remark => remark.ToString(),
        IosAclRule rule => $"{rule with { SourcePorts = PortMatch.Any, DestinationPorts = PortMatch.Any }} {Describe(rule.SourcePorts)} {Describe(rule.DestinationPorts)}",
        _ => line.ToString(),
    };

    private static string Describe(RuleLine rule) =>
        $"{rule.Sequence}|{rule.Action}|{rule.Protocol}|" + string.Join(";", rule.Options.Select(o => $"{o.Keyword},{Describe(o.Address)},{Describe(o.Ports)},{o.Value}"));

    internal static string Describe(AddressMatch? match) =>
        match is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Address.Value}/{m.Wildcard}") : "-";

    internal static string Describe(PortMatch? ports) =>
        ports is null ? "-" : string.Join(' ', ports.Ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.From}-{r.To}")));

    /// <summary>The trimmed lines of the golden configs of one dialect.</summary>
    internal static IEnumerable<string> GoldenLines(string dialect) =>
        DialectSamples.GoldenOf(dialect).SelectMany(g => File.ReadAllLines(g.Path)).Select(l => l.Trim());

    /// <summary>Generated lines of up to <paramref name="most"/> of <paramref name="words"/>, joined by blanks or tabs, for the scanners' property tests.</summary>
    internal static Gen<string> WordLines(string[] words, int most) =>
        from count in Gen.Choose(0, most)
        from chosen in Gen.ArrayOf(Gen.Elements(words), count)
        from separator in Gen.Elements(" ", "  ", "\t")
        select string.Join(separator, chosen);

    /// <summary>Trimmed lines of every golden config and every corpus file (when present) that <paramref name="take"/> keeps.</summary>
    internal static IEnumerable<string> RuleLines(Func<string, bool> take)
    {
        var files = Directory.EnumerateFiles(DialectSamples.GoldenFolder, "*.cfg");
        if (RealConfigs.Present)
        {
            files = files.Concat(Directory.EnumerateFiles(RealConfigs.Root, "*.cfg", SearchOption.AllDirectories));
        }

        return files.SelectMany(File.ReadLines).Select(l => l.Trim()).Where(take);
    }
}
