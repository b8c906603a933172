using System.Globalization;

namespace GovNet.NetCode.Patch;

/// <summary>VLAN lists as the dialects write them ("100 to 106 111", "100,111-127", "none"), read into sets and written back.</summary>
public static class VlanSet
{
    /// <summary>The VLANs a list names, or null when it holds a word this reader does not know (the line is then changed whole).</summary>
    public static SortedSet<int>? Read(string list)
    {
        var set = new SortedSet<int>();
        var words = list.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word == "none")
            {
                continue;
            }

            var dash = word.IndexOf('-', StringComparison.Ordinal);
            var (from, to) = dash > 0 ? (Number(word[..dash]), Number(word[(dash + 1)..])) : (Number(word), Number(word));
            if (i + 2 < words.Length && words[i + 1] == "to")
            {
                to = Number(words[i + 2]);
                i += 2;
            }

            if (from is not { } first || to is not { } last || first > last || last > 4094)
            {
                return null;
            }

            for (var v = first; v <= last; v++)
            {
                set.Add(v);
            }
        }

        return set;
    }

    /// <summary>The set in the dialect's style, as one list per command (a command takes at most <paramref name="perLine"/> items).</summary>
    public static IEnumerable<string> Write(IEnumerable<int> vlans, (string RangeJoiner, string ItemSeparator, int ItemsPerLine) style)
    {
        var items = new List<string>();
        int? start = null, end = null;
        foreach (var v in vlans.Order())
        {
            if (end is { } e && v == e + 1)
            {
                end = v;
                continue;
            }

            Flush();
            (start, end) = (v, v);
        }

        Flush();
        return items.Chunk(Math.Max(1, style.ItemsPerLine)).Select(chunk => string.Join(style.ItemSeparator, chunk));

        void Flush()
        {
            if (start is { } s && end is { } e)
            {
                items.Add(s == e ? s.ToString(CultureInfo.InvariantCulture) : $"{s}{style.RangeJoiner}{e}");
            }
        }
    }

    private static int? Number(string word) => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
