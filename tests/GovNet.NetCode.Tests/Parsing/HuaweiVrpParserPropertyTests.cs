using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The parser never throws and never hangs, on anything: random text, soups of VRP words, and
/// golden configs with lines deleted, duplicated, cut short or with characters flipped. Each parse
/// runs on the thread pool and must finish within <see cref="HangGuard.Limit"/>; a fault the parser
/// caught itself (reported as a "parser fault" section) fails the property too, since it is a bug.
/// </summary>
public sealed class HuaweiVrpParserPropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "#", "!", "return", "sysname", "vlan", "batch", "to", "all", "interface", "Vlanif10", "LoopBack0", "GigabitEthernet0/0/1",
        "GigabitEthernet0/0/1.82", "Eth-Trunk1", "NULL0", "port", "link-type", "access", "trunk", "hybrid", "default", "allow-pass",
        "pvid", "tagged", "untagged", "undo", "portswitch", "shutdown", "description", "ip", "address", "sub", "route-static",
        "vpn-instance", "preference", "traffic-filter", "inbound", "outbound", "acl", "number", "name", "advance", "basic",
        "match-order", "auto", "config", "rule", "permit", "deny", "tcp", "udp", "icmp", "gre", "6", "17", "256", "source",
        "destination", "any", "source-port", "destination-port", "eq", "lt", "gt", "neq", "range", "www", "telnet", "tcp-flag",
        "established", "ack", "syn", "logging", "time-range", "icmp-type", "echo", "0", "1", "5", "10", "4094", "4095", "65535",
        "65536", "99999999999", "-1", "10.1.1.1", "10.1.1.0", "0.0.0.255", "255.255.255.0", "255.0.255.0", "0.0.0.0", "24", "33",
        "1.2.3", "ntp-service", "unicast-server", "info-center", "loghost", "dns", "server", "snmp-agent", "target-host", "udp-domain",
        "hwtacacs-server", "template", "authentication", "radius-server", "aaa", "user-interface", "vty", "switch", "vsys",
        "ospf", "bgp", "stp", "edged-port", "enable", "vrrp", "vrid", "<SW1>display", "[SW1]", "current-configuration", "中文", "\0",
    ];

    [Property(MaxTest = 300)]
    public Property Random_text_never_breaks_the_parser()
    {
        // Mostly the characters configs are made of, with control, NUL and non-ASCII characters mixed in.
        var character = Gen.Frequency(
            (6, Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789 ./-#![]<>".ToCharArray())),
            (2, Gen.Elements('\n', '\r', '\t', ' ', '\0')),
            (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)));
        var text = Gen.Sized(size => Gen.ArrayOf(character, size * 20)).Select(chars => new string(chars));

        return Prop.ForAll(text.ToArbitrary(), ParsesWithinLimit);
    }

    [Property(MaxTest = 200)]
    public Property Soups_of_VRP_words_never_break_the_parser()
    {
        return Prop.ForAll(Soup(lines: 200).ToArbitrary(), ParsesWithinLimit);
    }

    [Property(MaxTest = 30)]
    public Property Every_parse_of_a_2000_line_soup_finishes_in_time()
    {
        return Prop.ForAll(Soup(lines: 2000).ToArbitrary(), ParsesWithinLimit);
    }

    [Property(MaxTest = 200)]
    public Property Golden_configs_with_random_damage_never_break_the_parser()
    {
        var goldens = GoldenHuaweiConfigs();
        var damaged =
            from golden in Gen.Elements(goldens)
            from mutations in Gen.ListOf(Mutation(), 8)
            select mutations.Aggregate(golden.Split('\n').ToList(), (lines, mutate) => mutate(lines));

        return Prop.ForAll(damaged.Select(lines => string.Join('\n', lines)).ToArbitrary(), ParsesWithinLimit);
    }

    [Fact]
    public async Task Pathological_inputs_of_2000_lines_and_more_finish_in_time()
    {
        var inputs = new Dictionary<string, string>
        {
            ["staircase of ever deeper indentation"] = string.Join('\n', Enumerable.Range(0, 5000).Select(i => new string(' ', i) + "rule 5 permit ip")),
            ["2000 trunks carrying 1 to 4094"] = string.Concat(Enumerable.Range(0, 2000).Select(i => $"interface GigabitEthernet0/0/{i}\n port link-type trunk\n port trunk allow-pass vlan 1 to 4094\n")),
            ["2000 unnumbered rules"] = "acl number 3000\n" + string.Concat(Enumerable.Range(0, 2000).Select(_ => " rule permit ip\n")),
            ["one line of a million characters"] = "rule 5 permit " + new string('x', 1_000_000),
            ["a million words on one rule"] = "acl 3000\n rule 5 permit ip" + string.Concat(Enumerable.Repeat(" logging", 100_000)),
            ["2000 vlan batch lines of the whole range"] = string.Concat(Enumerable.Repeat("vlan batch 1 to 4094\n", 2000)),
            ["binary"] = Encoding.Latin1.GetString([.. Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7919 % 256))]),
            ["a session of 2000 prompts then a config"] = string.Concat(Enumerable.Repeat("[SW1]display cu\n <SW1>ping 1.1.1.1\n", 2000)) + "[SW1]display current-configuration\nsysname SW1\nreturn\n",
        };

        foreach (var (name, text) in inputs)
        {
            var facts = await HangGuard.RunAsync(() => HuaweiVrpConfigParser.Parse(text, name));
            Assert.True(Healthy(facts), $"{name}: {string.Join("; ", facts.Unparsed.Where(u => u.Section.Contains("parser fault", StringComparison.Ordinal)).Take(3))}");
        }
    }

    private static bool ParsesWithinLimit(string text)
    {
        var parse = Task.Run(() => HuaweiVrpConfigParser.Parse(text, "random.cfg"));
#pragma warning disable xUnit1031 // A property runs synchronously inside FsCheck; the wait is the per-input hang guard.
        return parse.Wait(HangGuard.Limit) && Healthy(parse.Result);
#pragma warning restore xUnit1031
    }

    /// <summary>No fault caught inside the parser, and the accounting of lines holds.</summary>
    private static bool Healthy(DeviceFacts facts) =>
        !facts.Unparsed.Any(u => u.Section.Contains("parser fault", StringComparison.Ordinal)) &&
        facts.Unparsed.Length <= facts.ConfigLines &&
        facts.Unparsed.All(u => u.Line >= 1);

    /// <summary>Lines of 0-8 VRP words at a random indentation (now and then absurdly deep), with LF or CRLF.</summary>
    private static Gen<string> Soup(int lines)
    {
        var line =
            from indent in Gen.Frequency((20, Gen.Choose(0, 3)), (1, Gen.Choose(4, 60)))
            from count in Gen.Choose(0, 8)
            from words in Gen.ArrayOf(Gen.Elements(Vocabulary), count)
            from end in Gen.Elements("\n", "\r\n", "\n", "\0\n")
            select new string(' ', indent) + string.Join(' ', words) + end;
        return Gen.ArrayOf(line, lines).Select(string.Concat);
    }

    /// <summary>One random change to a config's lines: delete, duplicate, cut short, flip a character, swap, or cut the file.</summary>
    private static Gen<Func<List<string>, List<string>>> Mutation() =>
        from kind in Gen.Choose(0, 5)
        from at in Gen.Choose(0, int.MaxValue)
        from other in Gen.Choose(0, int.MaxValue)
        from flip in Gen.Choose(0, 0xFFFF)
        select (Func<List<string>, List<string>>)(lines =>
        {
            if (lines.Count == 0)
            {
                return lines;
            }

            var i = at % lines.Count;
            var j = other % lines.Count;
            var line = lines[i];
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, line);
                    break;
                case 2:
                    lines[i] = line[..(line.Length == 0 ? 0 : other % line.Length)];
                    break;
                case 3 when line.Length > 0:
                    var chars = line.ToCharArray();
                    chars[other % chars.Length] = (char)flip;
                    lines[i] = new string(chars);
                    break;
                case 4:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                default:
                    lines.RemoveRange(i, lines.Count - i);
                    break;
            }

            return lines;
        });

    private static string[] GoldenHuaweiConfigs()
    {
        var folder = Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("devices").EnumerateArray()
            .Where(d => d.GetProperty("vendor").GetString() == HuaweiVrpConfigParser.DialectId)
            .Select(d => File.ReadAllText(Path.Combine(folder, Path.GetFileName(d.GetProperty("file").GetString()!))))];
    }
}
