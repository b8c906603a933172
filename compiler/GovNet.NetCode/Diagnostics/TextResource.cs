using System.Globalization;
using System.Resources;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// One set of user-facing texts (a <c>.resx</c> beside its code and its <c>.zh-CN.resx</c> twin) read in
/// the run's language: <see cref="CultureInfo.CurrentUICulture"/>, which the command line settles from
/// <c>--lang</c> or the locale before anything runs. Values are formatted invariantly, so numbers and
/// addresses read the same in both languages.
/// </summary>
public sealed class TextResource(string baseName)
{
    private readonly ResourceManager texts = new(baseName, typeof(TextResource).Assembly);

    /// <summary>The text named <paramref name="name"/>; a name without a text is a bug the resource tests catch.</summary>
    public string Get(string name) => texts.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    /// <summary>The text named <paramref name="name"/> with its {0}, {1}… filled in.</summary>
    public string Format(string name, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(name), values);

    /// <summary>Every name the neutral (English) resources hold, for tests that compare languages.</summary>
    public IEnumerable<string> Names() =>
        texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal);
}
