using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Forwarding over paths the cabling does not show, understood and recorded as not proven (NC9008):
/// Ethernet service instances (<c>service instance N ethernet</c> joining a port to a bridge domain),
/// tunnel interfaces (<c>tunnel source|destination|mode|protection …</c>), IPsec crypto maps (the map
/// entries and the interfaces they are applied to) and IP source routing. A controller's WLAN
/// (<c>wlan NAME ID SSID</c>) lets wireless clients in through a policy profile the facts do not
/// hold: its header stays unparsed forwarding, while its security lines, which only narrow who may
/// join, are understood.
/// </summary>
/// <remarks>
/// A tunnel or crypto map carries packets to a far endpoint across whatever the underlay routes, so
/// the device's tunnel subnet and the subnets the map protects meet whoever terminates that
/// endpoint, inventoried or not, in any plane. Reading a tunnel as an exit towards its destination
/// would still leave the far side's own networks unknown; each one therefore stays an open finding
/// rather than a path the verifier claims to know.
/// </remarks>
internal static class IosOverlayReader
{
    /// <summary>Lines inside a service instance: how frames are matched, tagged and bridged (the instance itself is the finding).</summary>
    private static readonly string[] ServiceLines =
    [
        "encapsulation", "bridge-domain", "rewrite", "description", "l2protocol", "service-policy", "xconnect", "mac",
        "shutdown", "no shutdown", "snmp", "ethernet", "cfm", "storm-control", "group", "mtu",
    ];

    /// <summary>Lines inside a crypto map entry: its peer, transforms, profiles and the ACL of the traffic it protects.</summary>
    private static readonly string[] CryptoMapLines =
    [
        "set", "match address", "description", "reverse-route", "qos", "no set",
    ];

    /// <summary>Lines inside a WLAN that only decide who may join it or whether it is up.</summary>
    private static readonly string[] WlanLines = ["security", "no security", "shutdown", "no shutdown", "description"];

    /// <summary>Rows for the IOS section table.</summary>
    public static readonly (string Header, SectionReader<IosFactsBuilder> Reader)[] Rows =
    [
        ("crypto map", CryptoMap),
        ("crypto dynamic-map", CryptoMap),
        ("ip source-route", SourceRoute),
        ("wlan", Wlan),
    ];

    /// <summary>A <c>service instance</c> block inside an interface, read whole; false when the line is none.</summary>
    public static bool ServiceInstance(ConfigNode line, IosFactsBuilder facts, string section)
    {
        if (!SectionTable<IosFactsBuilder>.Starts(line.Text, "service instance", StringComparison.Ordinal))
        {
            return false;
        }

        facts.Unproven(line, section, UnprovenKind.EthernetService);
        Known(line, facts, section, ServiceLines);
        return true;
    }

    /// <summary>A tunnel or crypto map line of an interface; the first tunnel line of an interface is its finding.</summary>
    public static bool InterfaceLine(IosInterfaceState state, ConfigNode line, IosFactsBuilder facts, string section)
    {
        if (SectionTable<IosFactsBuilder>.Starts(line.Text, "crypto map", StringComparison.Ordinal))
        {
            facts.Unproven(line, section, UnprovenKind.Tunnel);
            return true;
        }

        if (!line.Text.StartsWith("tunnel ", StringComparison.Ordinal))
        {
            return false;
        }

        if (!state.Tunnel)
        {
            state.Tunnel = true;
            facts.Unproven(line, section, UnprovenKind.Tunnel);
        }

        return true;
    }

    /// <summary>
    /// <c>crypto map NAME SEQ ipsec-isakmp</c> (or a dynamic map entry) with its lines; the one-line
    /// settings of a whole map (<c>crypto map NAME local-address IF</c>) add no path of their own.
    /// </summary>
    private static bool CryptoMap(ConfigNode node, IosFactsBuilder facts)
    {
        var words = node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 4 && IosTokens.IsDigits(words[3]))
        {
            facts.Unproven(node, IosFactsBuilder.GlobalSection, UnprovenKind.Tunnel);
            Known(node, facts, node.Text, CryptoMapLines);
            return true;
        }

        if (words.Length >= 4 && node.Children.IsEmpty && words[3] is "local-address" or "isakmp-profile" or "isakmp" or "redundancy")
        {
            return true;
        }

        return false;
    }

    private static bool Wlan(ConfigNode node, IosFactsBuilder facts)
    {
        facts.Unread(node, IosFactsBuilder.GlobalSection, affectsForwarding: true);
        Known(node, facts, node.Text, WlanLines);
        return true;
    }

    private static bool SourceRoute(ConfigNode node, IosFactsBuilder facts)
    {
        if (node.Text != "ip source-route")
        {
            return false;
        }

        facts.Unproven(node, IosFactsBuilder.GlobalSection, UnprovenKind.SourceRoute);
        return true;
    }

    /// <summary>Understands the lines under <paramref name="block"/> that start with one of <paramref name="known"/>; reports the rest as forwarding.</summary>
    private static void Known(ConfigNode block, IosFactsBuilder facts, string section, string[] known)
    {
        foreach (var child in block.Children)
        {
            if (!known.Any(k => SectionTable<IosFactsBuilder>.Starts(child.Text, k, StringComparison.Ordinal)) &&
                !child.Text.StartsWith("description:", StringComparison.Ordinal))
            {
                facts.Unread(child, section, affectsForwarding: true);
            }

            facts.UnreadChildren(child, section, affectsForwarding: true);
        }
    }
}
