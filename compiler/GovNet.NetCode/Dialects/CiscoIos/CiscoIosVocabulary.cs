using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>The IOS words the rest of the tool needs without knowing IOS: how a config is recognised, how a command is negated, how an ACL is bound, which secrets it writes.</summary>
public sealed partial class CiscoIosDialect
{
    // Commands only IOS writes: its hostname and end, "no" negations, switchport, ip access-list sections.
    [GeneratedRegex(@"^(hostname \S+$|end$|no (shutdown|ip \S+|service \S+|switchport)\b|switchport\b|ip access-list (standard|extended)\b|interface (FastEthernet|Port-channel|Vlan)\d|router (ospf|eigrp|bgp|rip)\b|line (con|vty) \d|version \d+\.\d+$|service (timestamps|password-encryption)\b|ip routing$)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkRegex();

    protected override Regex Mark => MarkRegex();

    public override string SecretPattern => @"\$[0-9]{1,2}\$\S+";

    public override IReadOnlyList<string> SecretHints => ["$"];

    public override IReadOnlyList<(string Line, string Secret)> SecretSamples { get; } =
    [
        ("username cisco secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0", "mERr"),
        ("enable password 7 0822455D0A16", "0822455D0A16"),
        ("snmp-server community s3cr3t RO", "s3cr3t"),
        (" key-string 7 1234ABCD", "1234ABCD"),
        (" wpa-psk ascii 0 MyWifiKey", "MyWifiKey"),
        ("tacacs-server key 7 045802150C2E", "045802150C2E"),
        ("radius-server host 10.0.0.1 key R4dius", "R4dius"),
        ("username admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM", "nhEmQVczB7dqsO"),
    ];

    public override bool VlanDescriptions => false;

    public override string Negation => "no";

    [GeneratedRegex(@"^(?:ip access-group|ipv6 traffic-filter|access-class)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AclBindingRegex();

    protected override Regex AclBinding => AclBindingRegex();
}
