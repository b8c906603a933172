using GovNet.NetCode.Model;
using Sprache;
using static GovNet.NetCode.Dialects.CiscoIos.IosTokens;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Static routes: <c>ip route A M NEXTHOP|IFNAME [NEXTHOP] [DIST] [tag N] [name X] [permanent|track N]</c>
/// and <c>ip default-gateway A</c>. A prefix with host bits set is refused (IOS rejects it as an
/// inconsistent address and mask), as are VRF routes, DHCP next hops and anything else the facts
/// cannot hold.
/// </summary>
internal static class IosRouteGrammar
{
    // An interface name starts with a letter and ends with a digit (Null0, GigabitEthernet0/0.10),
    // which also keeps it apart from every keyword of the command.
    private static readonly Parser<string> InterfaceName =
        Word.Where(w => char.IsAsciiLetter(w[0]) && char.IsAsciiDigit(w[^1])).Named("an interface");

    private static readonly Parser<IosRouteTarget> Target =
        Ipv4.Select(hop => new IosRouteTarget(hop, null))
            .Or(from name in InterfaceName
                from hop in Ipv4.Optional()
                select new IosRouteTarget(hop.IsDefined ? hop.Get() : null, name));

    private static readonly Parser<string> Option =
        Number(1, 255).Select(_ => "distance")
            .Or(Keyword("tag").Then(_ => Number(0, int.MaxValue)).Select(_ => "tag"))
            .Or(Keyword("name").Then(_ => Word))
            .Or(Keyword("permanent"))
            .Or(Keyword("track").Then(_ => Number(1, 1000)).Select(_ => "track"));

    public static readonly Parser<IosRoute> IpRoute =
        from keyword in Phrase("ip route")
        from network in Ipv4
        from length in Mask
        where (network.Value & ~Ipv4Prefix.MaskOf(length)) == 0
        from target in Target
        from options in Option.Many()
        select new IosRoute(new Ipv4Prefix(network, length), target.NextHop, target.Interface);

    public static readonly Parser<IosRoute> DefaultGateway =
        from keyword in Phrase("ip default-gateway")
        from hop in Ipv4
        select new IosRoute(Ipv4Prefix.Any, hop, null);
}

internal sealed record IosRouteTarget(Ipv4Address? NextHop, string? Interface);

internal sealed record IosRoute(Ipv4Prefix Prefix, Ipv4Address? NextHop, string? Interface);
