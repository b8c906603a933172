using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The H3C parser never throws and never hangs: on random text, on soups of Comware keywords, and on
/// golden configs damaged at random. Each run also checks that every unparsed line points into the input.
/// </summary>
public sealed class H3cComwareParserPropertyTests
{
    // Words a Comware config is made of, plus the debris captures carry, so random lines often get deep into a grammar.
    private static readonly string[] Vocabulary =
    [
        "#", "return", "sysname", "vlan", "to", "all", "name", "description", "interface", "GigabitEthernet1/0/1", "Vlan-interface10",
        "LoopBack0", "Tunnel", "0", "1", "10", "4094", "4095", "65535", "65536", "99999999999", "-1", "port", "link-mode", "route", "bridge",
        "link-type", "access", "trunk", "hybrid", "permit", "pvid", "tagged", "untagged", "undo", "shutdown", "ip", "address", "sub",
        "10.1.1.1", "255.255.255.0", "0.0.0.255", "255.0.255.0", "24", "32", "33", "packet-filter", "firewall", "inbound", "outbound",
        "acl", "advanced", "basic", "number", "3000", "2000", "4000", "match-order", "auto", "config", "rule", "deny", "tcp", "udp",
        "icmp", "gre", "255", "256", "established", "source", "destination", "any", "source-port", "destination-port", "eq", "lt", "gt",
        "neq", "range", "www", "dns", "bogus-port", "vpn-instance", "logging", "counting", "comment", "icmp-type", "echo", "step",
        "route-static", "NULL0", "preference", "description", "ntp-service", "unicast-server", "info-center", "loghost", "dns",
        "server", "snmp-agent", "target-host", "trap", "udp-domain", "hwtacacs", "radius", "scheme", "primary", "secondary",
        "authentication", "accounting", "header", "motd", "%", "<H3C>", "[H3C]", "---- More ----", "\u001b[16D", "\b", "公网ip",
        "\t", "\u3000", "\0", "\r", "stp", "edged-port", "bgp", "display",
    ];

    /// <summary>The example's golden H3C configs, by the manifest's vendor.</summary>
    private static string[] Goldens()
    {
        var folder = Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        return
        [
            .. manifest.RootElement.GetProperty("devices").EnumerateArray()
                .Where(d => d.GetProperty("vendor").GetString() == "h3c-comware")
                .Select(d => File.ReadAllText(Path.Combine(folder, Path.GetFileName(d.GetProperty("file").GetString()!)))),
        ];
    }

    [Property(MaxTest = 1000)]
    public Property Random_text_never_throws()
    {
        var characters = Gen.Frequency(
            (6, Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789 ./-#%<>[]".ToCharArray())),
            (2, Gen.Elements('\n', '\r', '\t', ' ', '\u001b', '\b', '\0', '\u3000', '\u00a0', '\v')),
            (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)));
        var gen = Gen.ArrayOf(characters).Select(chars => new string(chars));
        return Prop.ForAll(gen.ToArbitrary(), ParsesSafely);
    }

    [Property(MaxTest = 1000)]
    public Property Keyword_soups_never_throw()
    {
        return Prop.ForAll(Soup(Gen.Choose(1, 60)).ToArbitrary(), ParsesSafely);
    }

    [Property(MaxTest = 300)]
    public Property Damaged_golden_configs_never_throw()
    {
        var goldens = Goldens();
        Assert.NotEmpty(goldens);
        var gen =
            from text in Gen.Elements(goldens)
            from count in Gen.Choose(1, 12)
            from mutations in Gen.ListOf(Mutation, count)
            select Damage(text, mutations);
        return Prop.ForAll(gen.ToArbitrary(), ParsesSafely);
    }

    [Fact]
    public async Task A_two_thousand_line_input_parses_within_the_hang_guard()
    {
        var soup = Soup(Gen.Constant(2000)).Sample(1, 1).Single();
        var golden = string.Join('\n', Enumerable.Repeat(Goldens()[0], 10));
        var deep = string.Join('\n', Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "interface GigabitEthernet1/0/" + i));
        var banners = string.Concat(Enumerable.Repeat("header motd %\n", 2000));
        var longLine = "rule 5 permit tcp" + string.Concat(Enumerable.Repeat(" source-port eq 80", 20_000));
        foreach (var text in new[] { soup, golden, deep, banners, longLine })
        {
            var facts = await HangGuard.RunAsync(() => H3cComwareConfigParser.Parse(text, "big.cfg"));
            Assert.True(facts.ConfigLines > 0);
        }
    }

    private static bool ParsesSafely(string text)
    {
        var facts = H3cComwareConfigParser.Parse(text, "random.cfg");
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Length;
        return facts.Unparsed.All(u => u.Line >= 1 && u.Line <= lines) && facts.Unparsed.Length <= facts.ConfigLines;
    }

    private static Gen<string> Soup(Gen<int> lineCount) =>
        from count in lineCount
        from lines in Gen.ArrayOf(Line, count)
        select string.Join('\n', lines);

    private static readonly Gen<string> Line =
        from indent in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Choose(2, 20)))
        from count in Gen.Choose(0, 9)
        from words in Gen.ArrayOf(Gen.Elements(Vocabulary), count)
        select new string(' ', indent) + string.Join(' ', words);

    private enum MutationKind
    {
        Delete,
        Duplicate,
        Truncate,
        Flip,
        Swap,
        Indent,
    }

    private sealed record Edit(MutationKind Kind, int Line, int Position, char Character, int Other);

    private static readonly Gen<Edit> Mutation =
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from line in Gen.Choose(0, 10_000)
        from position in Gen.Choose(0, 200)
        from character in Gen.Elements(" #\t\n\r\u001b\b0123456789abz.-/%<>[]公\u3000".ToCharArray())
        from other in Gen.Choose(0, 10_000)
        select new Edit(kind, line, position, character, other);

    private static string Damage(string text, IReadOnlyList<Edit> edits)
    {
        var lines = text.Split('\n').ToList();
        foreach (var edit in edits)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var at = edit.Line % lines.Count;
            var line = lines[at];
            switch (edit.Kind)
            {
                case MutationKind.Delete:
                    lines.RemoveAt(at);
                    break;
                case MutationKind.Duplicate:
                    lines.Insert(at, line);
                    break;
                case MutationKind.Truncate:
                    lines[at] = line[..Math.Min(line.Length, edit.Position)];
                    break;
                case MutationKind.Flip when line.Length > 0:
                    var flipped = new StringBuilder(line) { [edit.Position % line.Length] = edit.Character };
                    lines[at] = flipped.ToString();
                    break;
                case MutationKind.Swap:
                    var other = edit.Other % lines.Count;
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case MutationKind.Indent:
                    lines[at] = new string(' ', edit.Position % 18) + line.TrimStart();
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
