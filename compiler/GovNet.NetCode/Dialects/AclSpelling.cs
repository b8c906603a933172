using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// An ACL rule in one spelling, whichever way it was written. Devices print well-known ports by
/// name (<c>eq www</c>) and some protocols by name (<c>gre</c>) where a template may write numbers, so
/// drift would otherwise report every such rule of a real device. Ports become numbers and
/// protocols their name: drift then compares what a rule matches, not how it is spelled.
/// </summary>
internal static partial class AclSpelling
{
    /// <summary>The number a port name stands for after the given protocol; null when it names none.</summary>
    public delegate int? PortNumber(ReadOnlySpan<char> protocol, ReadOnlySpan<char> name);

    /// <summary>
    /// The line with its port names as numbers and its protocol number as the dialect's name.
    /// <paramref name="actionAt"/> is where permit/deny may stand at the latest (after "rule N" or
    /// "access-list N"); a line without it there is not a rule and comes back unchanged.
    /// </summary>
    public static string Canonical(string line, int actionAt, FrozenDictionary<string, int> protocols, PortNumber portNumber)
    {
        // The words as ranges of the line, split on each single blank; only a line that changes makes strings.
        var text = line.AsSpan();
        var action = ActionWord(text, actionAt);
        if (action < 0)
        {
            return line;
        }

        var count = text.Count(' ') + 1;
        Span<Range> tokens = count <= 64 ? stackalloc Range[count] : new Range[count];
        for (int t = 0, start = 0; t < count; t++)
        {
            var end = WordEnd(text, start);
            tokens[t] = start..end;
            start = end + 1;
        }

        if (action + 1 >= count)
        {
            return line;
        }

        string?[]? replaced = null;
        var protocol = text[tokens[action + 1]];
        if (int.TryParse(protocol, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && NameOf(protocols, number) is { } name)
        {
            var lower = name.ToLowerInvariant();
            (replaced ??= new string?[count])[action + 1] = lower;
            protocol = lower;
        }

        for (var i = action + 2; i < count; i++)
        {
            // IOS XE takes several ports after eq/neq; a port list ends at the first word that is no port.
            var word = text[tokens[i]];
            var operands = word is "range" ? 2 : word is "eq" or "neq" or "lt" or "gt" ? int.MaxValue : 0;
            for (var j = i + 1; operands > 0 && j < count; j++, operands--)
            {
                var operand = text[tokens[j]];
                if (portNumber(protocol, operand) is { } port)
                {
                    (replaced ??= new string?[count])[j] = port.ToString(CultureInfo.InvariantCulture);
                }
                else if (!IsNumber(operand))
                {
                    break;
                }

                i = j;
            }
        }

        return replaced is null ? line : Join(line, tokens, replaced);
    }

    // The first name the table gives the number, as the table lists them: in a method of its own, so
    // that the closure is made only for a line that has a protocol number.
    private static string? NameOf(FrozenDictionary<string, int> protocols, int number) =>
        protocols.FirstOrDefault(p => p.Value == number).Key;

    /// <summary>A port lookup in one table for every protocol, by span: no string per operand.</summary>
    public static PortNumber Table(FrozenDictionary<string, int> ports)
    {
        var lookup = ports.GetAlternateLookup<ReadOnlySpan<char>>();
        return (_, name) => lookup.TryGetValue(name, out var port) ? port : null;
    }

    /// <summary>
    /// Which of the first <paramref name="actionAt"/> + 1 words is the first permit or deny; -1 when none
    /// is: most lines of a config are no rule, and are not split.
    /// </summary>
    private static int ActionWord(ReadOnlySpan<char> text, int actionAt)
    {
        for (int t = 0, start = 0; t <= actionAt && start <= text.Length; t++)
        {
            var end = WordEnd(text, start);
            if (text[start..end] is "permit" or "deny")
            {
                return t;
            }

            start = end + 1;
        }

        return -1;
    }

    // A loop, not IndexOf: the words are short, and a vector search costs more to start than it saves.
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && text[start] != ' ')
        {
            start++;
        }

        return start;
    }

    private static string Join(string line, ReadOnlySpan<Range> tokens, string?[] replaced)
    {
        var joined = new StringBuilder(line.Length + 8);
        for (var k = 0; k < tokens.Length; k++)
        {
            if (k > 0)
            {
                joined.Append(' ');
            }

            if (replaced[k] is { } word)
            {
                joined.Append(word);
            }
            else
            {
                joined.Append(line.AsSpan(tokens[k]));
            }
        }

        return joined.ToString();
    }

    /// <summary>
    /// A VRP or Comware line in canonical spelling when it is a "rule N …" line; other lines as they
    /// are. In this family one table of port names serves TCP and UDP.
    /// </summary>
    public static string NumberedRule(string line, FrozenDictionary<string, int> protocols, PortNumber ports) =>
        line.StartsWith("rule ", StringComparison.Ordinal) ? Canonical(line, 2, protocols, ports) : line;

    /// <summary>"rule 5 permit …" as "permit …", "rule 5 description …" as "description …".</summary>
    public static string WithoutRuleNumber(string line) => RuleNumber().Replace(line, string.Empty);

    /// <summary>The N of "rule N …"; null for any other line.</summary>
    public static int? RuleNumberOf(string line) =>
        RuleNumber().Match(line) is { Success: true } match && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex(@"^rule (\d+) ", RegexOptions.CultureInvariant)]
    private static partial Regex RuleNumber();

    private static bool IsNumber(ReadOnlySpan<char> token) => token.Length > 0 && !token.ContainsAnyExceptInRange('0', '9');
}
