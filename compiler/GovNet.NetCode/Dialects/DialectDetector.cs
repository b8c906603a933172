using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// Tells a config's dialect from its text: every line is held against each registered dialect's
/// marks (commands only that dialect writes), and the dialect with most marks wins. When no line
/// marks any dialect, or two dialects mark equally many, the answer is "cannot tell": a guess would
/// read a config with the wrong grammar and report its lines as not understood.
/// </summary>
public static class DialectDetector
{
    /// <summary>The detected dialect, or null with a sentence saying why it cannot be told.</summary>
    public static (Dialect? Dialect, string Reason) Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new int[DialectRegistry.All.Count];
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim(' ', '\t', '\r', '\0');
            for (var i = 0; i < counts.Length; i++)
            {
                if (line.Length > 0 && DialectRegistry.All[i].IsMark(line))
                {
                    counts[i]++;
                }
            }
        }

        var ranked = counts.Select((count, i) => (Count: count, Dialect: DialectRegistry.All[i])).OrderByDescending(r => r.Count).ToList();
        if (ranked[0].Count == 0)
        {
            return (null, ParseText.Format("DetectNone", Known));
        }

        if (ranked.Count > 1 && ranked[1].Count == ranked[0].Count)
        {
            return (null, ParseText.Format("DetectTie", ranked[0].Dialect.Id, ranked[1].Dialect.Id, ranked[0].Count));
        }

        return (ranked[0].Dialect, ParseText.Format("DetectFound", ranked[0].Count, ranked[0].Dialect.Id));
    }

    /// <summary>The registered dialect ids, for messages.</summary>
    public static string Known => string.Join(", ", DialectRegistry.All.Select(d => d.Id));
}
