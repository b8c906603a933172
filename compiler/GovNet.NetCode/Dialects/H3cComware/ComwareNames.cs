using System.Collections.Frozen;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// The names Comware accepts, and writes back, in place of protocol and port numbers in ACL rules
/// (H3C ACL command reference: "rule (advanced IPv4 ACL view)"). TCP and UDP names never clash on
/// a number, so one table serves both.
/// </summary>
internal static class ComwareNames
{
    public static readonly FrozenDictionary<string, int> Protocols = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["icmp"] = 1,
        ["igmp"] = 2,
        ["ipinip"] = 4,
        ["tcp"] = 6,
        ["udp"] = 17,
        ["gre"] = 47,
        ["ospf"] = 89,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> Ports = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // TCP
        ["echo"] = 7,
        ["discard"] = 9,
        ["daytime"] = 13,
        ["chargen"] = 19,
        ["ftp-data"] = 20,
        ["ftp"] = 21,
        ["ssh"] = 22,
        ["telnet"] = 23,
        ["smtp"] = 25,
        ["time"] = 37,
        ["whois"] = 43,
        ["tacacs"] = 49,
        ["domain"] = 53,
        ["gopher"] = 70,
        ["finger"] = 79,
        ["www"] = 80,
        ["hostname"] = 101,
        ["pop2"] = 109,
        ["pop3"] = 110,
        ["sunrpc"] = 111,
        ["nntp"] = 119,
        ["bgp"] = 179,
        ["irc"] = 194,
        ["exec"] = 512,
        ["login"] = 513,
        ["cmd"] = 514,
        ["lpd"] = 515,
        ["uucp"] = 540,
        ["klogin"] = 543,
        ["kshell"] = 544,

        // UDP
        ["nameserver"] = 42,
        ["tacacs-ds"] = 65,
        ["bootps"] = 67,
        ["bootpc"] = 68,
        ["tftp"] = 69,
        ["dnsix"] = 90,
        ["dns"] = 53,
        ["ntp"] = 123,
        ["netbios-ns"] = 137,
        ["netbios-dgm"] = 138,
        ["netbios-ssn"] = 139,
        ["snmp"] = 161,
        ["snmptrap"] = 162,
        ["xdmcp"] = 177,
        ["mobilip-ag"] = 434,
        ["mobilip-mn"] = 435,
        ["biff"] = 512,
        ["who"] = 513,
        ["syslog"] = 514,
        ["talk"] = 517,
        ["rip"] = 520,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
