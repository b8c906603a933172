using System.Text.RegularExpressions;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// Hides secrets in config text before it reaches any report (004 第二十条: configurations are not
/// disclosed): the value after a secret-bearing keyword, Huawei <c>%^%#…%^%#</c> / <c>%$%$…%$%$</c> /
/// <c>@%@%…@%@%</c> ciphers and <c>$c$…</c> hashes. Deliberately broad: masking a harmless word costs
/// little, printing a key costs much.
/// </summary>
public static partial class SecretMask
{
    public const string Mask = "<masked>";

    public static string Apply(string line)
    {
        var masked = WrappedCipher().Replace(line, Mask);
        return KeywordValue().Replace(masked, m => m.Groups["keyword"].Value + " " + Mask);
    }

    [GeneratedRegex(@"(%\^%#|%\$%\$|@%@%).*?(\1|$)|\$[a-z0-9]\$\S+", RegexOptions.CultureInvariant)]
    private static partial Regex WrappedCipher();

    // Everything after a secret-bearing keyword: type words (cipher, 7, ascii …) and the value alike.
    [GeneratedRegex(@"(?<keyword>\b(?:password|secret|cipher|irreversible-cipher|key|key-string|community|shared-key|pre-shared-key|authentication-key|md5|sha|psk)\b)\s+(?!<masked>$)\S.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeywordValue();
}
