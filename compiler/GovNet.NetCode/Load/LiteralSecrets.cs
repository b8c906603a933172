using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Load;

/// <summary>
/// Refuses a secret written into the policy or inventory (NC2150): a value under a key that names
/// one (<c>password</c>, <c>secret</c>, <c>community</c>, <c>psk</c>, <c>…-key</c>), and any value
/// that looks like a device's stored secret (a wrapped or hashed cipher any registered dialect
/// writes, <c>cipher X</c>, <c>password 7 X</c>). Git keeps what it is given forever; secrets reach a
/// config only at deploy time, from the environment (<see cref="SecretPlaceholder"/>). A key ending
/// in <c>_env</c> names an environment variable, and a placeholder names one too: neither is a value.
/// </summary>
public static partial class LiteralSecrets
{
    private static readonly TextResource Text = new("GovNet.NetCode.Load.LiteralSecretText");

    // Compiled: every scalar of every policy and inventory file is matched (hundreds of thousands in a
    // county network), which the interpreter took longer for than compiling the pattern once takes.
    private static readonly Regex Stored = new(
        string.Join('|', DialectRegistry.All.Select(d => $"(?:{d.SecretPattern})").Append(TypedSecret().ToString())),
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // A value can match Stored only if it holds a dialect's hint (Dialect.SecretHints) or a word of
    // TypedSecret; an ASCII value holding none (nearly every value) skips the pattern, which runs
    // interpreted in a native build. Null when some dialect declares no hints: then every value runs it.
    private static readonly SecretHintSearch? StoredHints = SecretHintSearch.OfDialects(["password", "secret", "key", "cipher"]);

    // A key's words that name a secret, lower case; ASCII keys look them up in place, ignoring case.
    private static readonly string[] SecretWordList = ["password", "passwords", "passwd", "secret", "secrets", "community", "psk", "passphrase", "token"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecretWords =
        SecretWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reports every literal secret in one file's tree; true when there was none.</summary>
    public static bool Check(YamlNode root, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.Count;
        Walk(root, null, diagnostics);
        return diagnostics.Count == before;
    }

    private static void Walk(YamlNode node, string? secretKey, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalar scalar:
                Scalar(scalar, secretKey, diagnostics);
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(item, secretKey, diagnostics);
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    Scalar(entry.Key, null, diagnostics);
                    Walk(entry.Value, secretKey ?? (NamesSecret(entry.Key.Value) ? entry.Key.Value : null), diagnostics);
                }

                break;
        }
    }

    private static void Scalar(YamlScalar scalar, string? secretKey, DiagnosticBag diagnostics)
    {
        if (scalar.IsNull || SecretPlaceholder.Pattern().Match(scalar.Value) is { Success: true } p && p.Length == scalar.Value.Length)
        {
            return;
        }

        if (secretKey is not null)
        {
            diagnostics.Error(Codes.LiteralSecret, scalar.TextStart, Text.Format("UnderKey", secretKey));
        }
        else if (MayBeStored(scalar.Value) && Stored.Match(scalar.Value) is { Success: true } match)
        {
            // Where the value reads as written (no line break, no escape or quote), the column is the secret's own.
            var at = scalar.Value.AsSpan().ContainsAny("\n\\\"'") ? scalar.TextStart : scalar.TextStart.Offset(match.Index);
            diagnostics.Error(Codes.LiteralSecret, at, Text.Get("LooksStored"));
        }
    }

    private static bool MayBeStored(string value) => StoredHints is null || !Ascii.IsValid(value) || StoredHints.In(value);

    /// <summary>A key naming a secret: one of its words is a secret word, or it is or ends in "key"; "_env" names a variable.</summary>
    private static bool NamesSecret(string key)
    {
        // Nearly every key is a plain ASCII word: its words are compared in place. Other keys are lower-cased
        // as before, since invariant lower-casing folds more than ASCII does (the Kelvin sign is a k).
        if (Ascii.IsValid(key))
        {
            return NamesSecretAscii(key);
        }

        var words = key.ToLowerInvariant().Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[^1] != "env" &&
            (words[^1] == "key" || words.Any(w => SecretWordList.Contains(w, StringComparer.Ordinal)));
    }

    private static bool NamesSecretAscii(ReadOnlySpan<char> key)
    {
        var last = ReadOnlySpan<char>.Empty;
        var secretWord = false;
        foreach (var range in key.SplitAny('-', '_'))
        {
            var word = key[range];
            if (word.IsEmpty)
            {
                continue;
            }

            last = word;
            secretWord |= SecretWords.Contains(word);
        }

        return !last.IsEmpty && !last.Equals("env", StringComparison.OrdinalIgnoreCase) && (last.Equals("key", StringComparison.OrdinalIgnoreCase) || secretWord);
    }

    // A secret as a device config writes it with its type or its cipher word: "password 7 0822455D0A16", "secret 5 $1$…", "cipher" and a wrapped cipher.
    [GeneratedRegex(@"\b(?:password|secret|key|key-string)\s+[0-9]\s+\S+|\bcipher\s+\S{6,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypedSecret();
}
