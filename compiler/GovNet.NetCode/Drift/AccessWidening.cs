using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Whether a difference widens access, judged on facts: each line of either side is parsed by the
/// device's dialect in the section it stands in (the difference's headers and the other lines of its section on the same side),
/// so what a line is (an ACL permit or deny, an ACL binding, a route, VLANs admitted on a port, a
/// shutdown) comes from the parser that verify trusts, not from patterns of one vendor's words.
/// Widening: an ACL permit added or a deny removed, rules reordered, an ACL binding removed, a VLAN
/// added to a port, a route added, a port no longer shut down. Returns why, or null.
/// </summary>
public static class AccessWidening
{
    /// <param name="vlanOwner">Names the segment (unit and zone) a VLAN belongs to, so a VLAN added to a port says whose it is.</param>
    public static string? Reason(Difference difference, Dialect dialect, Func<int, string?>? vlanOwner = null)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(dialect);
        if (difference.Renumbered)
        {
            return null;
        }

        var running = new LineReader(dialect, difference.RunningContext).Read(difference.Running);
        var intended = new LineReader(dialect, difference.IntendedContext).Read(difference.Intended);
        var runningText = running.Select(l => l.Text).ToList();
        var intendedText = intended.Select(l => l.Text).ToList();

        if (difference.InOrderedSection || running.Concat(intended).Any(l => l.Permit || l.Deny))
        {
            // First match wins: a rule that moved can let through what a rule after it denied.
            if (difference.Kind == DriftKind.Changed && runningText.Select(dialect.RuleBody).SequenceEqual(intendedText.Select(dialect.RuleBody)))
            {
                return DriftText.Texts.Format("Reordered", runningText.FirstOrDefault(), difference.Intended[0].Line, difference.Running[0].Line);
            }

            if (running.FirstOrDefault(l => l.Permit && !intendedText.Contains(l.Text)) is { } permit)
            {
                return DriftText.Texts.Format("ExtraPermit", permit.Text);
            }

            if (intended.FirstOrDefault(l => l.Deny && !runningText.Contains(l.Text)) is { } deny)
            {
                return DriftText.Texts.Format("DenyRemoved", deny.Text);
            }
        }

        if (intended.FirstOrDefault(l => l.Binding && !runningText.Contains(l.Text)) is { } binding)
        {
            return DriftText.Texts.Format("BindingRemoved", binding.Text);
        }

        var addedVlans = running.SelectMany(l => l.Vlans).Except(intended.SelectMany(l => l.Vlans)).Distinct().Order().ToList();
        if (addedVlans.Count > 0)
        {
            return DriftText.Texts.Format("VlanAdded", string.Join(", ", addedVlans.Select(v => vlanOwner?.Invoke(v) is { } owner ? DriftText.Texts.Format("VlanOf", v, owner) : v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (running.FirstOrDefault(l => l.Route && !intendedText.Contains(l.Text)) is { } route)
        {
            return DriftText.Texts.Format("RouteAdded", route.Text);
        }

        if ((intended.Exists(l => l.Shutdown) && !running.Exists(l => l.Shutdown)) ||
            runningText.Any(l => l == dialect.NegatedShutdown && !intendedText.Contains(l)))
        {
            return DriftText.Texts.Get("NoShutdown");
        }

        // Sound, not silent: a line nobody can read proves nothing closed (the verifier reports it too).
        if (running.FirstOrDefault(l => l.Unread && !intendedText.Contains(l.Text)) is { } unreadAdded)
        {
            return DriftText.Texts.Format("UnreadAdded", unreadAdded.Text);
        }

        if (intended.FirstOrDefault(l => l.Unread && !runningText.Contains(l.Text)) is { } unreadRemoved)
        {
            return DriftText.Texts.Format("UnreadRemoved", unreadRemoved.Text);
        }

        return null;
    }

    /// <summary>What one line is, as its dialect's parser reads it in its section.</summary>
    /// <param name="Unread">The parser could not read the line and it may affect forwarding: what it does is unknown, so it may widen either way.</param>
    private sealed record LineFacts(string Text, bool Permit, bool Deny, bool Binding, bool Route, bool Shutdown, IReadOnlyCollection<int> Vlans, bool Unread);

    /// <summary>
    /// Reads each line of one side in its section: below the difference's context and below the
    /// lines of the same side it is indented under, so a rule is read in its ACL and a port line in
    /// its interface even where the whole section is new.
    /// </summary>
    private sealed class LineReader(Dialect dialect, IReadOnlyList<string> context)
    {
        private readonly string prefix = string.Concat(context.Select(c => c + "\n"));
        private readonly Dictionary<string, Dictionary<string, InterfaceFact>> baselines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> signatures = new(StringComparer.Ordinal);

        public List<LineFacts> Read(IEnumerable<DriftLine> side)
        {
            var result = new List<LineFacts>();
            var above = new List<string>();
            foreach (var line in side)
            {
                var indent = line.Text.Length - line.Text.TrimStart(' ').Length;
                while (above.Count > 0 && above[^1].Length - above[^1].TrimStart(' ').Length >= indent)
                {
                    above.RemoveAt(above.Count - 1);
                }

                var heading = prefix + string.Concat(above.Select(a => a + "\n"));
                result.Add(Read(heading, line.Text));
                above.Add(line.Text);
            }

            return result;
        }

        private LineFacts Read(string heading, string line)
        {
            var facts = dialect.Parse(heading + line, "drift");
            var number = heading.Count(c => c == '\n') + 1;

            // What the line does is what its section does with it and not without it: the other
            // lines' rules, bindings and shutdowns are theirs, what the parser assumes for a port
            // before any line (VLAN 1, a default link type) is no line's, and a line that opens a
            // port binds, shuts and admits nothing by itself.
            if (!baselines.TryGetValue(heading, out var baseline))
            {
                baselines[heading] = baseline = dialect.Parse(heading, "drift").Interfaces.GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            }

            // A line that changes dynamic routing, VRFs or policy routing may open a path the facts of one line cannot weigh: widening either way, as an unread line is.
            if (!signatures.TryGetValue(heading, out var before))
            {
                signatures[heading] = before = dialect.Parse(heading, "drift").Protocols.Signature();
            }

            var routing = facts.Protocols.Signature() != before;
            var ports = facts.Interfaces.Where(p => baseline.ContainsKey(p.Name)).Select(p => (Now: p, Before: baseline[p.Name])).ToList();
            var rules = facts.Acls.SelectMany(a => a.Rules).Where(r => r.Line == number).ToList();
            var text = line.Trim();
            return new LineFacts(
                text,
                rules.Exists(r => r.Action == Model.Flows.AclAction.Permit),
                rules.Exists(r => r.Action == Model.Flows.AclAction.Deny),
                ports.Exists(p => (p.Now.AclIn, p.Now.AclOut) != (p.Before.AclIn, p.Before.AclOut) && (p.Now.AclIn ?? p.Now.AclOut) is not null) || dialect.IsAclBinding(text),
                // A route is a top-level statement; one a capture's indentation put under a section is still a route.
                facts.Routes.Any(r => r.Line == number) || (heading.Length > 0 && !dialect.Parse(text, "drift").Routes.IsEmpty),
                ports.Exists(p => p.Now.Shutdown && !p.Before.Shutdown),
                [.. ports.SelectMany(p => VlansOf(p.Now).Except(VlansOf(p.Before))).Select(v => v.Vlan).Distinct()],
                routing || facts.Unparsed.Any(u => u.Line == number && u.AffectsForwarding));
        }

        /// <summary>
        /// The VLANs a port admits, tagged (trunk) or untagged (access, native, hybrid untagged):
        /// a port whose untagged frames move into another VLAN admits that VLAN anew.
        /// </summary>
        private static HashSet<(bool Untagged, int Vlan)> VlansOf(InterfaceFact port) =>
            [.. port.TrunkVlans.Select(v => (false, v)),
             .. port.UntaggedVlans.Concat(port.AccessVlan is { } a ? [a] : []).Concat(port.NativeVlan is { } n ? [n] : []).Select(v => (true, v))];
    }
}
