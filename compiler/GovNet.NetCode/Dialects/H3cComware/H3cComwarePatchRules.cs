using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// How a patch is typed on Comware: <c>system-view</c> … <c>return</c>, <c>quit</c> leaves a view,
/// <c>undo</c> negates; rules are undone by number inside their ACL view; trunk VLANs are given and
/// taken with <c>port trunk permit vlan</c> / <c>undo port trunk permit vlan</c>.
/// </summary>
public sealed partial class H3cComwareDialect
{
    private static readonly PatchRules Rules = new(
        EnterConfig: "system-view",
        LeaveConfig: "return",
        ExitSection: "quit",
        Comment: "#",
        NegationPrefix: "undo ",
        Negations:
        [
            new(@"^rule (\d+) comment .*$", "undo rule $1 comment"),
            new(@"^rule (\d+) .*$", "undo rule $1"),
            new(@"^port access vlan \d+$", "undo port access vlan"),
            new(@"^port link-type \S+$", "undo port link-type"),
            new(@"^port link-mode \S+$", "undo port link-mode"),
            new(@"^description .*$", "undo description"),
            new(@"^name .*$", "undo name"),
            new(@"^sysname .*$", "undo sysname"),
            new(@"^ip route-static (\S+ \S+ \S+)( .*)?$", "undo ip route-static $1"),
        ],
        Replaced:
        [
            new(@"^(?<key>rule \d+ comment) "),
            new(@"^(?<key>rule \d+) (permit|deny) "),
            new(@"^(?<key>description) "),
            new(@"^(?<key>name) "),
            new(@"^(?<key>sysname) "),
            new(@"^(?<key>port access vlan) "),
            new(@"^(?<key>port link-type) "),
            new(@"^(?<key>ip address) \S+ \S+$"),
        ],
        VlanLists:
        [
            new(@"^port trunk permit vlan (?<vlans>.+)$", "port trunk permit vlan {0}", "undo port trunk permit vlan {0}", "port trunk permit vlan {0}"),
        ],
        Binding: BindingRegex(),
        Order:
        [
            new(@"^sysname ", "the device's name first, so the prompt shows whose patch this is"),
            new(@"^vlan \d", "VLANs exist before a port or VLAN interface uses them"),
            new(@"^acl ", "ACL rules exist before an interface binds them; removed after the last binding goes"),
            new(@"^interface (Bridge-Aggregation|Route-Aggregation|Vlan-interface|LoopBack)", "aggregates and VLAN interfaces exist before member ports join them; members leave before they go"),
            new(@"^interface ", "ports"),
            new(@"^ip route-static ", "routes after the interfaces their next hops lie on; removed before them"),
        ]);

    public override PatchRules PatchRules => Rules;

    [GeneratedRegex(@"^packet-filter ", RegexOptions.CultureInvariant)]
    private static partial Regex BindingRegex();
}
