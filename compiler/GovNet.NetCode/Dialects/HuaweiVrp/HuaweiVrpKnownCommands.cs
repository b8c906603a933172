namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// What VRP lines the parser knows but does not need, and which unknown lines can change forwarding.
/// A command is matched word by word from its start, without case (<c>stp</c> matches
/// <c>stp edged-port enable</c>, not <c>stpx</c>). The lists are short on purpose: a line that is
/// not here is reported, and one that might carry traffic is reported as affecting forwarding.
/// Being here means the line cannot add a path or lift a filter: STP, VRRP, DHCP service, device
/// management, logins, crypto parameters, licences.
/// </summary>
internal static class HuaweiVrpKnownCommands
{
    /// <summary>Global one-line commands that say nothing about forwarding or filtering.</summary>
    private static readonly string[] GlobalCommands =
    [
        "undo telnet", "telnet server", "stelnet server", "undo stelnet", "ssh", "undo ssh", "sftp server", "ftp server", "undo ftp server",
        "http", "undo http", "scp server", "clock", "info-center", "undo info-center", "snmp-agent", "undo snmp-agent", "ntp-service",
        "undo ntp-service", "dns resolve", "dns domain", "dns server source-ip", "drop illegal-mac", "cluster enable", "undo cluster enable",
        "ntdp enable", "undo ntdp enable", "ndp enable", "undo ndp enable", "dhcp enable", "undo dhcp enable", "dhcp snooping enable",
        "board add", "device board", "set cpu-usage", "set memory-usage", "set save-configuration", "portal local-server", "wlan ac-global",
        "stp", "undo stp", "lldp", "undo lldp", "router id", "user-manage", "web-manager", "update schedule", "firewall defend", "banner",
        "ipsec sha2 compatible enable", "l2tp domain", "undo privacy-statement", "decoding", "undo ips", "firewall dataplane",
        "firewall detect", "hrp", "ssl", "capwap", "authentication-profile", "header", "command-privilege", "vsys enable", "license",
        "free-rule-template", "portal-access-profile", "dot1x-access-profile", "mac-access-profile", "undo user-interface",
        "local-user", "undo local-user", "set authentication", "user-interface maximum-vty", "super password", "lock-screen",

        // Neighbour auto-provisioning of a factory-fresh switch (NAP): a management channel, no data path.
        "nap", "undo nap",

        // Static IP–MAC–port bindings (the host registry): IP source guard and ARP checks drop what they do not match, they add no path.
        "user-bind static", "undo user-bind static",
    ];

    /// <summary>Global lines that are harmless only as written in full (a longer line with the same start may not be).</summary>
    private static readonly string[] GlobalExact =
    [
        "ipv6", "sa", "location", "vm-manager", "wlan ac", "auth-policy", "quota-policy", "pcp-policy", "dns-transparent-policy",
        "rightm-policy", "right-manager server-group", "device-classification", "page-setting", "password-policy", "multi-linkif",
    ];

    /// <summary>
    /// Sections that configure the device rather than the network, with the children known in them;
    /// an empty list means any child is known (its content is a key, a pool, a schedule, a profile).
    /// </summary>
    private static readonly (string Header, string[] Children)[] Sections =
    [
        ("aaa", [
            "authentication-scheme", "authorization-scheme", "accounting-scheme", "domain", "local-user", "undo local-user",
            "authentication-mode", "authorization-mode", "accounting-mode", "hwtacacs-server", "radius-server", "manager-user",
            "password", "service-type", "level", "role", "bind manager-user", "access-limit", "internet-access mode",
            "reference user", "user-password", "undo user-password", "admin-user", "#",
            "recording-scheme", "recording-mode", "cmd recording-scheme", "local-aaa-user",
        ]),
        ("user-interface", [
            "authentication-mode", "protocol inbound", "user privilege", "idle-timeout", "set authentication", "screen-length",
            "history-command", "shell", "undo shell", "acl", "user-role",
        ]),
        ("hwtacacs-server template", [
            "hwtacacs-server shared-key", "hwtacacs-server source-ip", "hwtacacs-server timer", "hwtacacs-server user-name",
            "undo hwtacacs-server user-name",
        ]),
        ("radius-server template", [
            "radius-server shared-key", "radius-server retransmit", "radius-server timeout", "radius-server algorithm",
            "radius-server source", "radius-server nas-ip", "radius-server user-name",
        ]),
        ("ip pool", []),

        // BFD only detects a failed path sooner (a route or adjacency over it is withdrawn); it adds none.
        ("bfd", []),
        ("stp region-configuration", []),
        ("stp instance", []),
        ("ike proposal", []),
        ("ipsec proposal", []),
        ("pki realm", []),
        ("pki entity", []),
        ("time-range", []),
        ("diffserv domain", []),
        ("drop-profile", []),
        ("page-setting", []),
        ("password-policy", []),
        ("multi-linkif", []),
        ("device-classification", []),
        ("resource-class", []),
        ("user-manage", []),
        ("ssh", []),
        ("wlan", ["traffic-profile", "security-profile", "ssid-profile", "ssid", "security", "regulatory-domain-profile",
            "air-scan-profile", "rrm-profile", "radio-2g-profile", "radio-5g-profile", "wids-spoof-profile", "wids-profile",
            "wds-profile", "mesh-handover-profile", "mesh-profile", "wireless-access-specification", "ap-system-profile",
            "port-link-profile", "wired-port-profile", "serial-profile", "ap auth-mode", "ap-id", "ap-name", "ap-group", "radio",
            "provision-ap", "vap-profile", "ssid-profile", "security-profile", "forward-mode"]),
    ];

    /// <summary>
    /// Sections that change nothing while they hold only these children (or none): every AR router
    /// prints <c>firewall zone Local</c> with its priority, USG firewalls print empty policy sections,
    /// a port group with no members configures no port. With any other child the section is
    /// reported whole, as affecting forwarding.
    /// </summary>
    private static readonly (string Header, string[] Children)[] InertSections =
    [
        ("firewall zone", ["priority", "set priority"]),
        ("port-group", []),
        ("security-policy", []),
        ("nat-policy", []),
        ("traffic-policy", []),
        ("policy-based-route", []),
        ("l2tp-group", []),
    ];

    /// <summary>
    /// Lines an interface may hold that do not change what it forwards: spanning tree, link
    /// negotiation, the device's own services on it (VRRP gateway, DHCP server, management access),
    /// BPDUs sent to the CPU (<c>bpdu enable</c> on router ports: control plane only).
    /// </summary>
    private static readonly string[] InterfaceCommands =
    [
        "stp", "undo stp", "lldp", "undo lldp", "loopback-detect", "negotiation auto", "undo negotiation auto", "duplex", "speed",
        "mtu", "jumboframe", "flow-control", "undo flow-control", "alias", "service-manage", "vrrp", "dhcp select", "dhcp server",
        "arp broadcast enable", "ipv6 enable", "undo ipv6 enable", "link-protocol", "ntdp enable", "undo ntdp enable", "ndp enable",
        "undo ndp enable", "storm-control", "broadcast-suppression", "multicast-suppression", "unicast-suppression", "trust",
        "set flow-stat", "port-description", "undo dcn", "dcn", "device transceiver", "bpdu enable", "undo bpdu enable",
        "bpdu disable", "dhcp relay",

        // The host registry's checks: they only drop packets (a source, card or port that no binding matches; DHCP replies from untrusted ports).
        "ip source check user-bind", "undo ip source check user-bind", "arp anti-attack check user-bind", "undo arp anti-attack check user-bind",
        "dhcp snooping", "undo dhcp snooping",

        // The security baseline's MAC limit: it drops frames from cards beyond the limit, it adds no path.
        "port-security", "undo port-security",
    ];

    /// <summary>Lines of a <c>vlan N</c> section besides name and description that only drop packets: DHCP snooping and the binding checks.</summary>
    private static readonly string[] VlanSecurityCommands =
    [
        "dhcp snooping", "undo dhcp snooping", "ip source check user-bind", "arp anti-attack check user-bind",
    ];

    /// <summary>ACL lines besides rules: its text and the step between automatic rule numbers.</summary>
    private static readonly string[] AclCommands = ["description", "step"];

    /// <summary>
    /// Starts of lines that can carry or filter traffic: an unknown one of these is reported as
    /// affecting forwarding wherever it stands (dynamic routing, VRFs, NAT, firewall policy, MQC,
    /// IPv6 routing that IPv4 ACLs do not see, L2 features that join or split VLANs).
    /// </summary>
    private static readonly string[] ForwardingStarts =
    [
        "ip", "ipv6 route-static", "ipv6 address", "ipv6 vpn-instance", "ipv6 binding", "vlan", "acl", "rule", "interface", "port",
        "undo port", "portswitch", "undo portswitch", "traffic-filter", "traffic-policy", "traffic-redirect", "traffic", "nat",
        "firewall", "security-policy", "nat-policy", "policy-based-route", "route-policy", "mpls", "bgp", "ospf", "ospfv3", "isis",
        "rip", "ripng", "vsys", "switch vsys", "bridge-domain", "evpn", "evpn-overlay", "vxlan", "arp static", "arp-proxy",
        "mac-address static", "port-isolate", "mux-vlan", "vlan-mapping", "qinq", "service-vlan", "dot1q", "vlan-type", "eth-trunk",
        "l2tp-group", "ipsec policy", "ike peer", "tunnel-protocol", "l2 binding", "vcmp", "gvrp", "vlan-stacking",
    ];

    /// <summary>True when <paramref name="line"/> starts with the words of <paramref name="command"/>.</summary>
    public static bool Starts(string line, string command) =>
        line.StartsWith(command, StringComparison.OrdinalIgnoreCase) &&
        (line.Length == command.Length || line[command.Length] is ' ' or '\t');

    private static bool StartsAny(string line, string[] commands)
    {
        foreach (var command in commands)
        {
            if (Starts(line, command))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsGlobalCommand(string line) =>
        StartsAny(line, GlobalCommands) || GlobalExact.Any(e => line.Equals(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The known children of a device-configuration section, or false when <paramref name="header"/> opens none.</summary>
    public static bool IsHarmlessSection(string header, out string[] knownChildren)
    {
        foreach (var (start, children) in Sections)
        {
            if (Starts(header, start))
            {
                knownChildren = children;
                return true;
            }
        }

        knownChildren = [];
        return false;
    }

    /// <summary>Whether a child of a harmless section is known there (an empty list knows every child).</summary>
    public static bool IsKnownChild(string line, string[] knownChildren) =>
        knownChildren.Length == 0 || StartsAny(line, knownChildren);

    /// <summary>Whether a section with these children (none of which has children) is one of the inert sections above.</summary>
    public static bool IsInertSection(string header, IEnumerable<string> children)
    {
        foreach (var (start, allowed) in InertSections)
        {
            if (Starts(header, start))
            {
                return children.All(child => StartsAny(child, allowed));
            }
        }

        return false;
    }

    public static bool IsInterfaceCommand(string line) => StartsAny(line, InterfaceCommands);

    public static bool IsVlanSecurityCommand(string line) => StartsAny(line, VlanSecurityCommands);

    public static bool IsAclCommand(string line) => StartsAny(line, AclCommands);

    /// <summary>Whether an unknown line could change forwarding or filtering, judged by how it starts.</summary>
    public static bool AffectsForwarding(string line) => StartsAny(line, ForwardingStarts);
}
