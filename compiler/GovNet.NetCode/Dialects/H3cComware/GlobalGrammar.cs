using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.H3cComware.ComwareTokens;

namespace GovNet.NetCode.Dialects.H3cComware;

internal sealed record RouteLine(Ipv4Prefix Prefix, Ipv4Address? NextHop, string? Interface);

internal sealed record ServerLine(ManagementKind Kind, Ipv4Address Address);

internal sealed record TextLine(string Text);

internal sealed record VlanHead(IReadOnlyList<(int From, int To)> Vlans);

/// <summary>Sprache grammars for top-level commands: sysname, interface and VLAN headers, static routes, management servers.</summary>
internal static class GlobalGrammar
{
    public static readonly Parser<TextLine> Sysname =
        from sysname in Keyword("sysname")
        from name in Rest
        where name.Length > 0
        select new TextLine(name);

    /// <summary><c>interface GigabitEthernet1/0/1</c>; a name typed with a space (<c>Tunnel 0</c>) is joined as Comware shows it.</summary>
    public static readonly Parser<TextLine> InterfaceHead =
        from keyword in Keyword("interface")
        from name in Rest
        where name.Length > 0
        select new TextLine(string.Concat(name.Where(c => !char.IsWhiteSpace(c))));

    public static readonly Parser<VlanHead> VlanHeader =
        from vlan in Keyword("vlan")
        from vlans in Keyword("all").Return((IReadOnlyList<(int From, int To)>)[(1, 4094)]).Or(VlanList)
        select new VlanHead(vlans);

    public static readonly Parser<TextLine> VlanName = Keyword("name").Then(_ => Rest).Select(text => new TextLine(text));

    public static readonly Parser<TextLine> VlanDescription = Keyword("description").Then(_ => Rest).Select(text => new TextLine(text));

    private static readonly string[] RouteKeywords =
        ["permanent", "track", "preference", "tag", "description", "bfd", "detect-group", "vpn-instance", "recursive-lookup", "public"];

    // An interface as a route names it: GigabitEthernet1/0/1, NULL0, Vlan-interface10, or "Tunnel 0" typed with a space.
    private static bool IsInterfaceType(string word) =>
        char.IsAsciiLetter(word[0]) && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or ':' or '.') &&
        !RouteKeywords.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static bool IsInterfaceNumber(string word) =>
        char.IsAsciiDigit(word[0]) && word.All(c => char.IsAsciiDigit(c) || c is '/' or ':' or '.');

    private static readonly Parser<string> RouteInterface =
        Word.Where(IsInterfaceType).Then(type => type.Any(char.IsAsciiDigit)
            ? Parse.Return(type)
            : Word.Where(IsInterfaceNumber).Select(number => type + number));

    private static readonly Parser<string> RouteOption =
        Keyword("permanent")
        .Or(Keyword("track").Then(_ => Word))
        .Or(Keyword("preference").Then(_ => Word))
        .Or(Keyword("tag").Then(_ => Word))
        .Or(Keyword("detect-group").Then(_ => Word))
        .Or(Keyword("recursive-lookup"))
        .Or(from bfd in Keyword("bfd")
            from kind in Keyword("control-packet").Or(Keyword("echo-packet"))
            from source in Keyword("bfd-source").Or(Keyword("source-ip")).Then(_ => Address).Optional()
            select kind);

    /// <summary>
    /// <c>ip route-static A MASK|LEN [IFNAME] [NEXTHOP] [permanent|track N] [preference N] [tag N] [description TEXT]</c>.
    /// A route into or out of a VPN instance does not fit: the facts hold the public routing table only.
    /// </summary>
    public static readonly Parser<RouteLine> StaticRoute =
        from ip in Keyword("ip")
        from routeStatic in Keyword("route-static")
        from network in Address
        from length in MaskOrLength
        from target in
            (from name in RouteInterface from hop in Address.Optional() select (Hop: hop.IsDefined ? hop.Get() : (Ipv4Address?)null, Interface: (string?)name))
            .Or(Address.Select(hop => (Hop: (Ipv4Address?)hop, Interface: (string?)null)))
        from options in RouteOption.Many()
        from description in Keyword("description").Then(_ => Rest).Optional()
        select new RouteLine(Ipv4Prefix.Containing(network, length), target.Hop, target.Interface);

    private static Parser<ServerLine> Server(ManagementKind kind, Parser<string> lead) =>
        from words in lead
        from address in Address
        from rest in Ignored
        select new ServerLine(kind, address);

    public static readonly Parser<ServerLine> NtpServer =
        Server(ManagementKind.Ntp, Keyword("ntp-service").Then(_ => Keyword("unicast-server").Or(Keyword("unicast-peer"))));

    public static readonly Parser<ServerLine> LogHost =
        Server(ManagementKind.Syslog, Keyword("info-center").Then(_ => Keyword("loghost")).Then(_ => Keyword("vpn-instance").Then(_ => Word).Optional()).Select(_ => ""));

    public static readonly Parser<ServerLine> DnsServer =
        Server(ManagementKind.Dns, Keyword("dns").Then(_ => Keyword("server")));

    public static readonly Parser<ServerLine> SnmpTarget =
        Server(ManagementKind.Snmp,
            from agent in Keyword("snmp-agent")
            from target in Keyword("target-host")
            from kind in Keyword("trap").Or(Keyword("inform"))
            from address in Keyword("address")
            from domain in Keyword("udp-domain")
            select domain);

    /// <summary><c>primary|secondary authentication|authorization|accounting A …</c> inside a hwtacacs or radius scheme.</summary>
    public static readonly Parser<ServerLine> AaaServer =
        Server(ManagementKind.Aaa,
            from role in Keyword("primary").Or(Keyword("secondary"))
            from service in Keyword("authentication").Or(Keyword("authorization")).Or(Keyword("accounting"))
            select service);
}
