using System.Collections.Immutable;
using DiffPlex;
using DiffPlex.Chunkers;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Compares an intended and a running config as trees: a section is keyed by its header line and
/// its children compare as a multiset, except in the dialect's ordered sections (ACL rules), which
/// compare as a sequence. An unmatched intended and running line of one section that set the same
/// thing (same leading keywords) pair up as one change.
/// </summary>
public static class ConfigComparer
{
    public static ImmutableArray<Difference> Compare(string device, Dialect dialect, string intendedText, string runningText, IgnorePatterns ignore)
    {
        // The two sides share nearly all their lines: each is cut and normalised once for both.
        var mappings = Mappings(dialect);
        return Compare(device, dialect, Prepare(dialect, intendedText, ignore, mappings), Prepare(dialect, runningText, ignore, mappings));
    }

    /// <summary>
    /// The config as drift sees it: normalised, masked, as a tree, without what the ignore patterns drop.
    /// Blocks after a separator are re-indented first, as the device prints them one space in (Comware's
    /// globals) where the compiled config has them at the margin.
    /// </summary>
    public static ImmutableArray<ConfigNode> Prepare(Dialect dialect, string text, IgnorePatterns ignore) =>
        Prepare(dialect, text, ignore, Mappings(dialect));

    /// <summary><see cref="Prepare(Dialect, string, IgnorePatterns)"/> with the lines normalised through <paramref name="mappings"/> (of <see cref="Mappings"/>), which other configs of the dialect may share.</summary>
    public static ImmutableArray<ConfigNode> Prepare(Dialect dialect, string text, IgnorePatterns ignore, LineMappings mappings) =>
        Prune(ConfigTree.ParseShifted(text, dialect.PatchRules.Comment, mappings), ignore);

    /// <summary>The dialect's normalising of single lines, each distinct line once.</summary>
    public static LineMappings Mappings(Dialect dialect) => new(dialect.NormaliseTrimmed);

    public static ImmutableArray<Difference> Compare(string device, Dialect dialect, ImmutableArray<ConfigNode> intended, ImmutableArray<ConfigNode> running)
    {
        var differences = new List<Difference>();
        new Walk(device, dialect, differences).Children([], [], intended, running, null, ordered: false);
        return [.. differences];
    }

    // Without patterns the tree is kept as it is, not copied node by node.
    private static ImmutableArray<ConfigNode> Prune(ImmutableArray<ConfigNode> nodes, IgnorePatterns ignore) =>
        ignore.IsEmpty ? nodes : [.. nodes.Where(n => !ignore.Ignores(n.Text)).Select(n => n.Children.IsEmpty ? n : n with { Children = Prune(n.Children, ignore) })];

    private sealed class Walk(string device, Dialect dialect, List<Difference> differences)
    {
        public void Children(ImmutableArray<string> path, ImmutableArray<string> context, ImmutableArray<ConfigNode> intended, ImmutableArray<ConfigNode> running, ConfigNode? runningParent, bool ordered)
        {
            var (missing, unexpected, renumbered) = ordered ? Sequence(intended, running) : Multiset(path, context, intended, running);

            // Most sections match line for line: with nothing left over there is nothing to pair or place.
            if (missing.Count == 0 && unexpected.Count == 0 && renumbered.Count == 0)
            {
                return;
            }

            var scope = runningParent is null ? ((int, int)?)null : Span(runningParent);
            var section = path.IsEmpty ? Difference.GlobalSection : string.Join(" / ", path);

            // Inside a section, the other lines of each side set what a differing line means there (a port's link type for its VLAN list).
            var (intendedAround, runningAround) = context.IsEmpty || ordered ? ([], []) : (Leaves(intended), Leaves(running));
            Difference Placed(Difference d) => d with
            {
                Context = context,
                IntendedContext = context.AddRange(Without(intendedAround, d.Intended)),
                RunningContext = context.AddRange(Without(runningAround, d.Running)),
            };
            // Rules renumbered in place change nothing a packet meets: one row per ACL says so, rather than one per rule.
            if (renumbered.Count > 0)
            {
                differences.Add(Placed(new Difference(
                    device, section, DriftKind.Changed, [.. renumbered.SelectMany(r => Lines(r.Was))], [.. renumbered.SelectMany(r => Lines(r.Now))], ordered)
                {
                    RunningScope = scope ?? (Span(renumbered[0].Now).First, Span(renumbered[^1].Now).Last),
                    Renumbered = true,
                }));
            }

            // Same rule on both sides but at another position: a rule that moved. Then an unmatched
            // pair of lines that set the same thing: one setting changed. Indexed, so a config that
            // differs everywhere still compares in linear time.
            Func<ConfigNode, string> same = ordered ? n => dialect.RuleBody(n.Text) : n => n.Text;
            var byText = Index(unexpected, same);
            var byKey = Index(unexpected.Where(u => u.Children.IsEmpty), u => ChangeKey(u.Text, dialect));
            var paired = new HashSet<ConfigNode>(ReferenceEqualityComparer.Instance);
            var remaining = missing;
            foreach (var pass in new[] { true, false })
            {
                var next = new List<ConfigNode>();
                foreach (var gone in remaining)
                {
                    var key = pass ? same(gone) : gone.Children.IsEmpty ? ChangeKey(gone.Text, dialect) : string.Empty;
                    var partner = key.Length == 0 ? null : Take(pass ? byText : byKey, key, paired);
                    if (partner is null)
                    {
                        next.Add(gone);
                        continue;
                    }

                    differences.Add(Placed(new Difference(device, section, DriftKind.Changed, Lines(gone), Lines(partner), ordered) { RunningScope = scope ?? Span(partner) }));
                }

                remaining = next;
            }

            missing = remaining;
            unexpected = [.. unexpected.Where(u => !paired.Contains(u))];

            foreach (var gone in missing)
            {
                differences.Add(Placed(new Difference(device, SectionOf(path, gone), DriftKind.Missing, Lines(gone), [], ordered || dialect.IsOrderedSection(gone.Text)) { RunningScope = scope }));
            }

            foreach (var added in unexpected)
            {
                differences.Add(Placed(new Difference(device, SectionOf(path, added), DriftKind.Unexpected, [], Lines(added), ordered || dialect.IsOrderedSection(added.Text)) { RunningScope = scope ?? Span(added) }));
            }
        }

        private static ImmutableArray<string> Leaves(ImmutableArray<ConfigNode> nodes) =>
            [.. nodes.Where(n => n.Children.IsEmpty).Select(n => new string(' ', n.Indent) + n.Text)];

        /// <summary>The lines of a section but one difference's own.</summary>
        private static IEnumerable<string> Without(ImmutableArray<string> lines, ImmutableArray<DriftLine> own)
        {
            var left = own.Select(l => l.Text).ToList();
            return lines.Where(l => !left.Remove(l));
        }

        private static Dictionary<string, Queue<ConfigNode>> Index(IEnumerable<ConfigNode> nodes, Func<ConfigNode, string> key)
        {
            var index = new Dictionary<string, Queue<ConfigNode>>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                var k = key(node);
                if (!index.TryGetValue(k, out var queue))
                {
                    index[k] = queue = new Queue<ConfigNode>();
                }

                queue.Enqueue(node);
            }

            return index;
        }

        /// <summary>The first node under <paramref name="key"/> not paired yet, now paired.</summary>
        private static ConfigNode? Take(Dictionary<string, Queue<ConfigNode>> index, string key, HashSet<ConfigNode> paired)
        {
            if (!index.TryGetValue(key, out var queue))
            {
                return null;
            }

            while (queue.TryDequeue(out var node))
            {
                if (paired.Add(node))
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>Pairs equal lines in any order; recurses into pairs that are sections.</summary>
        private (List<ConfigNode> Missing, List<ConfigNode> Unexpected, List<(ConfigNode Was, ConfigNode Now)> Renumbered) Multiset(ImmutableArray<string> path, ImmutableArray<string> context, ImmutableArray<ConfigNode> intended, ImmutableArray<ConfigNode> running)
        {
            var waiting = Index(running, n => n.Text);

            var missing = new List<ConfigNode>();
            foreach (var node in intended)
            {
                if (waiting.TryGetValue(node.Text, out var queue) && queue.TryDequeue(out var match))
                {
                    if (!node.Children.IsEmpty || !match.Children.IsEmpty)
                    {
                        Children(path.Add(node.Text), context.Add(new string(' ', node.Indent) + node.Text), node.Children, match.Children, match, dialect.IsOrderedSection(node.Text));
                    }
                }
                else
                {
                    missing.Add(node);
                }
            }

            var left = new HashSet<ConfigNode>(waiting.Values.SelectMany(q => q), ReferenceEqualityComparer.Instance);
            return (missing, [.. running.Where(left.Contains)], []);
        }

        /// <summary>
        /// Ordered children, aligned on the rules without their numbers: lines outside the longest
        /// common subsequence differ, and aligned rules whose numbers differ were renumbered in place.
        /// </summary>
        private (List<ConfigNode> Missing, List<ConfigNode> Unexpected, List<(ConfigNode Was, ConfigNode Now)> Renumbered) Sequence(ImmutableArray<ConfigNode> intendedLines, ImmutableArray<ConfigNode> runningLines)
        {
            // Most ACLs are unchanged: the same lines in the same order align on themselves, with nothing missing, added or renumbered.
            if (SameLines(intendedLines, runningLines))
            {
                return ([], [], []);
            }

            var (intended, running) = (InEvaluationOrder(intendedLines), InEvaluationOrder(runningLines));
            var (intendedKeys, runningKeys) = (Keys(intended), Keys(running));
            var result = Differ.Instance.CreateDiffs(
                string.Join('\n', intendedKeys.Select(k => k.Aligned)), string.Join('\n', runningKeys.Select(k => k.Aligned)), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
            var missing = new List<ConfigNode>();
            var unexpected = new List<ConfigNode>();
            var renumbered = new List<(ConfigNode, ConfigNode)>();
            var (a, b) = (0, 0);
            void Aligned(int untilA)
            {
                for (; a < untilA; a++, b++)
                {
                    if (intendedKeys[a].Text != runningKeys[b].Text)
                    {
                        renumbered.Add((intended[a], running[b]));
                    }
                }
            }

            foreach (var block in result.DiffBlocks)
            {
                Aligned(block.DeleteStartA);
                missing.AddRange(intended.Skip(block.DeleteStartA).Take(block.DeleteCountA));
                unexpected.AddRange(running.Skip(block.InsertStartB).Take(block.InsertCountB));
                (a, b) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
            }

            Aligned(intended.Length);
            return (missing, unexpected, renumbered);
        }

        /// <summary>
        /// Each rule as its whole text and as aligned (without its number). A rule's own sub-lines
        /// (rare) travel with it, joined by a separator no config line holds.
        /// </summary>
        private (string Text, string Aligned)[] Keys(ImmutableArray<ConfigNode> nodes) =>
            [.. nodes.Select(n => Lines(n)).Select(lines => (string.Join('\u001f', lines.Select(l => l.Text)), string.Join('\u001f', lines.Select(Aligning))))];

        // Lines without a number (the ACL's own description, step) keep their place ahead of the rules.
        private ImmutableArray<ConfigNode> InEvaluationOrder(ImmutableArray<ConfigNode> nodes) =>
            [.. nodes.Select((node, index) => (node, index)).OrderBy(p => dialect.RuleNumber(p.node.Text) ?? -1).ThenBy(p => p.index).Select(p => p.node)];

        private string Aligning(DriftLine line)
        {
            var indent = line.Text.Length - line.Text.TrimStart(' ').Length;
            return line.Text[..indent] + dialect.RuleBody(line.Text[indent..]);
        }

        /// <summary>Whether two lists of lines and their sub-lines are the same text; with a stack, as hostile nesting is deep.</summary>
        private static bool SameLines(ImmutableArray<ConfigNode> intended, ImmutableArray<ConfigNode> running)
        {
            var pending = new Stack<(ImmutableArray<ConfigNode>, ImmutableArray<ConfigNode>)>();
            pending.Push((intended, running));
            while (pending.TryPop(out var pair))
            {
                var (a, b) = pair;
                if (a.Length != b.Length)
                {
                    return false;
                }

                for (var i = 0; i < a.Length; i++)
                {
                    if (a[i].Indent != b[i].Indent || !string.Equals(a[i].Text, b[i].Text, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    if (!a[i].Children.IsEmpty || !b[i].Children.IsEmpty)
                    {
                        pending.Push((a[i].Children, b[i].Children));
                    }
                }
            }

            return true;
        }

        private static string SectionOf(ImmutableArray<string> path, ConfigNode node) =>
            !node.Children.IsEmpty ? string.Join(" / ", path.Add(node.Text)) : path.IsEmpty ? Difference.GlobalSection : string.Join(" / ", path);
    }

    public static ImmutableArray<DriftLine> Lines(ConfigNode node)
    {
        if (node.Children.IsEmpty)
        {
            return [new DriftLine(node.Line, new string(' ', node.Indent) + node.Text)];
        }

        var lines = ImmutableArray.CreateBuilder<DriftLine>();
        var stack = new Stack<ConfigNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            lines.Add(new DriftLine(next.Line, new string(' ', next.Indent) + next.Text));
            for (var i = next.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(next.Children[i]);
            }
        }

        return lines.ToImmutable();
    }

    // Children follow their header in line order, so the last line of a section is its last descendant.
    private static (int First, int Last) Span(ConfigNode node)
    {
        var last = node;
        while (!last.Children.IsEmpty)
        {
            last = last.Children[^1];
        }

        return (node.Line, last.Line);
    }

    /// <summary>
    /// What a line sets, without its value: the leading keywords after the dialect's negation
    /// ("switchport access vlan", "description", "shutdown"). Two lines with one key in one section
    /// are one setting changed.
    /// </summary>
    public static string ChangeKey(string text, Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).AsSpan();
        if (words.Length > 0 && words[0] == dialect.Negation)
        {
            words = words[1..];
        }

        var key = new List<string>();
        foreach (var word in words)
        {
            if (!word.All(c => c is (>= 'a' and <= 'z') or '-'))
            {
                break;
            }

            key.Add(word);
        }

        // "rule 5 …" / "10 permit …": an ACL entry is keyed by its number.
        if (key.Count == 0 && words.Length > 0 && words[0].All(char.IsAsciiDigit))
        {
            return "#" + words[0];
        }

        if (key.Count == 1 && words.Length > 1 && key[0] == "rule" && words[1].All(char.IsAsciiDigit))
        {
            return "rule " + words[1] + (words.Length > 2 && words[2] == "description" ? " description" : string.Empty);
        }

        return string.Join(' ', key);
    }
}
