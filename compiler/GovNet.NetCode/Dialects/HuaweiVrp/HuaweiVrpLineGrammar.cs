using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Model;
using Sprache;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>An inclusive run of VLAN ids as a VRP list writes it (<c>10</c> or <c>20 to 30</c>).</summary>
internal readonly record struct VlanRun(int From, int To);

/// <summary>A VLAN list after a port command: <c>all</c>, or runs.</summary>
internal sealed record VlanList(bool All, ImmutableArray<VlanRun> Runs);

/// <summary><c>ip address A M|LEN [sub]</c>.</summary>
internal sealed record AddressLine(InterfaceAddress Address, bool Sub);

/// <summary><c>ip route-static A M|LEN [IFNAME] [NEXTHOP] [options]</c>.</summary>
internal sealed record RouteLine(Ipv4Prefix Prefix, string? Interface, Ipv4Address? NextHop);

/// <summary>
/// Sprache grammars for the VRP lines that carry forwarding facts. Every grammar reads whole
/// blank-separated words and must reach the end of the line, so a line with anything extra or
/// unknown fails as a whole and is reported as unparsed rather than half-read. Keywords compare
/// without case, as the VRP CLI does. Nothing here throws: numbers are range-checked as text
/// before they are converted.
/// </summary>
internal static class HuaweiVrpLineGrammar
{
    // A word and the blanks around it. Written as the delegate a Sprache parser is, rather than
    // Char().AtLeastOnce().Text().Token(), which builds a list of chars per word: configs with
    // thousands of rule lines spend most of their parse time here.
    internal static readonly Parser<string> Word = input =>
    {
        var start = SkipBlanks(input);
        var end = start;
        while (!end.AtEnd && !char.IsWhiteSpace(end.Current))
        {
            end = end.Advance();
        }

        return end.Position == start.Position
            ? Result.Failure<string>(start, "expected a word", ["a word"])
            : Result.Success(start.Source[start.Position..end.Position], SkipBlanks(end));
    };

    /// <summary>The rest of the line, as written (descriptions may hold spaces).</summary>
    internal static readonly Parser<string> Rest = input =>
    {
        var end = input;
        while (!end.AtEnd)
        {
            end = end.Advance();
        }

        return Result.Success(input.Source[input.Position..], end);
    };

    private static IInput SkipBlanks(IInput input)
    {
        while (!input.AtEnd && char.IsWhiteSpace(input.Current))
        {
            input = input.Advance();
        }

        return input;
    }

    internal static Parser<string> Keyword(string word) =>
        Word.Where(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)).Named($"'{word}'");

    internal static Parser<int> Number(int min, int max) =>
        Word.Select(ToNumber).Where(n => n >= min && n <= max).Named($"a number {min}-{max}");

    internal static readonly Parser<Ipv4Address> Address =
        Word.Where(w => Ipv4Address.TryParse(w, out _)).Select(w => Ipv4Address.Parse(w)).Named("an IPv4 address");

    /// <summary>A failing parser, for keyword dispatch on an unknown word.</summary>
    internal static Parser<T> Fail<T>(string expected) => input => Result.Failure<T>(input, $"expected {expected}", [expected]);

    /// <summary>Digits only, at most nine of them, else -1: never an overflow, never a sign or a culture.</summary>
    internal static int ToNumber(string text) => ToNumber(text.AsSpan());

    internal static int ToNumber(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 9)
        {
            return -1;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The prefix length a contiguous dotted mask stands for, else -1.</summary>
    internal static int MaskLength(Ipv4Address mask)
    {
        var length = System.Numerics.BitOperations.PopCount(mask.Value);
        return Ipv4Prefix.MaskOf(length) == mask.Value ? length : -1;
    }

    // A mask is written dotted (255.255.255.0) or as a length (24); VRP accepts both.
    private static readonly Parser<int> MaskOrLength =
        Address.Select(MaskLength).Where(l => l >= 0).Or(Number(0, 32)).Named("a mask or prefix length");

    private static readonly Parser<VlanRun> VlanItem =
        from first in Number(1, 4094)
        from last in Keyword("to").Then(_ => Number(1, 4094)).Optional()
        let run = new VlanRun(first, last.GetOrElse(first))
        where run.From <= run.To
        select run;

    private static readonly Parser<VlanList> VlanItems =
        Keyword("all").Return(new VlanList(true, []))
            .Or(VlanItem.AtLeastOnce().Select(runs => new VlanList(false, [.. runs])));

    /// <summary><c>vlan batch 10 20 to 30</c>.</summary>
    public static readonly Parser<ImmutableArray<VlanRun>> VlanBatch =
        (from vlan in Keyword("vlan")
         from batch in Keyword("batch")
         from runs in VlanItem.AtLeastOnce()
         select runs.ToImmutableArray()).End();

    /// <summary>
    /// The VLAN list of a port command after its fixed words, e.g. after
    /// <c>port trunk allow-pass vlan</c>: <c>all</c> or runs, to the end of the line.
    /// </summary>
    public static readonly Parser<VlanList> PortVlanList = VlanItems.End();

    /// <summary>A single VLAN id to the end of the line (<c>port default vlan 10</c> after its fixed words).</summary>
    public static readonly Parser<int> SingleVlan = Number(1, 4094).End();

    /// <summary><c>ip address 10.1.1.1 255.255.255.0 [sub]</c> or with a prefix length.</summary>
    public static readonly Parser<AddressLine> IpAddress =
        (from ip in Keyword("ip")
         from address in Keyword("address")
         from host in Address
         from length in MaskOrLength
         from sub in Keyword("sub").Optional()
         select new AddressLine(new InterfaceAddress(host, length), sub.IsDefined)).End();

    // An outgoing interface: letters (and dashes) then a number path, e.g. GigabitEthernet0/0/1,
    // Vlanif10, NULL0, Eth-Trunk1, GE1/0/0.100. Keywords such as "public" have no digits.
    private static readonly Parser<string> InterfaceName = Word.Where(LooksLikeInterface).Named("an interface name");

    internal static bool LooksLikeInterface(string word)
    {
        var i = 0;
        while (i < word.Length && (char.IsAsciiLetter(word[i]) || (i > 0 && word[i] == '-')))
        {
            i++;
        }

        if (i == 0 || i == word.Length || !char.IsAsciiDigit(word[i]))
        {
            return false;
        }

        for (; i < word.Length; i++)
        {
            if (!char.IsAsciiDigit(word[i]) && word[i] is not ('/' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Parser<(string? Interface, Ipv4Address? NextHop)> RouteTarget =
        Address.Select(a => ((string?)null, (Ipv4Address?)a))
            .Or(from name in InterfaceName
                from hop in Address.Optional()
                select ((string?)name, hop.IsDefined ? hop.Get() : (Ipv4Address?)null));

    // Options that do not change where the route points: its preference among routes, a tag for
    // route policies, its text, and whether it stays when the interface goes down.
    private static readonly Parser<string> RouteOption =
        Word.Then(word => word.ToLowerInvariant() switch
        {
            "preference" => Number(1, 255).Return(word),
            "tag" => Number(1, 999_999_999).Return(word),
            "description" => Rest.Return(word),
            "permanent" or "no-advertise" or "inherit-cost" => Parse.Return(word),
            _ => Fail<string>("a route option (preference, tag, description)"),
        });

    /// <summary><c>ip route-static A M|LEN NEXTHOP|IFNAME [NEXTHOP] [preference N] [tag N] [description TEXT]</c>.</summary>
    public static readonly Parser<RouteLine> RouteStatic =
        (from ip in Keyword("ip")
         from route in Keyword("route-static")
         from network in Address
         from length in MaskOrLength
         from target in RouteTarget
         from options in RouteOption.Many()
         select new RouteLine(Ipv4Prefix.Containing(network, length), target.Interface, target.NextHop)).End();
}
