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
        else if (Stored.Match(scalar.Value) is { Success: true } match)
        {
            // Where the value reads as written (no line break, no escape or quote), the column is the secret's own.
            var at = scalar.Value.AsSpan().ContainsAny("\n\\\"'") ? scalar.TextStart : scalar.TextStart.Offset(match.Index);
            diagnostics.Error(Codes.LiteralSecret, at, Text.Get("LooksStored"));
        }
    }

    /// <summary>A key naming a secret: one of its words is a secret word, or it is or ends in "key"; "_env" names a variable.</summary>
    private static bool NamesSecret(string key)
    {
        var words = key.ToLowerInvariant().Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[^1] != "env" &&
            (words[^1] == "key" || words.Any(w => w is "password" or "passwords" or "passwd" or "secret" or "secrets" or "community" or "psk" or "passphrase" or "token"));
    }

    // A secret as a device config writes it with its type or its cipher word: "password 7 0822455D0A16", "secret 5 $1$…", "cipher" and a wrapped cipher.
    [GeneratedRegex(@"\b(?:password|secret|key|key-string)\s+[0-9]\s+\S+|\bcipher\s+\S{6,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypedSecret();
}
