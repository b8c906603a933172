using System.Collections.Frozen;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// The names IOS accepts (and prints back) in place of numbers in ACL entries: IP protocols and
/// TCP/UDP ports. IOS keeps separate port tables for TCP and UDP (512 is <c>exec</c> in one and
/// <c>biff</c> in the other), so a name is only read for the protocol that knows it.
/// </summary>
internal static class IosNames
{
    public static readonly FrozenDictionary<string, int> Protocols = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ahp"] = 51,
        ["eigrp"] = 88,
        ["esp"] = 50,
        ["gre"] = 47,
        ["icmp"] = 1,
        ["igmp"] = 2,
        ["ipinip"] = 4,
        ["nos"] = 94,
        ["ospf"] = 89,
        ["pcp"] = 108,
        ["pim"] = 103,
        ["sctp"] = 132,
        ["tcp"] = 6,
        ["udp"] = 17,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> TcpPorts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["bgp"] = 179,
        ["chargen"] = 19,
        ["cmd"] = 514,
        ["daytime"] = 13,
        ["discard"] = 9,
        ["domain"] = 53,
        ["drip"] = 3949,
        ["echo"] = 7,
        ["exec"] = 512,
        ["finger"] = 79,
        ["ftp"] = 21,
        ["ftp-data"] = 20,
        ["gopher"] = 70,
        ["hostname"] = 101,
        ["ident"] = 113,
        ["irc"] = 194,
        ["klogin"] = 543,
        ["kshell"] = 544,
        ["login"] = 513,
        ["lpd"] = 515,
        ["msrpc"] = 135,
        ["nntp"] = 119,
        ["onep-plain"] = 15001,
        ["onep-tls"] = 15002,
        ["pim-auto-rp"] = 496,
        ["pop2"] = 109,
        ["pop3"] = 110,
        ["smtp"] = 25,

        // Not a keyword on older images (they print 22), but newer ones accept it; reading it costs nothing.
        ["ssh"] = 22,
        ["sunrpc"] = 111,
        ["tacacs"] = 49,
        ["talk"] = 517,
        ["telnet"] = 23,
        ["time"] = 37,
        ["uucp"] = 540,
        ["whois"] = 43,
        ["www"] = 80,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> UdpPorts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["biff"] = 512,
        ["bootpc"] = 68,
        ["bootps"] = 67,
        ["discard"] = 9,
        ["dnsix"] = 195,
        ["domain"] = 53,
        ["echo"] = 7,
        ["isakmp"] = 500,
        ["mobile-ip"] = 434,
        ["nameserver"] = 42,
        ["netbios-dgm"] = 138,
        ["netbios-ns"] = 137,
        ["netbios-ss"] = 139,
        ["non500-isakmp"] = 4500,
        ["ntp"] = 123,
        ["pim-auto-rp"] = 496,
        ["rip"] = 520,
        ["ripv6"] = 521,
        ["snmp"] = 161,
        ["snmptrap"] = 162,
        ["sunrpc"] = 111,
        ["syslog"] = 514,
        ["tacacs"] = 49,
        ["talk"] = 517,
        ["tftp"] = 69,
        ["time"] = 37,
        ["who"] = 513,
        ["xdmcp"] = 177,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
