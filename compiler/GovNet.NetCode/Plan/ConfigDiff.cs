using System.Collections.Immutable;
using System.Text;
using DiffPlex;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Plan;

/// <summary>What one device's compiled config gains and loses, as a unified diff with +/− line counts.</summary>
public sealed record DeviceDiff(string Hostname, ChangeKind Change, int Added, int Removed, string Unified)
{
    /// <summary>
    /// The changed lines counted per section they sit in (the unindented line above them, such as an
    /// ACL's or a port's header), in config order: what a review reads when the diff is too long to show.
    /// </summary>
    public ImmutableArray<SectionChange> Sections { get; init; } = [];
}

/// <summary>Lines added and removed inside one section of a config (an unindented line counts in its own section).</summary>
public sealed record SectionChange(string Header, int Added, int Removed);

/// <summary>Per-device unified diffs of two compiled config sets (DiffPlex finds the changed blocks).</summary>
public static class ConfigDiff
{
    private const int Context = 3;

    public static ImmutableArray<DeviceDiff> Compare(ImmutableArray<CompiledConfig> before, ImmutableArray<CompiledConfig> after)
    {
        var old = before.ToDictionary(c => c.Hostname, c => c.Text, StringComparer.Ordinal);
        var now = after.ToDictionary(c => c.Hostname, c => c.Text, StringComparer.Ordinal);
        var diffs = new List<DeviceDiff>();
        foreach (var host in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var a = old.GetValueOrDefault(host);
            var b = now.GetValueOrDefault(host);
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                continue;
            }

            var kind = a is null ? ChangeKind.Added : b is null ? ChangeKind.Removed : ChangeKind.Changed;
            diffs.Add(Unified(host, kind, a ?? string.Empty, b ?? string.Empty));
        }

        return [.. diffs];
    }

    public static DeviceDiff Unified(string host, ChangeKind kind, string before, string after)
    {
        var text = new StringBuilder();
        text.Append("--- ").Append(before.Length == 0 ? "/dev/null" : $"a/{host}.cfg").Append('\n');
        text.Append("+++ ").Append(after.Length == 0 ? "/dev/null" : $"b/{host}.cfg").Append('\n');
        if (before.Length == 0 || after.Length == 0)
        {
            // A device that appears or disappears: the whole config is one hunk.
            var lines = Lines(before.Length == 0 ? after : before);
            var sign = before.Length == 0 ? '+' : '-';
            text.Append(before.Length == 0 ? $"@@ -0,0 +1,{lines.Length} @@\n" : $"@@ -1,{lines.Length} +0,0 @@\n");
            foreach (var line in lines)
            {
                text.Append(sign).Append(line).Append('\n');
            }

            return new DeviceDiff(host, kind, before.Length == 0 ? lines.Length : 0, before.Length == 0 ? 0 : lines.Length, text.ToString());
        }

        var result = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false, ignoreCase: false);
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        int added = 0, removed = 0, index = 0;
        var blocks = result.DiffBlocks;
        var sections = new SectionTally(oldLines, newLines);
        while (index < blocks.Count)
        {
            // Blocks closer than twice the context share one hunk, as diff -u does.
            var last = index;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            var startA = Math.Max(0, blocks[index].DeleteStartA - Context);
            var endA = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var startB = blocks[index].InsertStartB - (blocks[index].DeleteStartA - startA);
            var endB = blocks[last].InsertStartB + blocks[last].InsertCountB + (endA - blocks[last].DeleteStartA - blocks[last].DeleteCountA);
            text.Append($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");
            var at = startA;
            for (var i = index; i <= last; i++)
            {
                var block = blocks[i];
                for (; at < block.DeleteStartA; at++)
                {
                    text.Append(' ').Append(oldLines[at]).Append('\n');
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    text.Append('-').Append(oldLines[block.DeleteStartA + d]).Append('\n');
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    text.Append('+').Append(newLines[block.InsertStartB + n]).Append('\n');
                }

                removed += block.DeleteCountA;
                added += block.InsertCountB;
                sections.Count(block);
                at = block.DeleteStartA + block.DeleteCountA;
            }

            for (; at < endA; at++)
            {
                text.Append(' ').Append(oldLines[at]).Append('\n');
            }

            index = last + 1;
        }

        return new DeviceDiff(host, kind, added, removed, text.ToString()) { Sections = sections.Result() };
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
