using System.Text.RegularExpressions;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// Hides secrets in config text before it reaches any report, log or archive (004 第二十条:
/// configurations are not disclosed): the value after a secret-bearing keyword, Huawei/H3C
/// <c>%^%#…%^%#</c> / <c>%@%#…%@%#</c> / <c>%$%$…%$%$</c> / <c>@%@%…@%@%</c> ciphers and
/// <c>$c$3$…</c> / <c>$1$…</c> hashes. Every secret becomes the same token, so a secret the device
/// only re-encrypted compares equal. Deliberately broad: masking a harmless word costs little,
/// printing a key costs much.
/// </summary>
public static partial class SecretMask
{
    public const string Mask = "<masked>";

    public static string Apply(string line)
    {
        var masked = WrappedCipher().Replace(line, Mask);
        masked = Community().Replace(masked, m => m.Groups["head"].Value + " " + Mask);
        return KeywordValue().Replace(masked, m => m.Groups["keyword"].Value + " " + Mask);
    }

    /// <summary>Masks every line of a config, keeping line count and line breaks, so line numbers still point at the device's lines.</summary>
    public static string ApplyToText(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Apply(lines[i]);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"(%\^%#|%@%#|%\$%\$|@%@%).*?(\1|$)|\$[a-z0-9]{1,2}\$\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrappedCipher();

    // SNMP communities keep their access word (read/write/RO/RW lives after the name on Cisco, so that goes too).
    [GeneratedRegex(@"(?<head>(?>\bcommunity(?:\s+(?:read|write))?(?:\s+(?:cipher|simple))?))\s+(?!<masked>$)\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Community();

    // Everything after a secret-bearing keyword: type words (cipher, 7, ascii …) and the value alike.
    [GeneratedRegex(@"(?<keyword>\b(?:password|secret|cipher|irreversible-cipher|key|key-string|shared-key|pre-shared-key|authentication-key|md5|sha|psk)\b)\s+(?!<masked>$)\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordValue();
}
