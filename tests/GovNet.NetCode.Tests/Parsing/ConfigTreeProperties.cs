using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The config tree as one builder assembles it (closed nodes in one list, each section's children
/// copied out once; repeated lines sharing one string; each distinct line mapped once) against the
/// tree read off its lines the plain way: a line's children are the lines after it indented deeper,
/// up to the first that is not. Texts are generated from few words and much padding, so lines repeat,
/// nest deep, climb back several levels at once and hold separators, NULs, tabs and carriage returns.
/// </summary>
public sealed class ConfigTreeProperties
{
    private static readonly string[] Words = ["#", "!", "a", "b c", "vlan 10", "shutdown", "  ", "\t", "\0", "x\r", "rule 5 permit ip", "# x"];

    private static readonly Gen<string> Texts =
        Gen.Choose(0, 40).SelectMany(count => Gen.ArrayOf(Line, count)).Select(lines => string.Join('\n', lines));

    private static Gen<string> Line =>
        from indent in Gen.Elements("", "", " ", "  ", "   ", "\t", " \t", "    ")
        from words in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n))
        from tail in Gen.Elements("", "", " ", "\0", "\t ")
        select indent + string.Join(' ', words) + tail;

    [Fact]
    public void The_tree_of_a_text_is_the_tree_of_its_lines_read_the_plain_way()
    {
        Prop.ForAll(Arb.From(Texts), text =>
        {
            foreach (var separator in new Func<string, bool>[] { l => l[0] == '#', _ => false })
            {
                var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
                var plain = Plain(lines, line => separator(line) ? null : line);
                Assert.Equal(plain, Dump(ConfigTree.Parse(text, separator)));
                Assert.Equal(plain, Dump(ConfigTree.Parse(lines, separator)));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Drifts_tree_maps_each_line_as_the_plain_way_does()
    {
        // A map that drops some lines, pads some and changes others, as drift's normalising does.
        static string? Map(string line) =>
            line.StartsWith('#') ? null : line.StartsWith('b') ? " " + line.ToUpperInvariant() + "\t" : line == "shutdown" ? "undo shutdown" : line;

        Prop.ForAll(Arb.From(Texts), text =>
        {
            var shifted = ConfigTree.AfterSeparators(text, "!").Split('\n');
            var mapped = shifted.Select(line => LineBlanks.TrimStart(LineBlanks.TrimEnd(line)) is { Length: > 0 } trimmed
                ? Map(trimmed) is { } m ? line[..LineBlanks.Indent(line)] + m : string.Empty
                : line).ToArray();
            Assert.Equal(Plain(mapped, line => line), Dump(ConfigTree.ParseShifted(text, "!", Map)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Texts_sharing_their_line_mappings_get_the_trees_they_get_alone()
    {
        static string? Map(string line) => line.StartsWith('#') ? null : line.StartsWith('b') ? " " + line.ToUpperInvariant() : line;

        Prop.ForAll(Arb.From(Texts), Arb.From(Texts), (first, second) =>
        {
            var calls = new Dictionary<string, int>(StringComparer.Ordinal);
            var shared = new LineMappings(line =>
            {
                calls[line] = calls.GetValueOrDefault(line) + 1;
                return Map(line);
            });
            Assert.Equal(Dump(ConfigTree.ParseShifted(first, "!", Map)), Dump(ConfigTree.ParseShifted(first, "!", shared)));
            Assert.Equal(Dump(ConfigTree.ParseShifted(second, "!", Map)), Dump(ConfigTree.ParseShifted(second, "!", shared)));
            Assert.All(calls.Values, count => Assert.Equal(1, count));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>The tree, dumped, of lines without line breaks: padding cut, blank and dropped lines left out, each line's children read recursively.</summary>
    private static string Plain(string[] lines, Func<string, string?> keep)
    {
        var flat = new List<(int Line, string Text, int Indent)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\0', ' ', '\t');
            var trimmed = raw.TrimStart(' ', '\t');
            if (trimmed.Length > 0 && keep(trimmed) is not null)
            {
                flat.Add((i + 1, trimmed, raw.Length - trimmed.Length));
            }
        }

        var text = new StringBuilder();
        var at = 0;
        while (at < flat.Count)
        {
            Plain(flat, ref at, text, 0);
        }

        return text.ToString();
    }

    private static void Plain(List<(int Line, string Text, int Indent)> flat, ref int at, StringBuilder text, int depth)
    {
        var (line, content, indent) = flat[at++];
        text.Append(' ', depth).Append(line).Append(':').Append(indent).Append(':').Append(content).Append('\n');
        while (at < flat.Count && flat[at].Indent > indent)
        {
            Plain(flat, ref at, text, depth + 1);
        }
    }

    private static string Dump(ImmutableArray<ConfigNode> nodes)
    {
        var text = new StringBuilder();
        var pending = new Stack<(ConfigNode Node, int Depth)>();
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            pending.Push((nodes[i], 0));
        }

        while (pending.TryPop(out var next))
        {
            text.Append(' ', next.Depth).Append(next.Node.Line).Append(':').Append(next.Node.Indent).Append(':').Append(next.Node.Text).Append('\n');
            for (var i = next.Node.Children.Length - 1; i >= 0; i--)
            {
                pending.Push((next.Node.Children[i], next.Depth + 1));
            }
        }

        return text.ToString();
    }
}
