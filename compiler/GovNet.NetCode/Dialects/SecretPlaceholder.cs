using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// How a compiled config names a secret it must not hold: <c>${NETCODE_SECRET_NAME}</c>, where
/// <c>NETCODE_SECRET_NAME</c> is the environment variable that fills it at deploy time (never in
/// <c>build/</c>). The form is no valid secret on any dialect (no device stores <c>${</c> as a
/// password a person chose by accident), reads as what it is, and cannot be mistaken for a vendor
/// cipher. NAME is upper-case ASCII letters, digits and underscores.
/// </summary>
public static partial class SecretPlaceholder
{
    /// <summary>What every filling environment variable starts with: nothing else in the environment is ever read.</summary>
    public const string Prefix = "NETCODE_SECRET_";

    /// <summary>The placeholder filled from <c>NETCODE_SECRET_</c> + <paramref name="name"/> (upper-cased; hyphens become underscores).</summary>
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var variable = Prefix + name.ToUpperInvariant().Replace('-', '_');
        return Exact().IsMatch(variable) ? "${" + variable + "}" : throw new ArgumentException($"'{name}' cannot name a secret", nameof(name));
    }

    /// <summary>Every well-formed placeholder; the group <c>variable</c> is the environment variable's name.</summary>
    [GeneratedRegex(@"\$\{(?<variable>NETCODE_SECRET_[A-Z0-9_]+)\}", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>Anything that starts like a placeholder, well formed or not: fill refuses what it cannot read rather than leave it.</summary>
    [GeneratedRegex(@"\$\{NETCODE_SECRET_", RegexOptions.CultureInvariant)]
    public static partial Regex Start();

    [GeneratedRegex(@"^NETCODE_SECRET_[A-Z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();
}
