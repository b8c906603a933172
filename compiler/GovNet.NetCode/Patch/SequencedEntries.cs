using System.Globalization;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Patch;

/// <summary>
/// Entries of an ordered section placed by a number the patch chooses (IOS named ACLs): aligned on
/// what they say (the longest common subsequence, as drift aligns them); an entry only the source
/// has is undone, one only the target has is typed with a number between its aligned neighbours —
/// its own number when that fits and is free. Where no number fits, the entries after the gap are
/// typed again behind it, after undoing them.
/// </summary>
public static class SequencedEntries
{
    public sealed record Change(string Command, string Line, bool Removal);

    public static IEnumerable<Change> Changes(Dialect dialect, Regex sequenced, List<PatchNode> to, List<PatchNode> from, int depth)
    {
        var rules = dialect.PatchRules;
        var numbers = Numbers(sequenced, from);
        var partner = Align(to, from);
        var used = new HashSet<int>(numbers);
        var removed = new List<int>();
        var added = new List<(string Body, int Number)>();
        var low = 0;
        var rewriting = false;
        for (var i = 0; i < to.Count; i++)
        {
            if (partner[i] is { } j && !rewriting)
            {
                low = numbers[j];
                continue;
            }

            if (partner[i] is { } k)
            {
                removed.Add(k);
            }

            var high = rewriting ? int.MaxValue : Next(partner, numbers, i);
            var (own, body) = Split(sequenced, to[i].Text);
            int? chosen = own is { } n && n > low && n < high && !used.Contains(n) ? n : Free(low, high, dialect.AclRuleStep, used);
            if (chosen is null)
            {
                // No number left between the neighbours: type the rest of the section again behind this point.
                rewriting = true;
                i--;
                continue;
            }

            used.Add(chosen.Value);
            added.Add((body, chosen.Value));
            low = chosen.Value;
        }

        var matched = partner.Where(p => p is not null).Select(p => p!.Value).ToHashSet();
        foreach (var j in Enumerable.Range(0, from.Count).Where(j => !matched.Contains(j) || removed.Contains(j)))
        {
            yield return new Change(rules.Negate(from[j].Text), from[j].Text, Removal: true);
        }

        foreach (var (body, number) in added)
        {
            yield return new Change(number.ToString(CultureInfo.InvariantCulture) + " " + body, body, Removal: false);
        }
    }

    /// <summary>Each source entry's number: its own, else the one the device gives an entry typed without (10 after the one before).</summary>
    public static int[] Numbers(Regex sequenced, List<PatchNode> entries)
    {
        var numbers = new int[entries.Count];
        var last = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            last = numbers[i] = Split(sequenced, entries[i].Text).Number ?? last + 10;
        }

        return numbers;
    }

    public static (int? Number, string Body) Split(Regex sequenced, string line)
    {
        var match = sequenced.Match(line);
        return match.Success ? (int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture), match.Groups["body"].Value) : (null, line);
    }

    private static int Next(int?[] partner, int[] numbers, int i)
    {
        for (var k = i + 1; k < partner.Length; k++)
        {
            if (partner[k] is { } j)
            {
                return numbers[j];
            }
        }

        return int.MaxValue;
    }

    private static int? Free(int low, int high, int step, HashSet<int> used)
    {
        var preferred = high == int.MaxValue ? low + step : low + ((high - low) / 2);
        for (var n = preferred; n > low && n < high; n++)
        {
            if (!used.Contains(n))
            {
                return n;
            }
        }

        for (var n = low + 1; n < high && n < preferred; n++)
        {
            if (!used.Contains(n))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>For each target entry, the index of the source entry it is aligned with, or null.</summary>
    private static int?[] Align(List<PatchNode> to, List<PatchNode> from)
    {
        if (to.Count == 0 || from.Count == 0)
        {
            return new int?[to.Count];
        }

        var result = Differ.Instance.CreateDiffs(
            string.Join('\n', to.Select(n => n.Key)), string.Join('\n', from.Select(n => n.Key)), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var partner = new int?[to.Count];
        var (a, b) = (0, 0);
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                partner[a] = b;
            }

            (a, b) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
        }

        for (; a < to.Count; a++, b++)
        {
            partner[a] = b;
        }

        return partner;
    }
}
