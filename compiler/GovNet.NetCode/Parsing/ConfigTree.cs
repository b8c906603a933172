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

        return Build(flat);
    }

    /// <summary>
    /// The text with each block after an unindented separator (or a comment line starting with one)
    /// shifted left by its first line's indentation, line for line: Comware prints global commands one
    /// space in (<c>#</c>, <c> ip route-static …</c>), and the separator, not the indentation, says they
    /// are not part of the section above. A block whose first line is unindented is left as it is.
    /// </summary>
    public static string AfterSeparators(string text, string separator)
    {
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal);
        var lines = text.Split('\n');
        var shifted = false;
        int? shift = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\0', ' ', '\t');
            if (line.StartsWith(separator, StringComparison.Ordinal))
            {
                shift = null;
                continue;
            }

            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line.Length == 0 || (shift ??= indent) == 0)
            {
                continue;
            }

            lines[i] = line[Math.Min(indent, shift.Value)..];
            shifted = true;
        }

        return shifted ? string.Join('\n', lines) : text;
    }

    /// <summary>Builds the tree with an explicit stack: deep indentation in hostile input cannot overflow the call stack.</summary>
    private static ImmutableArray<ConfigNode> Build(List<(int Line, string Text, int Indent)> flat)
    {
        // Each open node collects its children; a line closes every open node indented as deep or deeper.
        var stack = new Stack<(int Line, string Text, int Indent, ImmutableArray<ConfigNode>.Builder Children)>();
        var roots = ImmutableArray.CreateBuilder<ConfigNode>();
        foreach (var (line, text, indent) in flat)
        {
            while (stack.Count > 0 && stack.Peek().Indent >= indent)
            {
                Close(stack, roots);
            }

            stack.Push((line, text, indent, ImmutableArray.CreateBuilder<ConfigNode>()));
        }

        while (stack.Count > 0)
        {
            Close(stack, roots);
        }

        return roots.ToImmutable();
    }

    private static void Close(
        Stack<(int Line, string Text, int Indent, ImmutableArray<ConfigNode>.Builder Children)> stack,
        ImmutableArray<ConfigNode>.Builder roots)
    {
        var (line, text, indent, children) = stack.Pop();
        var node = new ConfigNode(line, text, indent, children.ToImmutable());
        (stack.Count > 0 ? stack.Peek().Children : roots).Add(node);
    }
}
