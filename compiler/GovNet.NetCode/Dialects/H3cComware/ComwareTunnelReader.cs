using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.RoutingWords;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// Tunnels: a tunnel interface carries what is routed into it to its far end, and an IPsec policy
/// applied to a port carries what its ACL matches to the IKE peer. The verifier follows neither, so
/// each is recorded as forwarding it does not prove (<see cref="UnprovenKind.Tunnel"/>); the tunnel's
/// own settings (ends, key, encapsulation, keepalives) only say how it is carried, and are understood.
/// </summary>
internal static class ComwareTunnelReader
{
    /// <summary>Settings of a tunnel interface that say how, not what, it carries.</summary>
    private static readonly CommandTable Settings = new(
        "gre key", "gre checksum", "tunnel-protocol", "keepalive", "tunnel dfbit", "tunnel discard", "tunnel tos", "tunnel ttl",
        "tunnel bandwidth", "tunnel vpn-instance");

    private static readonly CommandTable AppliedIpsec = new("ipsec policy", "ipsec apply policy", "tunnel protection ipsec");

    public static bool IsTunnel(string interfaceName) => interfaceName.StartsWith("Tunnel", StringComparison.OrdinalIgnoreCase);

    /// <summary>A tunnel interface's header: the tunnel itself is the finding, whatever its lines say.</summary>
    public static void Header(ConfigNode node, FactsBuilder facts) => facts.Unproven(node, FactsBuilder.GlobalSection, UnprovenKind.Tunnel);

    /// <summary>One interface line; false when it is neither an applied IPsec policy nor a setting of a tunnel interface.</summary>
    public static bool Line(string interfaceName, ConfigNode node, FactsBuilder facts, string section)
    {
        var words = Split(node.Text);
        if (words.Length >= 3 && AppliedIpsec.Matches(words) && !Is(words[0], "undo"))
        {
            facts.Unproven(node, section, UnprovenKind.Tunnel);
            return true;
        }

        if (!IsTunnel(interfaceName) || words.Length == 0)
        {
            return false;
        }

        // source ADDRESS|INTERFACE · destination [vpn-instance V] ADDRESS: the ends, which the header's finding already covers.
        return words switch
        {
            ["source", var end] => Address(end) is not null || char.IsAsciiLetter(end[0]),
            ["destination", var end] => Address(end) is not null,
            ["destination", "vpn-instance", _, var end] => Address(end) is not null,
            _ => Settings.Matches(words),
        };
    }
}
