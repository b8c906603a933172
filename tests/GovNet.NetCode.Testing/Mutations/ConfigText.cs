namespace GovNet.NetCode.Testing.Mutations;

/// <summary>
/// A device config being edited as lines, in the layout all three dialects share (a top-level
/// statement at column 0, its body indented, sections closed by <c>#</c> or <c>!</c>, a final
/// <c>return</c> or <c>end</c>). It remembers which lines an edit wrote or aimed at, renumbered
/// as later edits shift them, because the verifier must point at those lines and nothing else
/// tells a test where the edit ended up.
/// </summary>
public sealed class ConfigText
{
    private readonly List<string> lines;
    private readonly List<int> marked = [];

    public ConfigText(string text, string dialect)
    {
        lines = [.. text.Split('\n')];
        Dialect = dialect;
        Separator = DialectLines.Separator(dialect);
    }

    public string Dialect { get; }

    /// <summary>The line that closes a section (<c>#</c>, <c>!</c>).</summary>
    public string Separator { get; }

    public IReadOnlyList<string> Lines => lines;

    /// <summary>The 1-based numbers of the lines the edit wrote or aimed at.</summary>
    public IReadOnlyList<int> Marked => [.. marked.Select(i => i + 1).Order()];

    public int Find(Func<string, bool> match, int from = 0) => lines.FindIndex(from, l => match(l));

    /// <summary>The first line at or after <paramref name="from"/> that matches; an edit that misses its target is a broken test, not a pass.</summary>
    public int Require(Func<string, bool> match, string what, int from = 0)
    {
        var at = Find(match, from);
        return at >= 0 ? at : throw new InvalidOperationException($"edit target not found: {what}");
    }

    public int Header(string header) => Require(l => l == header, header);

    /// <summary>The index of the last body line of the section opened at <paramref name="header"/> (the header itself when it has none).</summary>
    public int EndOf(int header)
    {
        var last = header;
        while (last + 1 < lines.Count && lines[last + 1].StartsWith(' '))
        {
            last++;
        }

        return last;
    }

    public void Mark(int index)
    {
        if (!marked.Contains(index))
        {
            marked.Add(index);
        }
    }

    public void Insert(int index, params string[] added)
    {
        Shift(index, added.Length);
        lines.InsertRange(index, added);
        for (var i = 0; i < added.Length; i++)
        {
            if (added[i] != Separator)
            {
                marked.Add(index + i);
            }
        }
    }

    /// <summary>Inserts without marking: for moves and harmless context the verifier need not point at.</summary>
    public void InsertPlain(int index, params string[] added)
    {
        Shift(index, added.Length);
        lines.InsertRange(index, added);
    }

    public void Replace(int index, string line)
    {
        lines[index] = line;
        Mark(index);
    }

    public void Remove(int index)
    {
        marked.Remove(index);
        lines.RemoveAt(index);
        Shift(index + 1, -1);
    }

    /// <summary>Adds body lines at the end of the section opened at <paramref name="header"/>.</summary>
    public void AppendToSection(int header, params string[] body) => Insert(EndOf(header) + 1, body);

    /// <summary>A top-level statement (with any body) in a block of its own just before the final <c>return</c>/<c>end</c>.</summary>
    public void AddStatement(params string[] statement)
    {
        var at = Final();
        Insert(at, lines[at - 1] == Separator ? [.. statement, Separator] : [Separator, .. statement, Separator]);
    }

    /// <summary>A new section after the last interface section, where each dialect writes its interfaces, closed by the separator.</summary>
    public void AddInterface(params string[] section)
    {
        var last = lines.FindLastIndex(l => l.StartsWith("interface ", StringComparison.Ordinal));
        var at = last < 0 ? Final() : EndOf(last) + 1;
        Insert(at, [Separator, .. section]);
    }

    /// <summary>
    /// Swaps two top-level sections (header and body) without marking anything: a reorder changes
    /// no statement, so no finding may point at it.
    /// </summary>
    public void Swap(int first, int second)
    {
        if (first > second)
        {
            (first, second) = (second, first);
        }

        var a = lines.GetRange(first, EndOf(first) - first + 1);
        var b = lines.GetRange(second, EndOf(second) - second + 1);
        if (marked.Count > 0)
        {
            throw new InvalidOperationException("swap only on an unmarked config: marks inside the sections would not follow them");
        }

        lines.RemoveRange(second, b.Count);
        lines.InsertRange(second, a);
        lines.RemoveRange(first, a.Count);
        lines.InsertRange(first, b);
    }

    /// <summary>
    /// The 1-based lines a finding about the marked line <paramref name="line"/> may stand on: the
    /// statement that opens its section through the end of that section's body.
    /// </summary>
    public (int From, int To) SectionOf(int line)
    {
        var header = line - 1;
        while (header > 0 && lines[header].StartsWith(' '))
        {
            header--;
        }

        return (header + 1, EndOf(header) + 1);
    }

    public override string ToString() => string.Join('\n', lines);

    private int Final()
    {
        var end = lines.FindLastIndex(l => l is "return" or "end");
        return end < 0 ? throw new InvalidOperationException("config has no final return/end") : end;
    }

    private void Shift(int from, int by)
    {
        for (var i = 0; i < marked.Count; i++)
        {
            if (marked[i] >= from)
            {
                marked[i] += by;
            }
        }
    }
}
