namespace GovNet.NetCode.Parsing;

/// <summary>Reads one top-level line and what is nested under it into a dialect's parse state; false when the line is not the form the reader knows.</summary>
public delegate bool SectionReader<in TState>(ConfigNode node, TState state);

/// <summary>
/// The section-dispatch table every dialect fills in: a section header (the leading words of a
/// top-level line) and the small reader for it. The longest header that starts a line wins, so
/// <c>ip route-static</c> and <c>ip</c> can both be rows. A line no row takes, or whose reader
/// declines it, is the dialect's to classify (harmless, or unparsed and forwarding or not).
/// </summary>
public sealed class SectionTable<TState>
{
    private readonly (string Header, SectionReader<TState> Reader)[] rows;
    private readonly StringComparison comparison;

    public SectionTable(StringComparison comparison, params (string Header, SectionReader<TState> Reader)[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        this.comparison = comparison;
        this.rows = [.. rows.OrderByDescending(r => r.Header.Length)];
    }

    /// <summary>The headers the table reads, for documentation and tests.</summary>
    public IEnumerable<string> Headers => rows.Select(r => r.Header);

    /// <summary>Gives the line to the reader of the longest header that starts it; false when no reader took it.</summary>
    public bool TryRead(ConfigNode node, TState state)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var (header, reader) in rows)
        {
            if (Starts(node.Text, header, comparison))
            {
                return reader(node, state);
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="line"/> is <paramref name="words"/> or starts with them followed by a blank.</summary>
    public static bool Starts(string line, string words, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(words);
        return line.StartsWith(words, comparison) && (line.Length == words.Length || line[words.Length] is ' ' or '\t');
    }
}
