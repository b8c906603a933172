using System.Globalization;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// IOS NAT into facts: <c>ip nat inside|outside</c> on interfaces; at the top level
/// <c>ip nat pool NAME START END netmask M|prefix-length N</c> and <c>ip nat inside source</c> with
/// <c>list ACL interface IF|pool NAME [overload]</c>, <c>static A B</c> and
/// <c>static tcp|udp A PORT B PORT</c>, each with or without <c>vrf NAME</c>; these apply at every <c>ip nat outside</c> interface. Any other
/// NAT form (route maps, <c>ip nat outside source</c>, <c>inside destination</c>, networks) is
/// reported as affecting forwarding.
/// </summary>
internal static class IosNatReader
{
    /// <summary>Commands that only tune translations the facts already hold.</summary>
    private static readonly string[] Tuning = ["ip nat translation", "ip nat log", "no ip nat service", "ip nat service"];

    public static bool Global(ConfigNode node, IosFactsBuilder facts)
    {
        var words = node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (node.Children.IsEmpty && (Pool(words, node.Line) ?? InsideSource(words, node.Line)) is { } fact)
        {
            facts.Nat(fact);
        }
        else if (!(node.Children.IsEmpty && Tuning.Any(t => SectionTable<IosFactsBuilder>.Starts(node.Text, t, StringComparison.Ordinal))))
        {
            facts.UnreadTree(node, IosFactsBuilder.GlobalSection, affectsForwarding: true);
        }

        return true;
    }

    /// <summary><c>ip nat inside</c> / <c>ip nat outside</c> in an interface.</summary>
    public static bool InterfaceLine(ConfigNode line, IosFactsBuilder facts, string port)
    {
        var kind = line.Text switch
        {
            "ip nat inside" => NatKind.Inside,
            "ip nat outside" => NatKind.Outside,
            _ => (NatKind?)null,
        };
        if (kind is not { } known)
        {
            return false;
        }

        facts.Nat(new NatFact(known, port, line.Line));
        return true;
    }

    private static NatFact? Pool(string[] words, int line)
    {
        if (words is not ["ip", "nat", "pool", var name, var start, var end, var kind, var mask] ||
            !Ipv4Address.TryParse(start, out var from) || !Ipv4Address.TryParse(end, out var to) || from.Value > to.Value)
        {
            return null;
        }

        var masked = kind switch
        {
            "netmask" => Ipv4Address.TryParse(mask, out _),
            "prefix-length" => int.TryParse(mask, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length <= 32,
            _ => false,
        };
        return masked ? new NatFact(NatKind.Pool, null, line) { Pool = name, Global = from, GlobalEnd = to } : null;
    }

    private static NatFact? InsideSource(string[] words, int line)
    {
        if (words is not ["ip", "nat", "inside", "source", .. var rest])
        {
            return null;
        }

        // "overload" and "extendable" change how addresses are shared, not which are translated.
        rest = rest is [.. var head, "overload" or "extendable"] ? head : rest;

        // A VRF only says which inside interfaces the translation serves; read for all of them, it can only add paths.
        rest = rest is [.. var inVrf, "vrf", _] ? inVrf : rest;
        switch (rest)
        {
            case ["list", var acl, "interface", _]:
                return new NatFact(NatKind.Outbound, null, line) { Acl = acl };
            case ["list", var acl, "pool", var pool]:
                return new NatFact(NatKind.Outbound, null, line) { Acl = acl, Pool = pool };
            case ["static", var local, var global] when Ipv4Address.TryParse(local, out var inside) && Ipv4Address.TryParse(global, out var outside):
                return new NatFact(NatKind.Static, null, line) { Inside = inside, Global = outside };
            case ["static", "tcp" or "udp", var local, var localPort, var global, var globalPort]
                when Ipv4Address.TryParse(local, out var inside) && Ipv4Address.TryParse(global, out var outside) &&
                     Port(localPort) is { } inner && Port(globalPort) is { } outer:
                return new NatFact(NatKind.Server, null, line)
                {
                    Inside = inside, Global = outside, Protocol = rest[1] == "tcp" ? NatFact.Tcp : NatFact.Udp,
                    InsidePorts = new PortRange(inner, inner), GlobalPorts = new PortRange(outer, outer),
                };
            default:
                return null;
        }
    }

    private static int? Port(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535 ? port : null;
}
