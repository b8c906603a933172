using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// How a patch is typed on VRP: <c>system-view</c> … <c>return</c>, <c>quit</c> leaves a view,
/// <c>undo</c> negates; rules are undone by number inside their ACL view; trunk VLANs are given and
/// taken with <c>port trunk allow-pass vlan</c> / <c>undo port trunk allow-pass vlan</c>.
/// </summary>
public sealed partial class HuaweiVrpDialect
{
    private static readonly PatchRules Rules = new(
        EnterConfig: "system-view",
        LeaveConfig: "return",
        ExitSection: "quit",
        Comment: "#",
        NegationPrefix: "undo ",
        Negations:
        [
            new(@"^rule (\d+) description .*$", "undo rule $1 description"),
            new(@"^rule (\d+) .*$", "undo rule $1"),
            new(@"^port default vlan \d+$", "undo port default vlan"),
            new(@"^port link-type \S+$", "undo port link-type"),
            new(@"^description .*$", "undo description"),
            new(@"^name .*$", "undo name"),
            new(@"^sysname .*$", "undo sysname"),
            new(@"^traffic-filter (inbound|outbound) acl .*$", "undo traffic-filter $1"),
            new(@"^ip route-static (\S+ \S+ \S+)( .*)?$", "undo ip route-static $1"),
            new(@"^snmp-agent community (?:read |write )?(?:cipher |simple )?(.+)$", "undo snmp-agent community $1"),
            new(@"^interface ((?:GigabitEthernet|XGigabitEthernet|Ethernet|MultiGE|\d+GE)\d+/\d+/\d+)$", "clear configuration interface $1"),
        ],
        Replaced:
        [
            new(@"^(?<key>rule \d+ description) "),
            new(@"^(?<key>rule \d+) (permit|deny) "),
            new(@"^(?<key>description) "),
            new(@"^(?<key>name) "),
            new(@"^(?<key>sysname) "),
            new(@"^(?<key>port default vlan) "),
            new(@"^(?<key>port link-type) "),
            new(@"^(?<key>traffic-filter (inbound|outbound)) acl "),
            new(@"^(?<key>ip address) \S+ \S+$"),
        ],
        VlanLists:
        [
            new(@"^port trunk allow-pass vlan (?<vlans>.+)$", "port trunk allow-pass vlan {0}", "undo port trunk allow-pass vlan {0}", "port trunk allow-pass vlan {0}"),
            new(@"^vlan batch (?<vlans>.+)$", "vlan batch {0}", "undo vlan batch {0}", "vlan batch {0}"),
        ],
        Binding: BindingRegex(),
        Order:
        [
            new(@"^sysname ", "the device's name first, so the prompt shows whose patch this is"),
            new(@"^vlan (batch |\d)", "VLANs exist before a port or VLANIF uses them"),
            new(@"^acl ", "ACL rules exist before an interface binds them; removed after the last binding goes"),
            new(@"^interface (Eth-Trunk|Vlanif|LoopBack)", "aggregates and VLAN interfaces exist before member ports join them; members leave before they go"),
            new(@"^interface ", "ports"),
            new(@"^ip route-static ", "routes after the interfaces their next hops lie on; removed before them"),
        ]);

    public override PatchRules PatchRules => Rules;

    [GeneratedRegex(@"^traffic-filter ", RegexOptions.CultureInvariant)]
    private static partial Regex BindingRegex();
}
