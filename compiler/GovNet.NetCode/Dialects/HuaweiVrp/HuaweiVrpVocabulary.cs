using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>The VRP words the rest of the tool needs without knowing VRP: how a config is recognised, how a command is negated, how an ACL is bound.</summary>
public sealed partial class HuaweiVrpDialect
{
    // Commands and names only VRP writes (Comware shares sysname, undo, return and "#").
    [GeneratedRegex(@"^(interface (Vlanif|Eth-Trunk|MEth|XGigabitEthernet|10GE|MultiGE)\S*|vlan batch\b|port (default vlan|trunk allow-pass|link-type)\b|traffic-filter (inbound|outbound)\b|(radius-server|hwtacacs-server) template\b|authentication-scheme\b|stp region-configuration|eth-trunk \d|aaa$|local-user \S+ password irreversible-cipher)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkRegex();

    protected override Regex Mark => MarkRegex();

    public override string Negation => "undo";

    [GeneratedRegex(@"^(?:traffic-filter|ipv6 traffic-filter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBindingRegex();

    protected override Regex AclBinding => AclBindingRegex();
}
