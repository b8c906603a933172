using System.Globalization;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// Word-level helpers the routing readers of every dialect share: prefixes written as address and
/// mask, wildcard, length or class, protocol names, and matching a line against a list of known starts.
/// </summary>
internal static class RoutingWords
{
    public static string[] Split(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public static bool Is(string word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the words start with one of the entries (each a blank-separated word sequence), without case.</summary>
    public static bool StartsAny(string[] words, IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var parts = entry.Split(' ');
            if (words.Length >= parts.Length && parts.Select((p, i) => Is(p, words[i])).All(b => b))
            {
                return true;
            }
        }

        return false;
    }

    public static Ipv4Address? Address(string word) => Ipv4Address.TryParse(word, out var address) ? address : null;

    /// <summary>
    /// A prefix from an address and what follows it: a mask (255.255.255.0), a wildcard (0.0.0.255),
    /// or a length (24); with nothing after it, the address's class (RIP and classful <c>network</c>).
    /// A wildcard that is not contiguous is widened to the shortest prefix that covers it, which can only enable more.
    /// </summary>
    public static Ipv4Prefix? Prefix(string address, string? shape)
    {
        if (Address(address) is not { } network)
        {
            return null;
        }

        if (shape is null)
        {
            return Ipv4Prefix.Containing(network, network.Value switch { < 0x80000000 => 8, < 0xC0000000 => 16, _ => 24 });
        }

        if (int.TryParse(shape, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length <= 32)
        {
            return Ipv4Prefix.Containing(network, length);
        }

        if (Address(shape) is not { } bits)
        {
            return null;
        }

        // A mask starts with a one bit, a wildcard with a zero bit (0.0.0.0 is a host wildcard, the all-zero mask is /0).
        var mask = bits.Value == 0 || (bits.Value & 0x80000000) == 0 ? ~bits.Value : bits.Value;
        return Ipv4Prefix.Containing(network, System.Numerics.BitOperations.LeadingZeroCount(~mask));
    }

    /// <summary>A routing protocol by the name imports and redistributions give it; null for one the facts do not model.</summary>
    public static RoutingProtocol? Protocol(string word) => word.ToLowerInvariant() switch
    {
        "ospf" => RoutingProtocol.Ospf,
        "isis" => RoutingProtocol.Isis,
        "rip" => RoutingProtocol.Rip,
        "bgp" => RoutingProtocol.Bgp,
        _ => null,
    };

    /// <summary>
    /// An import or redistribution (<c>import-route static</c>, <c>redistribute ospf 1</c>): the kind,
    /// or false for a source the facts cannot hold (another protocol such as EIGRP, unknown words).
    /// </summary>
    public static bool Import(RoutingFactsBuilder.ProcessBuilder process, string source, int line)
    {
        switch (source.ToLowerInvariant())
        {
            case "static":
                process.Import(ImportKind.Static, null, line);
                return true;
            case "direct" or "connected":
                process.Import(ImportKind.Connected, null, line);
                return true;
        }

        if (Protocol(source) is { } from)
        {
            process.Import(ImportKind.Protocol, from, line);
            return true;
        }

        return false;
    }
}
