using System.Collections.Immutable;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Drift;

/// <summary>
/// The side-by-side text diff shown to a person (DiffPlex), of the configs as drift compares them.
/// Only changed rows and a few rows of context are kept: a core switch has thousands of lines.
/// </summary>
public static class TextDiff
{
    public const int Context = 3;

    public static ImmutableArray<SideBySideRow> Rows(ImmutableArray<ConfigNode> intended, ImmutableArray<ConfigNode> running)
    {
        var left = intended.SelectMany(n => ConfigComparer.Lines(n)).ToList();
        var right = running.SelectMany(n => ConfigComparer.Lines(n)).ToList();
        var model = SideBySideDiffBuilder.Diff(
            string.Join('\n', left.Select(l => l.Text)),
            string.Join('\n', right.Select(l => l.Text)),
            ignoreWhiteSpace: false);

        var rows = new List<SideBySideRow>(model.OldText.Lines.Count);
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            var (old, @new) = (model.OldText.Lines[i], model.NewText.Lines[i]);
            rows.Add(new SideBySideRow(
                KindOf(old.Type, @new.Type),
                old.Position is { } l && old.Type != ChangeType.Imaginary ? left[l - 1].Line : null,
                old.Type == ChangeType.Imaginary ? null : old.Text,
                @new.Position is { } r && @new.Type != ChangeType.Imaginary ? right[r - 1].Line : null,
                @new.Type == ChangeType.Imaginary ? null : @new.Text));
        }

        return Hunks(rows);
    }

    private static string KindOf(ChangeType old, ChangeType @new) => (old, @new) switch
    {
        (ChangeType.Unchanged, ChangeType.Unchanged) => "same",
        (ChangeType.Deleted, ChangeType.Imaginary) => "missing",
        (ChangeType.Imaginary, ChangeType.Inserted) => "unexpected",
        _ => "changed",
    };

    private static ImmutableArray<SideBySideRow> Hunks(List<SideBySideRow> rows)
    {
        var keep = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Kind != "same")
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(rows.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<SideBySideRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (keep[i])
            {
                result.Add(rows[i]);
            }
            else if (i > 0 && keep[i - 1] && result.Count > 0)
            {
                result.Add(new SideBySideRow("gap", null, null, null, null));
            }
        }

        return result.ToImmutable();
    }
}
