using System.Collections.Immutable;
using System.Text;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The single line passes that build config trees without splitting, trimming and joining lines
/// several times, against the whole-text steps they stand in for: the tree cut from a text is the
/// tree of its split lines, and drift's preparation is the tree of the text shifted after its
/// separators and normalised, under every dialect, for every golden config, every corpus file and
/// awkward texts (padding, NULs, tabs, no final line break, carriage returns).
/// </summary>
public sealed class LinePassTests
{
    private static readonly string[] Awkward =
    [
        "", "\n", "a", "a\n", "a\n b\n  c", " \t\n\t x \0\n", "x\0 \n  y\t\n", "#\n a\n b\n#\nc", "!\n interface A\n  ip address 10.0.0.1 255.0.0.0 \n",
        "a\r\n b\r\n", "\0\0\n \0", "rule 5 permit tcp  destination-port eq www\n rule 10 deny 47", " # x\n#y\n  z",
        "header motd %\nhello\n%\nsysname A", "header login %hi%\n#\n vlan 2\n#", "<R1>display current-configuration\n#\nsysname R1",
        "[R1-acl-adv-3000]rule 5 permit ip\nx", "interface A\n" + new string(' ', 40) + "deep", "a\n  ---- More ----\u001b[16Dsysname B", "x\b\by",
        "#\n                 ip route-static 0.0.0.0 0 10.0.0.1", "display version\nsysname C", "DISPLAY this", "#\n sysname D\n#\n acl 3000\n  rule 5 permit ip",
    ];

    [Fact]
    public void The_tree_cut_from_a_text_is_the_tree_of_its_split_lines()
    {
        foreach (var text in Texts())
        {
            foreach (var separator in new Func<string, bool>[] { l => l[0] == '#', l => l[0] == '!', _ => false })
            {
                Assert.Equal(Dump(ConfigTree.Parse(text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'), separator)), Dump(ConfigTree.Parse(text, separator)));
            }
        }
    }

    [Fact]
    public void Drifts_preparation_is_the_tree_of_the_shifted_and_normalised_text()
    {
        foreach (var text in Texts())
        {
            foreach (var dialect in DialectRegistry.All)
            {
                var whole = ConfigTree.Parse(dialect.Normalise(ConfigTree.AfterSeparators(text, dialect.PatchRules.Comment)), _ => false);
                Assert.Equal(Dump(whole), Dump(ConfigComparer.Prepare(dialect, text, IgnorePatterns.None)));
            }
        }
    }

    [Fact]
    public void Whether_a_line_moves_after_separators_is_seen_in_place()
    {
        foreach (var text in Texts().Where(t => !t.Contains('\r', StringComparison.Ordinal)))
        {
            foreach (var separator in new[] { "#", "!" })
            {
                Assert.Equal(ConfigTree.AfterSeparators(text.Split('\n'), separator), ConfigTree.MovesAfterSeparators(text, separator));
            }
        }
    }

    [Fact]
    public void A_clean_Comware_text_is_its_own_cleaned_lines()
    {
        var clean = 0;
        foreach (var text in Texts())
        {
            if (ComwareText.IsClean(text))
            {
                clean++;
                Assert.Equal(text.Split('\n'), ComwareText.Normalise(ComwareText.Lines(text)));
            }
        }

        // The compiled configs take the path without splitting; the awkward texts above do not.
        Assert.True(ComwareText.IsClean(File.ReadAllText(Path.Combine(DialectSamples.GoldenFolder, "EXT-DIST-01.cfg"))));
        Assert.All(Awkward.Skip(13).Take(6), text => Assert.False(ComwareText.IsClean(text)));
        Assert.InRange(clean, 20, int.MaxValue);
    }

    [Fact]
    public void A_VRP_text_no_prompt_or_deep_indent_is_in_comes_back_unchanged()
    {
        foreach (var text in Texts())
        {
            foreach (var isConfig in new Func<string, bool>[] { _ => true, _ => false, l => l.StartsWith('#') })
            {
                Assert.Equal(HuaweiVrpCapture.Rewrite(text, isConfig), HuaweiVrpCapture.Prepare(text, isConfig));
            }
        }
    }

    [Fact]
    public void An_IOS_text_nothing_is_blanked_or_capped_in_has_the_tree_of_its_rewrite()
    {
        foreach (var text in Texts().Append("banner motd ^C\nhello\n^C\nhostname A").Append("interface A\n" + new string(' ', 40) + "deep\r\n"))
        {
            Assert.Equal(
                Dump(ConfigTree.Parse(IosTextBlocks.Prepare(text, rewrite: true).Text, l => l.StartsWith('!'))),
                Dump(ConfigTree.Parse(IosTextBlocks.Prepare(text).Text, l => l.StartsWith('!'))));
        }
    }

    private static IEnumerable<string> Texts()
    {
        var files = Directory.EnumerateFiles(DialectSamples.GoldenFolder, "*.cfg");
        if (RealConfigs.Present)
        {
            files = files.Concat(Directory.EnumerateFiles(RealConfigs.Root, "*.cfg", SearchOption.AllDirectories));
        }

        return files.Order(StringComparer.Ordinal).Select(File.ReadAllText).Concat(Awkward);
    }

    private static string Dump(ImmutableArray<ConfigNode> nodes)
    {
        var text = new StringBuilder();
        Dump(nodes, text, 0);
        return text.ToString();
    }

    private static void Dump(ImmutableArray<ConfigNode> nodes, StringBuilder text, int depth)
    {
        foreach (var node in nodes)
        {
            text.Append(' ', depth).Append(node.Line).Append(':').Append(node.Indent).Append(':').Append(node.Text).Append('\n');
            Dump(node.Children, text, depth + 1);
        }
    }
}
