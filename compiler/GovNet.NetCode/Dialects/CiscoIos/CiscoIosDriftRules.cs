using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>What drift must not count in an IOS config: "!" comments (last change / NVRAM update times), the show-run preamble and the NTP clock's own correction.</summary>
public sealed partial class CiscoIosDialect
{
    [GeneratedRegex(@"^(!.*|Building configuration\.\.\.|Current configuration ?: ?\d+ bytes|ntp clock-period \d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolatileLineRegex();

    // ip access-list extended NAME, ipv6 access-list NAME, mac access-list extended NAME: entries are matched first to last.
    [GeneratedRegex(@"^(ip|ipv6|mac) access-list\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedSectionRegex();

    protected override Regex VolatileLine => VolatileLineRegex();

    protected override Regex OrderedSection => OrderedSectionRegex();
}
