using System.Collections.Immutable;
using DiffPlex.Model;

namespace GovNet.NetCode.Plan;

/// <summary>
/// Counts a line diff's added and removed lines per config section. A section is an unindented line
/// and the indented lines beneath it, the shape every dialect shares, so no vendor keyword is needed.
/// </summary>
internal sealed class SectionTally(IReadOnlyList<string> before, IReadOnlyList<string> after)
{
    private readonly int[] oldHeaders = Headers(before);
    private readonly int[] newHeaders = Headers(after);
    private readonly Dictionary<string, (int Order, int Added, int Removed)> counts = new(StringComparer.Ordinal);

    public void Count(DiffBlock block)
    {
        for (var d = 0; d < block.DeleteCountA; d++)
        {
            Add(Header(before, oldHeaders, block.DeleteStartA + d), block.DeleteStartA + d, added: 0, removed: 1);
        }

        for (var n = 0; n < block.InsertCountB; n++)
        {
            Add(Header(after, newHeaders, block.InsertStartB + n), block.DeleteStartA, added: 1, removed: 0);
        }
    }

    public ImmutableArray<SectionChange> Result() =>
        [.. counts.OrderBy(c => c.Value.Order).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new SectionChange(c.Key, c.Value.Added, c.Value.Removed))];

    private void Add(string header, int order, int added, int removed)
    {
        var (first, a, r) = counts.GetValueOrDefault(header, (order, 0, 0));
        counts[header] = (Math.Min(first, order), a + added, r + removed);
    }

    private static string Header(IReadOnlyList<string> lines, int[] headers, int index) =>
        headers[index] < 0 ? PlanText.Texts.Get("TopLevel") : lines[headers[index]].Trim();

    /// <summary>For each line, the index of the unindented line at or above it (-1 before the first).</summary>
    private static int[] Headers(IReadOnlyList<string> lines)
    {
        var headers = new int[lines.Count];
        var current = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]))
            {
                current = i;
            }

            headers[i] = current;
        }

        return headers;
    }
}
