using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>The Comware words the rest of the tool needs without knowing Comware: how a config is recognised, how a command is negated, how an ACL is bound.</summary>
public sealed partial class H3cComwareDialect
{
    // Commands and names only Comware writes (VRP shares sysname, undo, return and "#").
    [GeneratedRegex(@"^(interface (Vlan-interface|Bridge-Aggregation|Route-Aggregation|Ten-GigabitEthernet|FortyGigE|M-GigabitEthernet)\S*|port (access vlan|trunk permit vlan)\b|port link-aggregation group\b|packet-filter (\d|name)|irf (member|mac-address|domain)\b|domain system$|(radius|hwtacacs) scheme\b|dhcp server ip-pool\b|acl (advanced|basic) (name|\d)|local-user \S+ class (manage|network)|line class\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkRegex();

    protected override Regex Mark => MarkRegex();

    public override string Negation => "undo";

    [GeneratedRegex(@"^packet-filter\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBindingRegex();

    protected override Regex AclBinding => AclBindingRegex();
}
