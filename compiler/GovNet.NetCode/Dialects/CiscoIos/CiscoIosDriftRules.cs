using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// What drift must not count in an IOS config: "!" comments (last change / NVRAM update times), the
/// show-run preamble, the NTP clock's own correction and SNMPv3 users (IOS keeps them out of its
/// running config, so a compiled one would always be missing); and how ACL entries are spelled for comparison.
/// </summary>
public sealed partial class CiscoIosDialect
{
    [GeneratedRegex(@"^(!.*|Building configuration\.\.\.|Current configuration ?: ?\d+ bytes|ntp clock-period \d+|snmp-server user .*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolatileLineRegex();

    // ip access-list extended NAME, ipv6 access-list NAME, mac access-list extended NAME: entries are matched first to last.
    [GeneratedRegex(@"^(ip|ipv6|mac) access-list\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedSectionRegex();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TcpPorts = IosNames.TcpPorts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UdpPorts = IosNames.UdpPorts.GetAlternateLookup<ReadOnlySpan<char>>();

    protected override Regex VolatileLine => VolatileLineRegex();

    protected override Regex OrderedSection => OrderedSectionRegex();

    // Classic IOS prints named-ACL entries without their sequence numbers, IOS XE with them: the
    // order of the entries is what counts, and the ordered comparison keeps it. Well-known ports
    // are printed by name (eq www), per protocol.
    protected override string Spelling(string line)
    {
        var unnumbered = WithoutSequenceNumber(line);
        return AclSpelling.Canonical(unnumbered, 2, IosNames.Protocols, PortNumber);
    }

    private static int? PortNumber(ReadOnlySpan<char> protocol, ReadOnlySpan<char> name) =>
        protocol is "tcp" ? Find(TcpPorts, name) : protocol is "udp" ? Find(UdpPorts, name) : null;

    private static int? Find(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ports, ReadOnlySpan<char> name) =>
        ports.TryGetValue(name, out var port) ? port : null;

    /// <summary>The line without a leading "N " before permit, deny, remark or evaluate (N any decimal digits, as a regex's \d).</summary>
    private static string WithoutSequenceNumber(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits >= line.Length || line[digits] != ' ')
        {
            return line;
        }

        var rest = line.AsSpan(digits + 1);
        return rest.StartsWith("permit ", StringComparison.Ordinal) || rest.StartsWith("deny ", StringComparison.Ordinal)
            || rest.StartsWith("remark ", StringComparison.Ordinal) || rest.StartsWith("evaluate ", StringComparison.Ordinal)
            ? line[(digits + 1)..]
            : line;
    }
}
