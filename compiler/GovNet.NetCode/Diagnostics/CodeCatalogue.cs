using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// What each code means, for readers that show a rule beside its results (SARIF's <c>rules[]</c>):
/// a symbolic name from <see cref="Codes"/> and the meaning from the catalogue resources
/// (<c>CodeText.resx</c>, the same sentences as the table in README.md beside this file).
/// </summary>
public static partial class CodeCatalogue
{
    private static readonly ResourceManager Text = new("GovNet.NetCode.Diagnostics.CodeText", typeof(CodeCatalogue).Assembly);

    private static readonly FrozenDictionary<string, string> Names = typeof(Codes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToFrozenDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> All => Names.Keys.Order(StringComparer.Ordinal);

    /// <summary>The name in <see cref="Codes"/> (<c>YamlSyntax</c>), or the code itself for one not declared there.</summary>
    public static string Name(string code) => Names.TryGetValue(code, out var name) ? name : code;

    /// <summary>The whole meaning, or null for a code the catalogue does not hold.</summary>
    public static string? Meaning(string code, CultureInfo? culture = null) => Text.GetString(code, culture ?? CultureInfo.CurrentUICulture);

    /// <summary>The meaning's first sentence.</summary>
    public static string? Summary(string code, CultureInfo? culture = null) =>
        Meaning(code, culture) is { } meaning ? FirstSentence().Match(meaning) is { Success: true } first ? first.Value.TrimEnd() : meaning : null;

    [GeneratedRegex(@"^.*?(\.\s|。)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSentence();
}
