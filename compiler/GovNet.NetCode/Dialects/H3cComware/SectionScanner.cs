using System.Globalization;
using static GovNet.NetCode.Dialects.VrpFamilyRuleWords;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// The <c>vlan N</c> and <c>acl advanced|basic|number N</c> headers and a VLAN's <c>name</c> and
/// <c>description</c> lines read without Sprache, as <see cref="InterfaceScanner"/> reads interfaces:
/// a switch has hundreds of each, and the combinators allocate an input and a result per word. A
/// line the scan does not take (ranges, names, match-order, …) goes to the grammar, which stays the
/// one definition (a test holds the two equal).
/// </summary>
internal static class SectionScanner
{
    public static VlanHead? VlanHeader(string line) => TryReadVlanHead(line) ?? ComwareTokens.Match(GlobalGrammar.VlanHeader, line);

    public static AclHead? AclHeader(string line) => TryReadAclHead(line) ?? ComwareTokens.Match(AclGrammar.AclHeader, line);

    public static TextLine? VlanName(string line) => TryReadText(line, "name") ?? ComwareTokens.Match(GlobalGrammar.VlanName, line);

    public static TextLine? VlanDescription(string line) => TryReadText(line, "description") ?? ComwareTokens.Match(GlobalGrammar.VlanDescription, line);

    /// <summary><c>vlan N</c> of one VLAN; null for any other line.</summary>
    public static VlanHead? TryReadVlanHead(string line)
    {
        var at = 0;
        return Is(LineWords.Next(line, ref at), "vlan") && Number(LineWords.Next(line, ref at), 1, 4094) is { } id && AtEnd(line, at)
            ? new VlanHead([(id, id)])
            : null;
    }

    /// <summary><c>acl advanced|basic|number N</c> with nothing after the number; null for any other line.</summary>
    public static AclHead? TryReadAclHead(string line)
    {
        var at = 0;
        if (!Is(LineWords.Next(line, ref at), "acl"))
        {
            return null;
        }

        var kind = LineWords.Next(line, ref at);
        return (Is(kind, "advanced") || Is(kind, "basic") || Is(kind, "number")) && Number(LineWords.Next(line, ref at), 1000, 5999) is { } number && AtEnd(line, at)
            ? new AclHead(number.ToString(CultureInfo.InvariantCulture), number, null, false)
            : null;
    }

    /// <summary><c>KEYWORD TEXT</c> as its trimmed text; null for any other line.</summary>
    public static TextLine? TryReadText(string line, string keyword)
    {
        var at = 0;
        return Is(LineWords.Next(line, ref at), keyword) ? new TextLine(line[at..].Trim()) : null;
    }

    private static bool AtEnd(string line, int at) => LineWords.SkipBlanks(line, at) == line.Length;

    private static int? Number(ReadOnlySpan<char> word, int min, int max) => ComwareTokens.TryNumber(word, out var n) && n >= min && n <= max ? n : null;
}
