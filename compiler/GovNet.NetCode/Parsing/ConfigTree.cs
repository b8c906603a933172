using System.Collections.Immutable;

namespace GovNet.NetCode.Parsing;

/// <summary>A config line with its 1-based number and its children (the lines indented beneath it).</summary>
public sealed record ConfigNode(int Line, string Text, int Indent, ImmutableArray<ConfigNode> Children);

/// <summary>
/// Splits a config into a tree by indentation, the structure every dialect shares. Separator and
/// comment lines (<c>#</c>, <c>!</c>), blank lines, NUL padding and CR are dropped; nothing throws.
/// </summary>
public static class ConfigTree
{
    public static ImmutableArray<ConfigNode> Parse(string text, Func<string, bool> isSeparator)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var flat = new List<(int Line, string Text, int Indent)>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\0', ' ', '\t');
            var trimmed = raw.TrimStart(' ', '\t');
            if (trimmed.Length == 0 || isSeparator(trimmed))
            {
                continue;
            }

            flat.Add((i + 1, trimmed, raw.Length - trimmed.Length));
        }

        var index = 0;
        return Build(flat, ref index, -1);
    }

    private static ImmutableArray<ConfigNode> Build(List<(int Line, string Text, int Indent)> flat, ref int index, int parentIndent)
    {
        var nodes = ImmutableArray.CreateBuilder<ConfigNode>();
        while (index < flat.Count && flat[index].Indent > parentIndent)
        {
            var (line, text, indent) = flat[index++];
            var children = Build(flat, ref index, indent);
            nodes.Add(new ConfigNode(line, text, indent, children));
        }

        return nodes.ToImmutable();
    }
}
