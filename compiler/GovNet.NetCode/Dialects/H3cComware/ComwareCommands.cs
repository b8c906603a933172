namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// What the Comware commands the parser does not model mean for a proof, as data (in the manner of
/// a hier_config driver): harmless commands are recognised and skipped; forwarding commands that are
/// not understood are reported as lines that weaken the proof. Each entry is a leading word sequence,
/// matched case-insensitively; an <c>undo</c> in front is looked up without it.
/// </summary>
internal static class ComwareCommands
{
    /// <summary>
    /// Global commands (with their whole section) that neither carry, route nor filter user traffic:
    /// identity, housekeeping, login and AAA, management protocols, L2 loop protection.
    /// </summary>
    public static readonly CommandTable HarmlessGlobal = new(
        "version", "clock", "copyright-info", "telnet", "ssh", "ssh2", "sftp", "ftp", "tftp", "scp",
        "irf", "irf-port", "lldp", "system-working-mode", "password-recovery", "xbar", "lpu-type", "fan",
        "stp", "igmp-snooping", "mld-snooping", "dhcp", "dns", "ntp-service", "info-center", "snmp-agent",
        "line", "user-interface", "local-user", "user-group", "role", "domain", "header", "scheduler",
        "password-control", "public-key", "rsa", "peer-public-key", "pki", "netconf", "restful", "cwmp",
        "ip http", "ip https", "ip host", "ip ttl-expires", "ip unreachables", "ip redirects", "ip rpf-longest-match",
        "http", "arp", "mac-address", "loopback-detection", "link-aggregation", "sflow", "netstream", "ip netstream",
        "nqa", "bfd", "track", "ike", "ipsec proposal", "ipsec transform-set", "port-security", "dot1x", "mac-authentication",
        "super", "cfd", "monitor-link", "smart-link", "rrpp", "poe", "power-supply", "temperature-limit", "job",
        "qos map-table", "qos priority-map", "hwtacacs", "radius", "ssl", "aaa", "command", "alarm",
        "port-isolate", "storm-constraint", "password", "web", "usb", "energy-saving", "shutdown-interval",
        "ip source", "ip verify", "dldp", "ntp", "sntp", "syslog", "vrrp", "ipv6 nd", "ndp",
        "detect-group", "detect-list", "sysname", "return", "quit", "router id",

        // An IPsec policy forwards only where a port applies it, and that line is reported (ComwareTunnelReader).
        "ipsec policy", "ipsec policy-template", "ipsec profile");

    /// <summary>
    /// Global commands that route, filter, tunnel, translate, mirror or join VLANs. When one of them
    /// is not understood the proof cannot trust the device's forwarding.
    /// </summary>
    public static readonly CommandTable ForwardingGlobal = new(
        "interface", "vlan", "acl", "ip route-static", "ipv6", "ip vpn-instance", "ip prefix-list", "ip ip-prefix",
        "ip as-path", "ip community-list", "ip policy-based-route", "policy-based-route", "route-policy",
        "bgp", "ospf", "ospfv3", "rip", "ripng", "isis", "nat", "ipsec", "traffic", "qos", "l2vpn", "vsi",
        "vxlan", "mpls", "evpn", "firewall", "security-zone", "zone-pair", "object-policy", "object-group",
        "packet-filter", "time-range", "gvrp", "mvrp", "mac-vlan", "ip-subnet-vlan", "protocol-vlan",
        "private-vlan", "super-vlan", "vlan-mapping", "mirroring-group", "remote-probe", "multicast", "pim",
        "l2tp", "l2tp-group", "dialer", "dialer-group", "ip unnumbered", "ip forward-broadcast", "ip forwarding",
        "voice", "pbr", "virtual-ip");

    /// <summary>Interface sub-commands that do not change which VLANs, addresses or filters the port has.</summary>
    public static readonly CommandTable HarmlessInterface = new(
        "stp", "lldp", "combo", "flow-control", "speed", "duplex", "jumboframe", "mtu", "ip mtu", "tcp mss",
        "loopback-detection", "broadcast-suppression", "multicast-suppression", "unicast-suppression",
        "storm-constraint", "poe", "apply poe-profile", "dhcp", "arp", "sflow", "netstream", "ip netstream",
        "qos trust", "qos wfq", "qos bandwidth", "qos priority", "qos gts", "qos lr", "qos sp", "qos wrr",
        "qos queue", "qos car", "link-delay", "enable snmp", "enable log", "snmp trap", "dldp", "mac-address",
        "port-security", "dot1x", "mac-authentication", "port-isolate", "bandwidth", "lacp", "link-aggregation",
        "priority", "port up-mode", "eee", "port auto-power-down", "igmp-snooping", "mld-snooping", "cfd",
        "async", "clock", "link-protocol", "timer", "ip verify", "ip source", "ndp", "ntp-service", "ip redirects", "ip unreachables", "ip ttl-expires", "fec",
        "port connection-mode", "virtual-cable-test", "qos apply policy");

    /// <summary>VLAN sub-commands besides name and description that do not change which ports carry the VLAN.</summary>
    public static readonly CommandTable HarmlessVlan = new("igmp-snooping", "mld-snooping", "arp", "dhcp");

    /// <summary>Children of hwtacacs and radius schemes other than the servers (keys, timers, formats).</summary>
    public static readonly CommandTable HarmlessScheme = new(
        "key", "user-name-format", "nas-ip", "vpn-instance", "timer", "retry", "data-flow-format", "security-policy-server",
        "server-load-sharing", "accounting-on", "state", "attribute", "stop-accounting-buffer", "response-pending-limit",
        "realtime-accounting", "server-type", "username-format");
}

/// <summary>Leading word sequences; <c>undo X</c> matches when <c>X</c> does.</summary>
internal sealed class CommandTable
{
    private readonly string[][] entries;

    public CommandTable(params string[] entries) => this.entries = [.. entries.Select(e => e.Split(' '))];

    public bool Matches(IReadOnlyList<string> words)
    {
        var start = words.Count > 1 && string.Equals(words[0], "undo", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        foreach (var entry in entries)
        {
            if (words.Count - start >= entry.Length && Leads(entry, words, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="Matches(IReadOnlyList{string})"/> of the line's words, read in place: most lines of a section come here.</summary>
    public bool Matches(string line)
    {
        var at = 0;
        var first = LineWords.Next(line, ref at);
        var afterUndo = at;
        var start = first.Equals("undo", StringComparison.OrdinalIgnoreCase) && !LineWords.Next(line, ref afterUndo).IsEmpty ? at : 0;
        foreach (var entry in entries)
        {
            if (Leads(entry, line, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Leads(string[] entry, IReadOnlyList<string> words, int start)
    {
        for (var i = 0; i < entry.Length; i++)
        {
            if (!string.Equals(entry[i], words[start + i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Leads(string[] entry, string line, int at)
    {
        foreach (var word in entry)
        {
            if (!LineWords.Next(line, ref at).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
