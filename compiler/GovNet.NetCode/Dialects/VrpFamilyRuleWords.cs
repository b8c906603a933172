using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// The address and port words of a <c>rule</c> line as VRP and Comware both write them
/// (<c>any</c> or <c>A WILDCARD</c>, with <c>0</c> for an exact address; <c>eq|neq|lt|gt P</c> or
/// <c>range P Q</c>), for the two dialects' rule scanners. Each dialect names its own ports.
/// </summary>
internal static class VrpFamilyRuleWords
{
    /// <summary><c>any</c> or <c>A WILDCARD</c> as written (not masked); null, with nothing read, when neither fits.</summary>
    public static AddressMatch? Address(LineWords.Spans words, ref int at)
    {
        if (at < words.Count && Is(words[at], "any"))
        {
            at++;
            return AddressMatch.Any;
        }

        if (at + 1 >= words.Count || !Ipv4Address.TryParse(words[at], out var address))
        {
            return null;
        }

        uint wildcard;
        if (words[at + 1] is "0")
        {
            wildcard = 0;
        }
        else if (Ipv4Address.TryParse(words[at + 1], out var mask))
        {
            wildcard = mask.Value;
        }
        else
        {
            return null;
        }

        at += 2;
        return new AddressMatch(address, wildcard);
    }

    /// <summary>A port word's number: a number or the dialect's name of a port; null when it is neither.</summary>
    public delegate int? PortWord(ReadOnlySpan<char> word);

    /// <summary>An operator and its ports, <paramref name="port"/> reading a number or the dialect's port name; null, with nothing read, when they do not fit.</summary>
    public static PortMatch? Ports(LineWords.Spans words, ref int at, PortWord port)
    {
        if (at + 1 >= words.Count || port(words[at + 1]) is not { } first)
        {
            return null;
        }

        var op = words[at];
        if (Is(op, "range"))
        {
            if (at + 2 >= words.Count || port(words[at + 2]) is not { } last || first > last)
            {
                return null;
            }

            at += 3;
            return PortMatch.Range(first, last);
        }

        var match = Is(op, "eq") ? PortMatch.Eq(first)
            : Is(op, "neq") ? PortMatch.Neq(first)
            : Is(op, "lt") && first > 0 ? PortMatch.Lt(first)
            : Is(op, "gt") && first < 65535 ? PortMatch.Gt(first)
            : null;
        if (match is not null)
        {
            at += 2;
        }

        return match;
    }

    public static bool Is(ReadOnlySpan<char> word, string keyword) => word.Equals(keyword, StringComparison.OrdinalIgnoreCase);
}
