using System.Collections.Frozen;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// What IOS commands mean to the verifier when they yield no fact, as data (hier_config style):
/// commands known to be harmless — they change neither which packets are forwarded nor which are
/// filtered — and global commands that do affect forwarding, so that an unread one weakens a
/// proof. Each entry is a command prefix matched on whole words.
/// </summary>
internal static class IosCommands
{
    /// <summary>Global commands (and, for section headers, their whole section) with nothing to prove.</summary>
    private static readonly CommandSet HarmlessGlobal = new(
    [
        // Capture headers and trailers of show running-config and of the ASA's saved config.
        "Building configuration...", "Current configuration", ":",
        "version", "service", "no service", "boot-start-marker", "boot-end-marker", "boot", "no boot",
        "enable", "username", "privilege", "security", "login", "no login",
        "aaa new-model", "no aaa", "aaa authentication", "aaa authorization", "aaa accounting", "aaa session-id",
        "aaa common-criteria", "aaa local", "aaa login",
        "clock", "no clock", "ip cef", "no ip cef", "ipv6 cef", "no ipv6 cef",
        "ip domain", "no ip domain", "ip domain-name", "ip domain-lookup", "no ip domain-lookup", "ip host", "ip dns",
        "ip http", "no ip http", "ip ssh", "no ip ssh", "ip scp", "ip tcp", "ip forward-protocol", "ip icmp", "no ip icmp",
        "ip classless", "ip subnet-zero", "no ip source-route", "ip finger", "no ip finger", "ip bootp", "no ip bootp",
        "no ip gratuitous-arps", "ip arp", "ip dhcp", "no ip dhcp", "ip ftp", "ip tftp", "ip tacacs", "ip radius",
        "ip bgp-community", "ip sla", "ip device", "ip igmp snooping", "no ip igmp snooping",

        // The bare commands become DeviceFacts.Routing before this table is asked; what remains
        // (ip routing protocol purge …) tunes routing without adding or removing paths.
        "ip routing", "no ip routing",
        "spanning-tree", "no spanning-tree", "vtp", "errdisable", "no errdisable", "udld", "port-channel load-balance",
        "vlan internal", "mac address-table", "mac-address-table", "no mac address-table", "sdm",
        "multilink", "memory-size", "memory", "license", "no license", "diagnostic", "archive", "redundancy",
        "line", "control-plane", "alias", "banner", "macro", "logging", "no logging", "cdp", "no cdp", "lldp", "no lldp",
        "ntp", "no ntp", "snmp-server", "no snmp-server", "snmp", "call-home", "no call-home", "platform", "no platform",
        "netconf-yang", "restconf", "transceiver", "switch", "system", "crypto pki", "crypto key", "crypto isakmp",
        "crypto ipsec", "crypto keyring", "crypto ikev2", "file", "subscriber", "virtual-service", "mmi", "no mmi",
        "exception", "scheduler", "no scheduler", "process", "track", "hw-module", "power", "device-tracking",
        "dot1x", "authentication", "access-session", "key chain", "kron", "wsma", "fhrp", "mls qos", "qos", "no qos",
        "class-map", "policy-map", "table-map", "tacacs-server", "radius-server", "radius", "tacacs", "aaa group server",
        "aaa server", "cts", "energywise", "event manager", "vstack", "no vstack",
        "no ip igmp", "ip multicast", "no ip multicast", "ip ospf name-lookup", "ip flow-export", "flow", "ip flow",
        "no ip bootp server", "no ip forward-protocol", "no ipv6", "ipv6 ioam", "ip access-list logging",
        "upgrade fpd", "gatekeeper", "mgcp", "ip flow-cache", "ap profile",

        // Multicast routing on its own joins nothing: packets go only where interfaces run PIM, and an
        // "ip pim" interface line is unparsed forwarding. Label advertisement turned off only removes paths.
        "ip multicast-routing", "no mpls ldp", "aqm-register-fnf",

        // The host registry: static entries of the DHCP snooping binding table, which IP source guard and ARP inspection only drop by.
        "ip source binding", "no ip source binding",
    ]);

    /// <summary>Global commands that change forwarding or filtering: an unread one is a finding.</summary>
    private static readonly CommandSet ForwardingGlobal = new(
    [
        "interface", "vlan", "no vlan", "ip route", "ipv6 route", "ip default-gateway", "ip default-network",
        "router", "ipv6 router", "ip vrf", "vrf", "route-map", "ip prefix-list", "ipv6 prefix-list", "ip as-path",
        "ip community-list", "ip extcommunity-list", "ip policy", "ip local policy", "ip nat", "ip inspect", "ip source-route",
        "access-list", "ip access-list", "ipv6 access-list", "mac access-list", "object-group", "zone", "zone-pair",
        "class-map type inspect", "policy-map type inspect", "parameter-map type inspect", "crypto map", "crypto dynamic-map",
        "ipv6 multicast-routing", "ipv6 unicast-routing", "mpls", "l2vpn", "bridge",
        "bridge-domain", "pseudowire-class", "xconnect", "segment-routing", "monitor session", "template",
        "wlan", "wireless", "nat", "same-security-traffic", "access-group", "route", "object", "nameif",
    ]);

    /// <summary>Interface commands that change neither membership, addressing nor filtering.</summary>
    private static readonly CommandSet HarmlessInterface = new(
    [
        "switchport nonegotiate", "switchport trunk encapsulation", "switchport port-security", "no switchport port-security",
        "switchport protected", "switchport block", "no switchport block",
        "speed", "duplex", "full-duplex", "half-duplex", "negotiation", "no negotiation", "media-type", "mtu", "bandwidth",
        "delay", "load-interval", "keepalive", "no keepalive", "cdp", "no cdp", "lldp", "no lldp", "spanning-tree",
        "no spanning-tree", "storm-control", "snmp", "no snmp", "logging", "no logging", "mop", "no mop",
        "ip redirects", "no ip redirects", "ip unreachables", "no ip unreachables", "ip proxy-arp", "no ip proxy-arp",
        "ip mtu", "ip tcp", "ip virtual-reassembly", "no ip virtual-reassembly", "ip route-cache", "no ip route-cache",
        "ip mroute-cache", "no ip mroute-cache", "ip flow", "ip nbar", "ip dhcp snooping", "ip arp inspection", "ip verify",
        "no ip dhcp", "ip ospf", "ipv6 ospf", "no ipv6 redirects", "no ipv6 unreachables",

        // First-hop redundancy: the virtual address lies in the interface's own subnet, so it joins nothing new.
        "standby", "vrrp", "glbp",
        "power", "no power", "udld", "arp", "hold-queue", "carrier-delay", "dampening", "ntp", "no ntp", "clock",
        "serial", "fair-queue", "no fair-queue", "service-policy", "priority-queue", "srr-queue", "mls", "auto", "qos",
        "authentication", "dot1x", "mab", "device-tracking", "access-session", "mac-address", "autostate", "no autostate",
        "errdisable", "transceiver", "shape", "rate-limit", "macro description", "energywise", "no ip address",
        "ip igmp snooping", "no shutdown", "shutdown", "no description", "no ip access-group", "tx-ring-limit",
        "no peer neighbor-route", "peer neighbor-route", "no cdp enable", "lacp", "pagp", "flowcontrol", "no flowcontrol",

        // DHCP relay: the router itself sends to the server, from its own address; the address census reads the server's address.
        "ip helper-address",
    ]);

    /// <summary>Lines inside <c>vlan N</c> that change nothing the facts hold.</summary>
    private static readonly CommandSet HarmlessVlan = new(["state", "no state", "media", "mtu", "shutdown", "no shutdown"]);

    /// <summary>What a global line (or section header) the facts have no place for means; the longer matching prefix decides ("ip access-list logging" is harmless, "ip access-list" is not).</summary>
    public static GlobalKind Classify(string line)
    {
        var harmless = HarmlessGlobal.Longest(line)?.Length ?? 0;
        var forwarding = ForwardingGlobal.Longest(line)?.Length ?? 0;
        return forwarding > harmless ? GlobalKind.Forwarding : harmless > 0 ? GlobalKind.Harmless : GlobalKind.Unknown;
    }

    public static bool IsHarmlessInterface(string line)
    {
        // "ip ospf 1 area 0" runs OSPF on the interface (routes the facts do not hold); "ip ospf cost 10" only tunes it.
        if (line.StartsWith("ip ospf ", StringComparison.Ordinal) || line.StartsWith("ipv6 ospf ", StringComparison.Ordinal))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length < 3 || !IosTokens.IsDigits(words[2]);
        }

        return HarmlessInterface.Matches(line);
    }

    public static bool IsHarmlessVlan(string line) => HarmlessVlan.Matches(line);

    /// <summary>Command prefixes indexed by first word; a prefix matches a line equal to it or followed by a space.</summary>
    private sealed class CommandSet
    {
        private readonly FrozenDictionary<string, string[]> byFirstWord;

        public CommandSet(string[] prefixes) =>
            byFirstWord = prefixes
                .GroupBy(FirstWord, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);

        public bool Matches(string line) => Longest(line) is not null;

        /// <summary>The longest prefix of this set that matches, if any.</summary>
        public string? Longest(string line)
        {
            if (!byFirstWord.TryGetValue(FirstWord(line), out var prefixes))
            {
                return null;
            }

            foreach (var prefix in prefixes)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal) &&
                    (line.Length == prefix.Length || line[prefix.Length] == ' ' || prefix == ":"))
                {
                    return prefix;
                }
            }

            return null;
        }

        private static string FirstWord(string text)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var word = space < 0 ? text : text[..space];

            // ASA and capture headers glue punctuation to the first word (": Saved", "Building configuration...").
            return word.StartsWith(':') ? ":" : word;
        }
    }
}

internal enum GlobalKind
{
    /// <summary>Not a command this parser knows: reported, but it does not weaken a proof.</summary>
    Unknown,
    Harmless,
    Forwarding,
}
