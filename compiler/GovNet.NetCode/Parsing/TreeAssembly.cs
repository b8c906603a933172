using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// Builds a <see cref="ConfigNode"/> tree from lines fed in order with their indentation, with an
/// explicit stack (deep indentation in hostile input cannot overflow the call stack) and one list of
/// closed nodes: a node's children are the nodes closed since it opened, copied once into an array of
/// their exact count, so no section grows, copies and trims a builder of its own.
/// </summary>
internal sealed class TreeAssembly
{
    private readonly List<(int Line, string Text, int Indent, int FirstChild)> open = [];
    private readonly List<ConfigNode> closed = [];

    /// <summary>A line closes every open node indented as deep or deeper, then opens.</summary>
    public void Add(int line, string text, int indent)
    {
        while (open.Count > 0 && open[^1].Indent >= indent)
        {
            Close();
        }

        open.Add((line, text, indent, closed.Count));
    }

    public ImmutableArray<ConfigNode> Finish()
    {
        while (open.Count > 0)
        {
            Close();
        }

        return Take(0);
    }

    private void Close()
    {
        var (line, text, indent, first) = open[^1];
        open.RemoveAt(open.Count - 1);
        closed.Add(new ConfigNode(line, text, indent, Take(first)));
    }

    /// <summary>The closed nodes from <paramref name="first"/> on, now taken off the list.</summary>
    private ImmutableArray<ConfigNode> Take(int first)
    {
        if (first == closed.Count)
        {
            return [];
        }

        var nodes = ImmutableArray.Create<ConfigNode>(CollectionsMarshal.AsSpan(closed)[first..]);
        closed.RemoveRange(first, closed.Count - first);
        return nodes;
    }
}
