using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>The Comware words the rest of the tool needs without knowing Comware: how a config is recognised, how a command is negated, how an ACL is bound, which secrets it writes.</summary>
public sealed partial class H3cComwareDialect
{
    // Commands and names only Comware writes (VRP shares sysname, undo, return and "#").
    [GeneratedRegex(@"^(interface (Vlan-interface|Bridge-Aggregation|Route-Aggregation|Ten-GigabitEthernet|FortyGigE|M-GigabitEthernet)\S*|port (access vlan|trunk permit vlan)\b|port link-aggregation group\b|packet-filter (\d|name)|irf (member|mac-address|domain)\b|domain system$|(radius|hwtacacs) scheme\b|dhcp server ip-pool\b|acl (advanced|basic) (name|\d)|local-user \S+ class (manage|network)|line class\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkRegex();

    protected override Regex Mark => MarkRegex();

    public override string SecretPattern => @"(?<wrap>%\^%#|%@%#|%\$%\$|@%@%).*?(?:\k<wrap>|$)|\$[a-z0-9]{1,2}\$\S+";

    public override IReadOnlyList<string> SecretHints => ["$", "%", "@"];

    public override IReadOnlyList<(string Line, string Secret)> SecretSamples { get; } =
    [
        (" password hash $h$6$Zm9vYmFy$abc==", "Zm9vYmFy"),
        (" key authentication cipher $c$3$Zx9Qw==", "Zx9Qw"),
        ("snmp-agent community read simple Pub1ic", "Pub1ic"),
        (" primary authentication 10.61.0.49 key cipher $c$3$q1w2e3==", "q1w2e3"),
        (" local-user admin class manage\n password simple S3cret", "S3cret"),
    ];

    public override string Negation => "undo";

    [GeneratedRegex(@"^packet-filter\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBindingRegex();

    protected override Regex AclBinding => AclBindingRegex();
}
