namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// "Did you mean": the declared name closest to one that was mistyped. Close means few edits
/// (insert, delete, replace, or swap two neighbours), ignoring case, and few relative to the
/// name's length, so a short name is never "corrected" into an unrelated one. Ties go to the
/// name that sorts first, so the suggestion never depends on declaration order.
/// </summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> declared)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var limit = typed.Length switch { <= 3 => 1, <= 8 => 2, _ => 3 };
        var lowered = typed.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in declared.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (name == typed || Math.Abs(name.Length - typed.Length) > limit)
            {
                continue;
            }

            var distance = Distance(lowered, name.ToLowerInvariant());
            if (distance <= limit && distance < name.Length && distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best;
    }

    /// <summary>"; did you mean 'x'?" for a close name, else nothing: appended to a diagnostic's message.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> declared) =>
        Closest(typed, declared) is { } name ? Messages.Format("DidYouMean", name) : string.Empty;

    /// <summary>Edits between two strings, counting a swap of neighbours as one (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
