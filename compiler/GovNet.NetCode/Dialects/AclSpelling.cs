using System.Collections.Frozen;
using System.Globalization;
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
    /// <summary>
    /// The line with its port names as numbers and its protocol number as the dialect's name.
    /// <paramref name="actionAt"/> is where permit/deny may stand at the latest (after "rule N" or
    /// "access-list N"); a line without it there is not a rule and comes back unchanged.
    /// </summary>
    public static string Canonical(string line, int actionAt, FrozenDictionary<string, int> protocols, Func<string, string, int?> portNumber)
    {
        // The words as ranges of the line, split on each single blank; a word becomes a string only when it is looked up.
        var text = line.AsSpan();
        if (!HasAction(text, actionAt))
        {
            return line;
        }

        var tokens = new List<Range>(24);
        foreach (var range in text.Split(' '))
        {
            tokens.Add(range);
        }

        var action = -1;
        for (var t = 0; t < Math.Min(actionAt + 1, tokens.Count) && action < 0; t++)
        {
            action = text[tokens[t]] is "permit" or "deny" ? t : -1;
        }

        if (action < 0 || action + 1 >= tokens.Count)
        {
            return line;
        }

        string?[]? replaced = null;
        var protocol = line[tokens[action + 1]];
        if (int.TryParse(protocol, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && protocols.FirstOrDefault(p => p.Value == number).Key is { } name)
        {
            (replaced ??= new string?[tokens.Count])[action + 1] = protocol = name.ToLowerInvariant();
        }

        for (var i = action + 2; i < tokens.Count; i++)
        {
            // IOS XE takes several ports after eq/neq; a port list ends at the first word that is no port.
            var word = text[tokens[i]];
            var operands = word is "range" ? 2 : word is "eq" or "neq" or "lt" or "gt" ? int.MaxValue : 0;
            for (var j = i + 1; operands > 0 && j < tokens.Count; j++, operands--)
            {
                var operand = line[tokens[j]];
                if (portNumber(protocol, operand) is { } port)
                {
                    (replaced ??= new string?[tokens.Count])[j] = port.ToString(CultureInfo.InvariantCulture);
                }
                else if (!IsNumber(operand))
                {
                    break;
                }

                i = j;
            }
        }

        return replaced is null ? line : string.Join(' ', tokens.Select((range, k) => replaced[k] ?? line[range]));
    }

    /// <summary>Whether permit or deny is one of the first <paramref name="actionAt"/> + 1 words: most lines of a config are no rule, and are not split.</summary>
    private static bool HasAction(ReadOnlySpan<char> text, int actionAt)
    {
        var t = 0;
        foreach (var range in text.Split(' '))
        {
            if (text[range] is "permit" or "deny")
            {
                return true;
            }

            if (++t > actionAt)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A VRP or Comware line in canonical spelling when it is a "rule N …" line; other lines as they
    /// are. In this family one table of port names serves TCP and UDP.
    /// </summary>
    public static string NumberedRule(string line, FrozenDictionary<string, int> protocols, FrozenDictionary<string, int> ports) =>
        line.StartsWith("rule ", StringComparison.Ordinal)
            ? Canonical(line, 2, protocols, (_, name) => ports.TryGetValue(name, out var port) ? port : null)
            : line;

    /// <summary>"rule 5 permit …" as "permit …", "rule 5 description …" as "description …".</summary>
    public static string WithoutRuleNumber(string line) => RuleNumber().Replace(line, string.Empty);

    /// <summary>The N of "rule N …"; null for any other line.</summary>
    public static int? RuleNumberOf(string line) =>
        RuleNumber().Match(line) is { Success: true } match && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex(@"^rule (\d+) ", RegexOptions.CultureInvariant)]
    private static partial Regex RuleNumber();

    private static bool IsNumber(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);
}
