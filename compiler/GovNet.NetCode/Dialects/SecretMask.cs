using System.Text;
using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// Hides secrets in config text before it reaches any report, log or archive (004 第二十条:
/// configurations are not disclosed): the value after a secret-bearing keyword, SNMP communities,
/// and what every registered dialect declares as its own secret forms (<see cref="Dialect.SecretPattern"/>:
/// wrapped ciphers, password hashes, its own secret keywords). Every dialect's forms apply to every
/// line, because a transcript or a pulled file does not always say which dialect it is. Every secret
/// becomes the same token, so a secret the device only re-encrypted compares equal, and so does the
/// <see cref="SecretPlaceholder"/> a compiled config holds where the device holds the secret: a key
/// typed in plain text (<c>simple</c>) is stored and shown encrypted (<c>cipher</c>), so the two words
/// mask alike. Deliberately broad: masking a harmless word costs little, printing a key costs much.
/// </summary>
public static partial class SecretMask
{
    public const string Mask = "<masked>";

    // The dialects' secret forms in one pattern; a form with a group "keyword" keeps that word and masks what follows.
    private static readonly Regex DialectSecrets = new(
        string.Join('|', DialectRegistry.All.Select(d => $"(?:{d.SecretPattern})")),
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // A dialect's own forms run only on a line holding one of its hints (Dialect.SecretHints); null when
    // some dialect declares none: then they run on every line.
    private static readonly SecretHintSearch? DialectHints = SecretHintSearch.OfDialects([]);

    // The keyword and community patterns need one of these words in the line to match at all; a line
    // holding none (most ACL rules) skips them.
    private static readonly string[] KeywordList = ["community", "password", "secret", "cipher", "key", "md5", "sha", "psk", "simple"];

    private static readonly SecretHintSearch KeywordWords = SecretHintSearch.Of(KeywordList);

    // Every hint and keyword at once: most lines hold none, and then one search clears them of both.
    private static readonly SecretHintSearch? AnyWord = SecretHintSearch.OfDialects(KeywordList);

    public static string Apply(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var masked = line.Contains("${", StringComparison.Ordinal) ? SecretPlaceholder.Pattern().Replace(line, Mask) : line;
        var ascii = Ascii.IsValid(masked);
        if (ascii && AnyWord is not null && !AnyWord.In(masked))
        {
            return masked;
        }

        if (!(ascii && DialectHints is not null && !DialectHints.In(masked)))
        {
            masked = DialectSecrets.Replace(masked, m => m.Groups["keyword"].Success ? m.Groups["keyword"].Value + " " + Mask : Mask);
        }

        if (ascii && !KeywordWords.In(masked))
        {
            return masked;
        }

        masked = Community().Replace(masked, m => m.Groups["head"].Value + " " + Mask);
        return KeywordValue().Replace(masked, m => Keyword(m.Groups["keyword"].Value) + " " + Mask);
    }

    /// <summary>Masks every line of a config, keeping line count and line breaks, so line numbers still point at the device's lines.</summary>
    public static string ApplyToText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Apply(lines[i]);
        }

        return string.Join('\n', lines);
    }

    private static string Keyword(string word) => word.Equals("simple", StringComparison.OrdinalIgnoreCase) ? "cipher" : word;

    // SNMP communities keep their access word (read/write/RO/RW may follow the name, so that goes too).
    [GeneratedRegex(@"(?<head>(?>\bcommunity(?:\s+(?:read|write))?(?:\s+(?:cipher|simple))?))\s+(?!<masked>$)\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Community();

    // Everything after a secret-bearing keyword: type words (cipher, 7, ascii …) and the value alike.
    // Not the lockout line (`wrong-password retry-interval …`; `wpa-psk X` stays a secret) nor
    // the SSH algorithm lists (`ssh server cipher aes256_ctr`): masking those would hide a weakened
    // baseline from drift, and they hold no secret.
    [GeneratedRegex(@"(?<keyword>\b(?<!wrong-)(?<!\bssh\s+server\s+|\bssh\s+client\s+|\bssh2\s+algorithm\s+)(?:password|secret|cipher|key|key-string|shared-key|pre-shared-key|authentication-key|md5|sha|psk|simple)\b)\s+(?!<masked>$)\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordValue();
}
