using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Whether a difference widens access, read from the lines themselves in any dialect: an ACL permit
/// added or a deny removed, an ACL binding removed, a VLAN added to a port, a route added, a port
/// no longer shut down. Returns why, or null.
/// </summary>
public static partial class AccessWidening
{
    public static string? Reason(Difference difference)
    {
        var running = difference.Running.Select(l => l.Text.Trim()).ToList();
        var intended = difference.Intended.Select(l => l.Text.Trim()).ToList();

        if (difference.Renumbered)
        {
            return null;
        }

        if (difference.InOrderedSection || running.Concat(intended).Any(l => AclEntry().IsMatch(l)))
        {
            // First match wins: a rule that moved can let through what a rule after it denied.
            if (difference.Kind == DriftKind.Changed && running.Select(AclSpelling.WithoutRuleNumber).SequenceEqual(intended.Select(AclSpelling.WithoutRuleNumber)))
            {
                return $"ACL rules reordered: {running.FirstOrDefault()} moved from line {difference.Intended[0].Line} to line {difference.Running[0].Line}";
            }

            if (running.FirstOrDefault(l => Permit().IsMatch(l) && !intended.Contains(l)) is { } permit)
            {
                return $"ACL permits what policy does not: {permit}";
            }

            if (intended.FirstOrDefault(l => Deny().IsMatch(l) && !running.Contains(l)) is { } deny)
            {
                return $"ACL deny removed: {deny}";
            }
        }

        if (intended.FirstOrDefault(l => AclBinding().IsMatch(l) && !running.Contains(l)) is { } binding)
        {
            return $"ACL binding removed: {binding}";
        }

        var addedVlans = Vlans(running).Except(Vlans(intended)).Order().ToList();
        if (addedVlans.Count > 0)
        {
            return $"VLAN {string.Join(", ", addedVlans)} added to a port";
        }

        if (running.FirstOrDefault(l => Route().IsMatch(l) && !intended.Contains(l)) is { } route)
        {
            return $"route added: {route}";
        }

        if ((intended.Contains("shutdown") && !running.Contains("shutdown")) ||
            running.Any(l => l is "undo shutdown" or "no shutdown" && !intended.Contains(l)))
        {
            return "port no longer shut down";
        }

        return null;
    }

    /// <summary>The VLAN ids a set of port lines admit; ranges written "a to b" or "a-b".</summary>
    private static HashSet<int> Vlans(IEnumerable<string> lines)
    {
        var vlans = new HashSet<int>();
        foreach (var line in lines)
        {
            var match = PortVlans().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var words = match.Groups["list"].Value.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var range = words[i].Split('-');
                if (i + 2 < words.Length && words[i + 1] == "to" && int.TryParse(words[i], out var from) && int.TryParse(words[i + 2], out var to))
                {
                    AddRange(vlans, from, to);
                    i += 2;
                }
                else if (range.Length == 2 && int.TryParse(range[0], out var a) && int.TryParse(range[1], out var b))
                {
                    AddRange(vlans, a, b);
                }
                else if (int.TryParse(words[i], out var single))
                {
                    vlans.Add(single);
                }
            }
        }

        return vlans;
    }

    private static void AddRange(HashSet<int> vlans, int from, int to)
    {
        for (var v = Math.Max(1, from); v <= Math.Min(4094, to); v++)
        {
            vlans.Add(v);
        }
    }

    [GeneratedRegex(@"^(?:(?:port (?:trunk (?:allow-pass|permit)|hybrid (?:tagged|untagged)|default|access|trunk pvid)|switchport (?:access|trunk allowed|trunk native)) vlan(?: add)?|port link-type \S+ vlan) (?<list>[0-9][0-9 ,\-to]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PortVlans();

    [GeneratedRegex(@"^(?:rule \d+ |\d+ )?(?:permit|deny)\b|^access-list \S+ (?:permit|deny)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclEntry();

    [GeneratedRegex(@"^(?:rule \d+ |\d+ )?permit\b|^access-list \S+ permit\b", RegexOptions.CultureInvariant)]
    private static partial Regex Permit();

    [GeneratedRegex(@"^(?:rule \d+ |\d+ )?deny\b|^access-list \S+ deny\b", RegexOptions.CultureInvariant)]
    private static partial Regex Deny();

    [GeneratedRegex(@"^(?:traffic-filter|packet-filter|ip access-group|ipv6 traffic-filter|access-class)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBinding();

    [GeneratedRegex(@"^(?:ip route-static|ipv6 route-static|ip route|ipv6 route)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Route();
}
