using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile.Acl;

/// <summary>
/// Numbers the rules of one ACL so that a rule whose match and action did not change keeps the number
/// the last compile gave it (<see cref="AclNumberBook"/>), and numbers still rise in first-match order.
/// The most previous numbers that already rise in today's order are kept (a longest increasing
/// subsequence, so a merge that gave two rules one number, or a rule that moved, costs only those rules);
/// new rules take multiples of the roundest step that fits between their kept neighbours. Only when a
/// gap holds fewer free numbers than rules to place are the nearest kept rules renumbered too, from the
/// side that frees the most numbers. Rules added at the end, and an ACL numbered for the first time, are
/// laid out as a person would: the dialect's step within a flow's rules, and each flow's rules from the
/// next round thousand (hundred where the range is small), so a flow inserted anywhere later finds room.
/// </summary>
public static class RuleNumbering
{
    /// <summary>A rule's identity across compiles: its match and action, never its remark.</summary>
    public static string KeyOf(AclRule rule)
    {
        var action = rule.Action == AclAction.Permit ? "permit" : "deny";
        var protocol = rule.Protocol switch
        {
            Protocol.Ip => "ip",
            Protocol.Tcp => "tcp",
            Protocol.Udp => "udp",
            Protocol.Icmp => "icmp",
            _ => rule.Protocol.ToString().ToLowerInvariant(),
        };
        var established = rule.Established ? " established" : string.Empty;

        // One string per rule, every part written straight into it (every ACL rule of every device has a key).
        var key = new DefaultInterpolatedStringHandler(4, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        key.AppendFormatted(action);
        key.AppendLiteral(" ");
        key.AppendFormatted(protocol);
        key.AppendLiteral(" ");
        key.AppendFormatted(rule.Source);
        Ports(ref key, rule.SourcePorts);
        key.AppendLiteral(" ");
        key.AppendFormatted(rule.Destination);
        Ports(ref key, rule.DestinationPorts);
        key.AppendFormatted(established);
        return key.ToStringAndClear();
    }

    private static void Ports(ref DefaultInterpolatedStringHandler key, PortRange? ports)
    {
        if (ports is { } p)
        {
            key.AppendLiteral(":");
            key.AppendFormatted(p);
        }
    }

    /// <param name="rules">The rules' keys in first-match order.</param>
    /// <param name="startsGroup">Per rule, whether it starts a group of its own (the first rule of a flow's rules).</param>
    /// <param name="previous">The ACL's rules as the last compile numbered them.</param>
    /// <returns>A strictly rising number per rule and how many unchanged rules a full gap made renumber; null when the range holds fewer numbers than there are rules.</returns>
    public static (long[] Numbers, int Moved)? Assign(IReadOnlyList<string> rules, IReadOnlyList<bool> startsGroup, IReadOnlyList<NumberedRule> previous, (long First, long Last) range, int step)
    {
        var n = rules.Count;
        if (n > range.Last - range.First + 1)
        {
            return null;
        }

        var numbers = new long[n];
        var keep = KeepRising(Previous(rules, previous, range), numbers);
        var moved = Widen(keep, numbers, range);
        var layout = new Layout(step, GroupSpacing(startsGroup, range, step), startsGroup);
        ForEachRun(keep, (start, end) =>
        {
            Fill(numbers, start, end, start > 0 ? numbers[start - 1] : null, end < n - 1 ? numbers[end + 1] : null, range, layout);
            return end;
        });

        return (numbers, moved);
    }

    /// <summary>Each rule's previous number: the n-th rule with a key takes the n-th number recorded for that key.</summary>
    private static long?[] Previous(IReadOnlyList<string> rules, IReadOnlyList<NumberedRule> previous, (long First, long Last) range)
    {
        var result = new long?[rules.Count];
        if (previous.Count == 0)
        {
            return result;
        }

        // Each key's numbers in recorded order, chained by position (read back to front, each one put ahead of
        // the key's chain), instead of a queue per key: every ACL of every device is numbered against its last.
        var head = new Dictionary<string, int>(previous.Count, StringComparer.Ordinal);
        var next = new int[previous.Count];
        for (var j = previous.Count - 1; j >= 0; j--)
        {
            var rule = previous[j];
            if (rule.Number >= range.First && rule.Number <= range.Last)
            {
                next[j] = head.TryGetValue(rule.Rule, out var after) ? after : -1;
                head[rule.Rule] = j;
            }
        }

        for (var i = 0; i < rules.Count; i++)
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrNullRef(head, rules[i]);
            if (!Unsafe.IsNullRef(ref first) && first >= 0)
            {
                result[i] = previous[first].Number;
                first = next[first];
            }
        }

        return result;
    }

    /// <summary>Marks the longest run of previous numbers that rises in rule order (patience sorting) and writes them into <paramref name="numbers"/>.</summary>
    private static bool[] KeepRising(long?[] previous, long[] numbers)
    {
        var tails = new List<int>();
        var before = new int[previous.Length];
        for (var i = 0; i < previous.Length; i++)
        {
            if (previous[i] is not { } number)
            {
                continue;
            }

            int low = 0, high = tails.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (previous[tails[middle]]!.Value < number)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            before[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var keep = new bool[previous.Length];
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = before[i])
        {
            keep[i] = true;
            numbers[i] = previous[i]!.Value;
        }

        return keep;
    }

    /// <summary>Gives up kept rules next to every gap too small for the rules it must take; returns how many.</summary>
    private static int Widen(bool[] keep, long[] numbers, (long First, long Last) range)
    {
        var n = keep.Length;
        var moved = 0;
        ForEachRun(keep, (start, end) =>
        {
            while (Upper(end) - Lower(start) - 1 < end - start + 1)
            {
                // Giving up a neighbour adds its gap beyond but one more rule to place; take the better side.
                var left = start > 0 ? RunStart(start - 1) : -1;
                var right = end < n - 1 ? RunEnd(keep, end + 1) : -1;
                var leftGain = left < 0 ? long.MinValue : Lower(start) - Lower(left) - (start - left);
                var rightGain = right < 0 ? long.MinValue : Upper(right) - Upper(end) - (right - end);
                if (rightGain >= leftGain)
                {
                    keep[end + 1] = false;
                    end = right;
                }
                else
                {
                    keep[start - 1] = false;
                    start = left;
                }

                moved++;
            }

            return end;
        });

        return moved;

        long Lower(int first) => first > 0 ? numbers[first - 1] : range.First - 1;

        long Upper(int last) => last < n - 1 ? numbers[last + 1] : range.Last + 1;

        // Where the run would start once the kept rule at index is given up.
        int RunStart(int index)
        {
            while (index > 0 && !keep[index - 1])
            {
                index--;
            }

            return index;
        }
    }

    /// <summary>Visits each run of rules not kept, left to right; the visit says where the run ended, having perhaps widened it.</summary>
    private static void ForEachRun(bool[] keep, Func<int, int, int> visit)
    {
        for (var start = 0; start < keep.Length; start++)
        {
            if (!keep[start])
            {
                start = visit(start, RunEnd(keep, start));
            }
        }
    }

    /// <summary>The last rule of the run of rules not kept that <paramref name="index"/> starts or joins.</summary>
    private static int RunEnd(bool[] keep, int index)
    {
        while (index < keep.Length - 1 && !keep[index + 1])
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// The widest spacing of groups (1000, else 100, else none) with which the whole ACL laid out afresh
    /// uses at most half the range: the other half is room to grow at the end.
    /// </summary>
    private static long GroupSpacing(IReadOnlyList<bool> startsGroup, (long First, long Last) range, int step)
    {
        foreach (var spacing in new long[] { 1000, 100 })
        {
            var layout = new Layout(step, spacing, startsGroup);
            long number = 0;
            for (var i = 0; i < startsGroup.Count && number <= range.Last / 2; i++)
            {
                number = layout.After(i == 0 ? null : number, i);
            }

            if (spacing > step && number <= range.Last / 2)
            {
                return spacing;
            }
        }

        return step;
    }

    private static void Fill(long[] numbers, int start, int end, long? lower, long? upper, (long First, long Last) range, Layout layout)
    {
        var count = end - start + 1;
        if (upper is null)
        {
            // Nothing above: lay out as a person would, while the range lasts.
            var number = lower;
            for (var i = start; i <= end; i++)
            {
                numbers[i] = (number = layout.After(number, i)).Value;
            }

            if (numbers[end] <= range.Last && numbers[start] >= range.First)
            {
                return;
            }
        }

        // Between two kept rules (or a bound of the range): multiples of the roundest step (1, 2, 5, 10, 20, 50, …)
        // that leaves a step's room on either side, so they read well and later insertions on both sides find room.
        var low = lower ?? range.First - 1;
        var high = upper ?? range.Last + 1;
        var round = RoundStep((high - low) / (count + 1));
        var first = (low + round) / round * round;
        for (var i = 0; i < count; i++)
        {
            numbers[start + i] = first + (round * i);
        }
    }

    /// <summary>The largest of 1, 2, 5, 10, 20, 50, … not above <paramref name="most"/> (at least 1).</summary>
    private static long RoundStep(long most)
    {
        long round = 1;
        foreach (var next in RoundSteps())
        {
            if (next > most)
            {
                break;
            }

            round = next;
        }

        return round;
    }

    private static IEnumerable<long> RoundSteps()
    {
        for (long decade = 1; decade <= long.MaxValue / 50; decade *= 10)
        {
            yield return decade;
            yield return decade * 2;
            yield return decade * 5;
        }
    }

    /// <summary>Numbers as a person lays an ACL out: one step apart, a new group from a round number at least half a spacing further on.</summary>
    private sealed class Layout(int step, long spacing, IReadOnlyList<bool> startsGroup)
    {
        public long After(long? previous, int index)
        {
            if (spacing <= step)
            {
                return (previous ?? 0) + step;
            }

            if (previous is not { } last)
            {
                return spacing;
            }

            return startsGroup[index] ? ((last + (spacing / 2) + spacing - 1) / spacing) * spacing : last + step;
        }
    }
}
