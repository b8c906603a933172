using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The parser reads anything: random text, soups of IOS keywords, and generated configs with lines
/// deleted, duplicated, truncated, re-indented and characters flipped. It never throws (the test
/// calls the variant without the safety net, so a fault cannot hide), every reported line points
/// at the line it came from, and a 2,000-line input finishes well within the hang guard.
/// </summary>
public sealed class CiscoIosParserPropertyTests(ITestOutputHelper output)
{
    private static readonly string[] Vocabulary =
    [
        "interface", "GigabitEthernet1/0/1", "Gi0/1", "Vlan10", "Vlan0", "Vlan99999", "Loopback0", "Port-channel1", "Tunnel1", "point-to-point",
        "switchport", "mode", "access", "trunk", "dynamic", "auto", "allowed", "vlan", "add", "remove", "all", "none", "except", "native",
        "no", "shutdown", "ip", "address", "secondary", "access-group", "in", "out", "access-list", "extended", "standard", "permit", "deny",
        "tcp", "udp", "icmp", "gre", "6", "255", "256", "any", "host", "eq", "neq", "lt", "gt", "range", "www", "bootps", "established", "log",
        "remark", "route", "vrf", "default-gateway", "name", "permanent", "track", "tag", "ntp", "server", "logging", "snmp-server",
        "tacacs", "tacacs-server", "radius", "name-server", "aaa", "group", "tacacs+", "dynamic-author", "client", "ipv4", "hostname", "end",
        "banner", "motd", "exec", "^C", "\u0003", "#", "macro", "@", "!", "description", "object-group", "router", "ospf", "bgp", "crypto",
        "pki", "certificate", "chain", "quit", "0", "1", "10", "4094", "4095", "65535", "65536", "99999999999", "10.0.0.1", "10.0.0.0",
        "255.255.255.0", "0.0.0.255", "255.0.255.0", "0.0.0.0", "256.1.1.1", "1-4094", "10-20,30", "20-10", "1,,2", ",", "Null0", ":",
        "Building", "configuration...", "Current", "\u0663", "中文", "\uD83D",
    ];

    private static readonly char[] Characters =
        [.. "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 !^#@:.,/-_\"'", '\t', '\n', '\r', '\0', '\u0003', '\u00a0', '\u3000', '中', '\u0663', '\uD83D', '\uDE00', '\u2028'];

    private static readonly Lazy<string[]> GoldenConfigs = new(() =>
        [.. Directory.EnumerateFiles(Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example"), "*.cfg")
            .Select(File.ReadAllText)
            .Where(t => t.Contains("ip ssh version 2", StringComparison.Ordinal) && t.Contains("\nend", StringComparison.Ordinal))
            .OrderBy(t => t.Length)]);

    [Property(MaxTest = 1000)]
    public Property Random_text_never_throws()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Characters)).Select(chars => new string(chars))
            .Or(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        return Prop.ForAll(gen.ToArbitrary(), ParsesSoundly);
    }

    [Property(MaxTest = 1000)]
    public Property Keyword_soups_never_throw()
    {
        return Prop.ForAll(Soup(Gen.Choose(0, 60)).ToArbitrary(), ParsesSoundly);
    }

    [Property(MaxTest = 400)]
    public Property Mutated_golden_configs_never_throw()
    {
        Assert.NotEmpty(GoldenConfigs.Value);
        var mutation =
            from kind in Gen.Choose(0, 7)
            from position in Gen.Choose(0, int.MaxValue)
            from offset in Gen.Choose(0, int.MaxValue)
            from character in Gen.Elements(Characters)
            from word in Gen.Elements(Vocabulary)
            select (kind, position, offset, character, word);
        var gen =
            from config in Gen.Elements(GoldenConfigs.Value)
            from mutations in Gen.ListOf(mutation).Select(m => m.Take(30))
            select Mutate(config, mutations);
        return Prop.ForAll(gen.ToArbitrary(), ParsesSoundly);
    }

    [Fact]
    public async Task Two_thousand_line_inputs_parse_within_the_hang_guard()
    {
        var golden = GoldenConfigs.Value[^1];
        var inputs = new (string Name, string Text)[]
        {
            ("golden configs end to end", Lines(Enumerable.Repeat(golden, 20).SelectMany(t => t.Split('\n')))),
            ("keyword soup", Soup(Gen.Constant(2000)).Sample(1, 10)[0]),
            ("unclosed banners", Lines(Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? "banner motd ^C" : "interface Gi0/" + i))),
            ("nesting 2,000 deep", Lines(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "interface Gi0/" + i))),
            ("full trunks", "interface Gi0/1\n switchport mode trunk\n" + Lines(Enumerable.Repeat(" switchport trunk allowed vlan remove 1-4094", 1000).Concat(Enumerable.Repeat(" switchport trunk allowed vlan except 2-4093", 1000)))),
            ("long port lists", Lines(Enumerable.Range(0, 2000).Select(i => "access-list 101 permit tcp any any eq " + string.Join(' ', Enumerable.Range(i, 200))))),
            ("one long line", "ip access-list extended X\n permit tcp any any eq " + string.Join(' ', Enumerable.Repeat("www", 200_000)) + "\n" + Lines(Enumerable.Repeat(" deny ip any any", 1999))),
        };
        foreach (var (name, text) in inputs)
        {
            var clock = Stopwatch.StartNew();
            var facts = await HangGuard.RunAsync(() => CiscoIosConfigParser.ParseOrThrow(text, name));
            output.WriteLine($"{name}: {text.Count(c => c == '\n') + 1} lines, {text.Length} characters, {facts.ConfigLines} config lines, {facts.Unparsed.Length} unparsed, {clock.ElapsedMilliseconds} ms");
            Assert.True(text.Count(c => c == '\n') >= 1999, name);
        }
    }

    /// <summary>Lines of IOS words at random indentation, as text with LF or CRLF endings.</summary>
    private static Gen<string> Soup(Gen<int> lineCount) =>
        from count in lineCount
        from lines in Gen.ArrayOf(
            from indent in Gen.Elements(0, 0, 0, 1, 1, 2, 3)
            from words in Gen.ArrayOf(Gen.Elements(Vocabulary).Or(Gen.Choose(0, 70000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Select(w => w.Take(12))
            select new string(' ', indent) + string.Join(' ', words), count)
        from crlf in Gen.Elements(false, true)
        select string.Join(crlf ? "\r\n" : "\n", lines);

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    private static string Mutate(string config, IEnumerable<(int Kind, int Position, int Offset, char Character, string Word)> mutations)
    {
        var lines = config.Split('\n').ToList();
        foreach (var (kind, position, offset, character, word) in mutations)
        {
            if (lines.Count == 0)
            {
                lines.Add(word);
                continue;
            }

            var at = position % lines.Count;
            var line = lines[at];
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, line);
                    break;
                case 2:
                    lines[at] = line[..(offset % (line.Length + 1))];
                    break;
                case 3 when line.Length > 0:
                    lines[at] = new StringBuilder(line) { [offset % line.Length] = character }.ToString();
                    break;
                case 4:
                    lines.Insert(at, new string(' ', offset % 3) + word + " " + lines[offset % lines.Count].TrimStart());
                    break;
                case 5:
                    (lines[at], lines[offset % lines.Count]) = (lines[offset % lines.Count], line);
                    break;
                case 6:
                    lines[at] = line.TrimStart();
                    break;
                default:
                    lines[at] = " " + line;
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Parses without the safety net and checks that every reported line is the line it names.</summary>
    private static bool ParsesSoundly(string text)
    {
        var facts = CiscoIosConfigParser.ParseOrThrow(text, "random.cfg");
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        foreach (var unparsed in facts.Unparsed)
        {
            if (unparsed.Line < 1 || unparsed.Line > lines.Length ||
                lines[unparsed.Line - 1].TrimStart(' ', '\t').TrimEnd('\0', ' ', '\t') != unparsed.Text)
            {
                throw new InvalidOperationException($"unparsed line {unparsed.Line} '{unparsed.Text}' is not the text of that line");
            }
        }

        var factLines = facts.Interfaces.Select(i => i.Line)
            .Concat(facts.Vlans.Select(v => v.Line))
            .Concat(facts.Acls.Select(a => a.Line))
            .Concat(facts.Acls.SelectMany(a => a.Rules).Select(r => r.Line))
            .Concat(facts.Routes.Select(r => r.Line))
            .Concat(facts.Management.Select(m => m.Line));
        return facts.Unparsed.Length <= facts.ConfigLines && factLines.All(l => l >= 1 && l <= lines.Length) && facts.Dialect == CiscoIosConfigParser.Dialect;
    }
}
