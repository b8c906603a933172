using System.Globalization;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// The commonest interface lines of <see cref="IosInterfaceGrammar"/> (<c>ip address</c>,
/// <c>ip access-group</c>, access and native VLANs) read word by word without Sprache, whose
/// combinators allocate an input and a result per word. A line the scan does not take goes to the
/// grammar, which stays the one definition (a test holds the two equal).
/// </summary>
internal static class IosInterfaceScanner
{
    public static IosAddressLine? Address(string line) => TryReadAddress(line) ?? IosTokens.Read(IosInterfaceGrammar.IpAddress, line);

    public static IosAccessGroup? AccessGroup(string line) => TryReadAccessGroup(line) ?? IosTokens.Read(IosInterfaceGrammar.AccessGroup, line);

    public static IosVlanNumber? AccessVlan(string line) => TryReadVlan(line, native: false) ?? IosTokens.Read(IosInterfaceGrammar.AccessVlan, line);

    public static IosVlanNumber? NativeVlan(string line) => TryReadVlan(line, native: true) ?? IosTokens.Read(IosInterfaceGrammar.NativeVlan, line);

    /// <summary><c>ip address A MASK [secondary]</c>; null when the line is not that shape.</summary>
    public static IosAddressLine? TryReadAddress(string line)
    {
        var words = LineWords.Ranges(line, stackalloc Range[6]);
        if (words.Count is not (4 or 5) || words[0] is not "ip" || words[1] is not "address"
            || !Ipv4Address.TryParse(words[2], out var address) || !Ipv4Address.TryParse(words[3], out var mask)
            || IosTokens.MaskLength(mask) is not { } length || (words.Count == 5 && words[4] is not "secondary"))
        {
            return null;
        }

        return new IosAddressLine(new InterfaceAddress(address, length), words.Count == 5);
    }

    /// <summary><c>ip access-group NAME in|out</c>; null when the line is not that shape.</summary>
    public static IosAccessGroup? TryReadAccessGroup(string line)
    {
        var words = LineWords.Ranges(line, stackalloc Range[6]);
        return words.Count == 4 && words[0] is "ip" && words[1] is "access-group" && words[3] is "in" or "out"
            ? new IosAccessGroup(words.Text(2), words[3] is "in")
            : null;
    }

    /// <summary><c>switchport access vlan N</c>, or when <paramref name="native"/> <c>switchport trunk native vlan N</c>; null when not that shape.</summary>
    public static IosVlanNumber? TryReadVlan(string line, bool native)
    {
        var words = LineWords.Ranges(line, stackalloc Range[6]);
        var inner = native ? 2 : 1;
        if (words.Count != inner + 3 || words[0] is not "switchport" || words[inner + 1] is not "vlan"
            || (native ? words[1] is not "trunk" || words[2] is not "native" : words[1] is not "access"))
        {
            return null;
        }

        var id = words[inner + 2];
        return IosTokens.IsDigits(id) && id.Length <= 10 && long.Parse(id, CultureInfo.InvariantCulture) is >= 1 and <= 4094 and var n
            ? new IosVlanNumber((int)n)
            : null;
    }
}
