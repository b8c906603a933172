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
    private static readonly FrozenSet<string> SinglePortOperators = FrozenSet.Create(StringComparer.Ordinal, "eq", "neq", "lt", "gt");

    /// <summary>
    /// The line with its port names as numbers and its protocol number as the dialect's name.
    /// <paramref name="actionAt"/> is where permit/deny may stand at the latest (after "rule N" or
    /// "access-list N"); a line without it there is not a rule and comes back unchanged.
    /// </summary>
    public static string Canonical(string line, int actionAt, FrozenDictionary<string, int> protocols, Func<string, string, int?> portNumber)
    {
        var tokens = line.Split(' ');
        var action = Array.FindIndex(tokens, 0, Math.Min(actionAt + 1, tokens.Length), t => t is "permit" or "deny");
        if (action < 0 || action + 1 >= tokens.Length)
        {
            return line;
        }

        var protocol = tokens[action + 1];
        if (int.TryParse(protocol, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && protocols.FirstOrDefault(p => p.Value == number).Key is { } name)
        {
            tokens[action + 1] = protocol = name.ToLowerInvariant();
        }

        for (var i = action + 2; i < tokens.Length; i++)
        {
            // IOS XE takes several ports after eq/neq; a port list ends at the first word that is no port.
            var operands = tokens[i] == "range" ? 2 : SinglePortOperators.Contains(tokens[i]) ? int.MaxValue : 0;
            for (var j = i + 1; operands > 0 && j < tokens.Length; j++, operands--)
            {
                if (portNumber(protocol, tokens[j]) is { } port)
                {
                    tokens[j] = port.ToString(CultureInfo.InvariantCulture);
                }
                else if (!IsNumber(tokens[j]))
                {
                    break;
                }

                i = j;
            }
        }

        return string.Join(' ', tokens);
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
