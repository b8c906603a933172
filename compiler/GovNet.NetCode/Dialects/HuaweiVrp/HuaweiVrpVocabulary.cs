using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>The VRP words the rest of the tool needs without knowing VRP: how a config is recognised, how a command is negated, how an ACL is bound, which secrets it writes.</summary>
public sealed partial class HuaweiVrpDialect
{
    // Commands and names only VRP writes (Comware shares sysname, undo, return and "#").
    [GeneratedRegex(@"^(interface (Vlanif|Eth-Trunk|MEth|XGigabitEthernet|10GE|MultiGE)\S*|vlan batch\b|port (default vlan|trunk allow-pass|link-type)\b|traffic-filter (inbound|outbound)\b|(radius-server|hwtacacs-server) template\b|authentication-scheme\b|stp region-configuration|eth-trunk \d|aaa$|local-user \S+ password irreversible-cipher)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkRegex();

    protected override Regex Mark => MarkRegex();

    public override string SecretPattern => @"(?<wrap>%\^%#|%@%#|%\$%\$|@%@%).*?(?:\k<wrap>|$)|\$[a-z0-9]{1,2}\$\S+|(?<keyword>\birreversible-cipher\b)\s+(?!<masked>$)\S.*$";

    public override IReadOnlyList<string> SecretHints => ["$", "%", "@", "irreversible-cipher"];

    public override IReadOnlyList<(string Line, string Secret)> SecretSamples { get; } =
    [
        (" local-user admin password irreversible-cipher $1a$abc$def$", "$1a$abc$def$"),
        (" local-user admin password cipher %^%#Qx(8sd!%^%#", "Qx(8sd"),
        (" hwtacacs-server shared-key cipher %$%$abcd%$%$", "abcd"),
        ("snmp-agent community read cipher %@%#Ab1,2%@%#", "Ab1,2"),
        (" key authentication cipher $c$3$Zx9Qw==", "Zx9Qw"),
        ("snmp-agent community write simple Pub1ic", "Pub1ic"),
    ];

    public override string Negation => "undo";

    [GeneratedRegex(@"^(?:traffic-filter|ipv6 traffic-filter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBindingRegex();

    protected override Regex AclBinding => AclBindingRegex();
}
