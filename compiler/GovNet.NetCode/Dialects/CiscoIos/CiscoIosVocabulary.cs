using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>The IOS words the rest of the tool needs without knowing IOS: how a config is recognised, how a command is negated, how an ACL is bound.</summary>
public sealed partial class CiscoIosDialect
{
    // Commands only IOS writes: its hostname and end, "no" negations, switchport, ip access-list sections.
    [GeneratedRegex(@"^(hostname \S+$|end$|no (shutdown|ip \S+|service \S+|switchport)\b|switchport\b|ip access-list (standard|extended)\b|interface (FastEthernet|Port-channel|Vlan)\d|router (ospf|eigrp|bgp|rip)\b|line (con|vty) \d|version \d+\.\d+$|service (timestamps|password-encryption)\b|ip routing$)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkRegex();

    protected override Regex Mark => MarkRegex();

    public override string Negation => "no";

    [GeneratedRegex(@"^(?:ip access-group|ipv6 traffic-filter|access-class)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBindingRegex();

    protected override Regex AclBinding => AclBindingRegex();
}
