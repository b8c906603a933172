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

    protected override Regex VolatileLine => VolatileLineRegex();

    protected override Regex OrderedSection => OrderedSectionRegex();

    // Classic IOS prints named-ACL entries without their sequence numbers, IOS XE with them: the
    // order of the entries is what counts, and the ordered comparison keeps it. Well-known ports
    // are printed by name (eq www), per protocol.
    protected override string Spelling(string line)
    {
        var unnumbered = SequenceNumberRegex().Replace(line, string.Empty);
        return AclSpelling.Canonical(unnumbered, 2, IosNames.Protocols, (protocol, name) =>
            (protocol switch { "tcp" => IosNames.TcpPorts, "udp" => IosNames.UdpPorts, _ => null }) is { } ports && ports.TryGetValue(name, out var port) ? port : null);
    }

    [GeneratedRegex(@"^\d+ (?=(permit|deny|remark|evaluate) )", RegexOptions.CultureInvariant)]
    private static partial Regex SequenceNumberRegex();
}
