using System.Globalization;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// The NAT statements VRP and Comware share, word by word (both spell <c>nat outbound</c>,
/// <c>nat server</c>, <c>nat static</c> and <c>nat address-group</c> alike). Each reader returns a
/// fact only for the exact form it knows; any other option (a VPN instance, an address range, a
/// netmask, a named pool) returns null, and the dialect reports the line as affecting forwarding.
/// </summary>
internal static class NatStatements
{
    /// <summary>An interface NAT line: outbound, server, static or <c>nat static enable</c> (where top-level static mappings apply); null when it is another form.</summary>
    public static NatFact? InterfaceLine(string text, string port, int line)
    {
        var words = Words(text);
        if (words.Length < 2 || !Is(words[0], "nat"))
        {
            return null;
        }

        return words[1].ToLowerInvariant() switch
        {
            "outbound" => Outbound(words, port, line),
            "server" => Mapping(words, port, line, NatKind.Server),
            "static" when words is [_, _, var enable] && Is(enable, "enable") => new NatFact(NatKind.Outside, port, line),
            "static" => Mapping(words, port, line, NatKind.Static),
            _ => null,
        };
    }

    /// <summary>
    /// A top-level static mapping, applied where an interface says <c>nat static enable</c>
    /// (<see cref="NatKind.Outside"/>): VRP <c>nat static global G inside I</c> and its protocol form,
    /// Comware <c>nat static outbound I G</c>.
    /// </summary>
    public static NatFact? GlobalStatic(string text, int line)
    {
        var words = Words(text);
        if (words is [var nat, var kind, var outbound, var local, var global] && Is(nat, "nat") && Is(kind, "static") && Is(outbound, "outbound") &&
            Ipv4Address.TryParse(local, out var inside) && Ipv4Address.TryParse(global, out var outside))
        {
            return new NatFact(NatKind.Static, null, line) { Global = outside, Inside = inside };
        }

        return words.Length > 2 && Is(words[0], "nat") && Is(words[1], "static") && !Is(words[2], "enable") ? Mapping(words, null, line, NatKind.Static) : null;
    }

    /// <summary><c>nat address-group N START END</c> (the one-line form; a section form with <c>section</c>/<c>address</c> lines is read by the dialect).</summary>
    public static NatFact? Pool(string text, int line) =>
        Words(text) is [var nat, var group, var name, var start, var end] && Is(nat, "nat") && Is(group, "address-group") &&
        Ipv4Address.TryParse(start, out var from) && Ipv4Address.TryParse(end, out var to) && from.Value <= to.Value
            ? new NatFact(NatKind.Pool, null, line) { Pool = name, Global = from, GlobalEnd = to }
            : null;

    /// <summary><c>nat outbound [ACL] [address-group N] [no-pat]</c>; without an ACL every source is translated.</summary>
    private static NatFact? Outbound(string[] words, string port, int line)
    {
        var rest = words.Length > 2 && Is(words[^1], "no-pat") ? words[2..^1] : words[2..];
        return rest switch
        {
            [] => new NatFact(NatKind.Outbound, port, line),
            [var group, var pool] when Is(group, "address-group") => new NatFact(NatKind.Outbound, port, line) { Pool = pool },
            [var acl] when IsNumber(acl) => new NatFact(NatKind.Outbound, port, line) { Acl = acl },
            [var acl, var group, var pool] when IsNumber(acl) && Is(group, "address-group") => new NatFact(NatKind.Outbound, port, line) { Acl = acl, Pool = pool },
            _ => null,
        };
    }

    /// <summary>
    /// <c>nat server|static global G inside I</c> (every protocol and port), and
    /// <c>nat server|static protocol P global G|current-interface PORT inside I PORT [no-reverse]</c>.
    /// </summary>
    private static NatFact? Mapping(string[] words, string? port, int line, NatKind kind)
    {
        var rest = words.Length > 2 && Is(words[^1], "no-reverse") ? words[2..^1] : words[2..];
        switch (rest)
        {
            case [var g, var global, var i, var inside] when Is(g, "global") && Is(i, "inside"):
                return Global(global, out var any) && Ipv4Address.TryParse(inside, out var to)
                    ? new NatFact(NatKind.Static, port, line) { Global = any, Inside = to }
                    : null;
            case [var p, var protocol, var g, var global, var globalPort, var i, var inside, var insidePort]
                when Is(p, "protocol") && Is(g, "global") && Is(i, "inside"):
                if (ProtocolNumber(protocol) is not { } number || !Global(global, out var address) || !Ipv4Address.TryParse(inside, out var host) ||
                    !PortOf(globalPort, out var outer) || !PortOf(insidePort, out var inner) || (outer is null) != (inner is null))
                {
                    return null;
                }

                return new NatFact(kind == NatKind.Static ? NatKind.Server : kind, port, line)
                {
                    Global = address, Inside = host, Protocol = number, GlobalPorts = outer, InsidePorts = inner,
                };
            default:
                return null;
        }
    }

    /// <summary>A global address, or <c>current-interface</c> (the interface's own address: null).</summary>
    private static bool Global(string word, out Ipv4Address? address)
    {
        address = null;
        if (Is(word, "current-interface"))
        {
            return true;
        }

        if (Ipv4Address.TryParse(word, out var parsed))
        {
            address = parsed;
            return true;
        }

        return false;
    }

    private static int? ProtocolNumber(string word) => word.ToLowerInvariant() switch
    {
        "tcp" => NatFact.Tcp,
        "udp" => NatFact.Udp,
        _ when IsNumber(word) && int.Parse(word, CultureInfo.InvariantCulture) is >= 1 and <= 255 and var n => n,
        _ => null,
    };

    /// <summary>A port number, <c>any</c> (null: every port) or one of the few well-known names the command line offers.</summary>
    private static bool PortOf(string word, out PortRange? range)
    {
        int? number = word.ToLowerInvariant() switch
        {
            "any" => null,
            "www" or "http" => 80,
            "ftp" => 21,
            "smtp" => 25,
            "telnet" => 23,
            "pop3" => 110,
            "domain" => 53,
            _ when IsNumber(word) && int.Parse(word, CultureInfo.InvariantCulture) is >= 0 and <= 65535 and var n => n,
            _ => -1,
        };
        range = number is { } port ? new PortRange(port, port) : null;
        return number != -1;
    }

    private static bool IsNumber(string word) => word.Length is > 0 and <= 5 && word.All(char.IsAsciiDigit);

    private static bool Is(string word, string keyword) => word.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private static string[] Words(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
