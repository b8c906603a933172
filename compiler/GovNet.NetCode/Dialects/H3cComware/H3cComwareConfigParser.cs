using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// H3C Comware 5 and 7 config text → <see cref="DeviceFacts"/>. Tolerates what captures carry (tool
/// banners, prompts, pager remnants, banners, CRLF) and never throws: whatever it does not
/// understand is returned in <see cref="DeviceFacts.Unparsed"/> with its line and section.
/// </summary>
public static class H3cComwareConfigParser
{
    private static readonly string DialectId = new H3cComwareDialect().Id;

    public static DeviceFacts Parse(string text, string file)
    {
        text ??= string.Empty;
        Func<string, bool> isSeparator = line => line[0] == '#';
        var tree = ComwareText.IsClean(text) ? ConfigTree.Parse(text, isSeparator) : ConfigTree.Parse(ComwareText.Normalise(ComwareText.Lines(text)), isSeparator);
        var reader = new ComwareFactsReader();
        reader.Read(tree);
        return reader.Build(file, DialectId);
    }
}
