using System.Buffers;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// Words searched for in an ASCII line or value before a secret pattern runs on it, case ignored: every
/// match of the pattern holds one, so a text holding none cannot match (a text outside ASCII always runs the
/// pattern, since the patterns fold case the Unicode way). The one-character words (<c>$</c>) go by a
/// character search, far cheaper than a search for strings that holds one. Both secret pre-filters use it:
/// drift's masking (<see cref="SecretMask"/>) and the refusal of secrets in the policy.
/// </summary>
internal sealed class SecretHintSearch(SearchValues<char> marks, SearchValues<string>? words)
{
    /// <summary>Every registered dialect's <see cref="Dialect.SecretHints"/> and <paramref name="more"/>; null when some dialect declares none, since then nothing may be skipped.</summary>
    public static SecretHintSearch? OfDialects(IEnumerable<string> more) =>
        DialectRegistry.All.All(d => d.SecretHints.Count > 0) ? Of(DialectRegistry.All.SelectMany(d => d.SecretHints).Concat(more)) : null;

    public static SecretHintSearch Of(IEnumerable<string> hints)
    {
        var distinct = hints.Distinct(StringComparer.Ordinal).ToArray();
        var marks = distinct.Where(h => h.Length == 1).SelectMany(h => new[] { char.ToLowerInvariant(h[0]), char.ToUpperInvariant(h[0]) }).Distinct().ToArray();
        var words = distinct.Where(h => h.Length > 1).ToArray();
        return new(SearchValues.Create(marks), words.Length > 0 ? SearchValues.Create(words, StringComparison.OrdinalIgnoreCase) : null);
    }

    public bool In(string text) => text.AsSpan().ContainsAny(marks) || (words is not null && text.AsSpan().ContainsAny(words));
}
