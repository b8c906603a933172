using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// How a patch is typed on IOS: <c>configure terminal</c> … <c>end</c>, <c>exit</c> leaves a mode,
/// <c>no</c> negates; a named-ACL entry is undone by its sequence number (<c>no 20</c>) or, printed
/// without one, by its text; a numbered ACL that differs is dropped and typed again (IOS appends a
/// new entry and drops the whole list on any <c>no access-list N …</c>); trunk VLANs change with
/// <c>switchport trunk allowed vlan add|remove</c>.
/// </summary>
public sealed partial class CiscoIosDialect
{
    private static readonly PatchRules Rules = new(
        EnterConfig: "configure terminal",
        LeaveConfig: "end",
        ExitSection: "exit",
        Comment: "!",
        NegationPrefix: "no ",
        Negations:
        [
            new(@"^(\d+) (permit|deny|remark|evaluate) .*$", "no $1"),
            new(@"^switchport access vlan \d+$", "no switchport access vlan"),
            new(@"^switchport mode \S+$", "no switchport mode"),
            new(@"^switchport trunk allowed vlan .*$", "no switchport trunk allowed vlan"),
            new(@"^description .*$", "no description"),
            new(@"^name .*$", "no name"),
            new(@"^hostname .*$", "no hostname"),
            new(@"^ip address \S+ \S+$", "no ip address"),
            new(@"^ip route (\S+ \S+ \S+)( .*)?$", "no ip route $1"),
            new(@"^interface ((?:FastEthernet|GigabitEthernet|TenGigabitEthernet|TwentyFiveGigE|FortyGigabitEthernet|HundredGigE|Ethernet)\d+/\d+(/\d+)?)$", "default interface $1"),
        ],
        Replaced:
        [
            new(@"^(?<key>description) "),
            new(@"^(?<key>name) "),
            new(@"^(?<key>hostname) "),
            new(@"^(?<key>switchport access vlan) "),
            new(@"^(?<key>switchport mode) "),
            new(@"^(?<key>ip access-group) \S+ (?<key>in|out)$"),
            new(@"^(?<key>ip address) \S+ \S+$"),
        ],
        VlanLists:
        [
            new(@"^switchport trunk allowed vlan (?:(?<op>add|remove) )?(?<vlans>[\d,-]+|none)$", "switchport trunk allowed vlan add {0}", "switchport trunk allowed vlan remove {0}", "switchport trunk allowed vlan {0}", "switchport trunk allowed vlan none"),
        ],
        Binding: BindingRegex(),
        Order:
        [
            new(@"^hostname ", "the device's name first, so the prompt shows whose patch this is"),
            new(@"^vlan \d", "VLANs exist before a port or SVI uses them"),
            new(@"^(ip access-list|access-list) ", "ACL entries exist before an interface binds them; removed after the last binding goes"),
            new(@"^interface (Port-channel|Vlan|Loopback)", "aggregates and SVIs exist before member ports join them; members leave before they go"),
            new(@"^interface ", "ports"),
            new(@"^ip route ", "routes after the interfaces their next hops lie on; removed before them"),
        ],
        Sequenced: SequencedRegex(),
        OrderedGroup: NumberedAclRegex(),
        GroupNegation: "no access-list {0}");

    public override PatchRules PatchRules => Rules;

    [GeneratedRegex(@"^ip access-group ", RegexOptions.CultureInvariant)]
    private static partial Regex BindingRegex();

    // "20 permit tcp …": named-ACL entries are placed by their sequence number.
    [GeneratedRegex(@"^(?<seq>\d+) (?<body>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SequencedRegex();

    // "access-list 102 permit …": a numbered ACL, one top-level line per entry, matched first to last.
    [GeneratedRegex(@"^access-list (?<group>\d+) ", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedAclRegex();
}
