using System.Collections.Frozen;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>The protocol and port names VRP accepts in ACL rules, and the numbers they stand for.</summary>
internal static class HuaweiVrpServiceNames
{
    // VRP names the protocols below; every other protocol is written as its number (1-255).
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

    // The TCP and UDP port names of the VRP rule command (display shows some ports by these names).
    // The two lists share no name, so one table serves both protocols.
    public static readonly FrozenDictionary<string, int> Ports = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // TCP
        ["bgp"] = 179,
        ["chargen"] = 19,
        ["cmd"] = 514,
        ["daytime"] = 13,
        ["discard"] = 9,
        ["domain"] = 53,
        ["echo"] = 7,
        ["exec"] = 512,
        ["finger"] = 79,
        ["ftp"] = 21,
        ["ftp-data"] = 20,
        ["gopher"] = 70,
        ["hostname"] = 101,
        ["irc"] = 194,
        ["klogin"] = 543,
        ["kshell"] = 544,
        ["login"] = 513,
        ["lpd"] = 515,
        ["nntp"] = 119,
        ["pop2"] = 109,
        ["pop3"] = 110,
        ["smtp"] = 25,
        ["sunrpc"] = 111,
        ["tacacs"] = 49,
        ["talk"] = 517,
        ["telnet"] = 23,
        ["time"] = 37,
        ["uucp"] = 540,
        ["whois"] = 43,
        ["www"] = 80,

        // UDP
        ["biff"] = 512,
        ["bootpc"] = 68,
        ["bootps"] = 67,
        ["dns"] = 53,
        ["dnsix"] = 90,
        ["mobilip-ag"] = 434,
        ["mobilip-mn"] = 435,
        ["nameserver"] = 42,
        ["netbios-dgm"] = 138,
        ["netbios-ns"] = 137,
        ["netbios-ssn"] = 139,
        ["ntp"] = 123,
        ["rip"] = 520,
        ["snmp"] = 161,
        ["snmptrap"] = 162,
        ["syslog"] = 514,
        ["tacacs-ds"] = 65,
        ["tftp"] = 69,
        ["who"] = 513,
        ["xdmcp"] = 177,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ProtocolNames = Protocols.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PortNames = Ports.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What a rule's protocol word means: <c>ip</c>, a name, or a number 0-255. Numbers and names
    /// of TCP, UDP and ICMP become those protocols; any other protocol is <see cref="Protocol.Ip"/>
    /// with its number, as <c>AclRuleFact.ProtocolNumber</c> expects. Null when the word is none.
    /// </summary>
    public static (Protocol Protocol, int? Number)? ProtocolOf(string word) => ProtocolOf(word.AsSpan());

    /// <summary><see cref="ProtocolOf(string)"/> of a word in a line.</summary>
    public static (Protocol Protocol, int? Number)? ProtocolOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("ip", StringComparison.OrdinalIgnoreCase))
        {
            return (Protocol.Ip, null);
        }

        var number = ProtocolNames.TryGetValue(word, out var named) ? named : HuaweiVrpLineGrammar.ToNumber(word);
        return number switch
        {
            < 0 or > 255 => null,
            1 => (Protocol.Icmp, null),
            6 => (Protocol.Tcp, null),
            17 => (Protocol.Udp, null),
            _ => (Protocol.Ip, number),
        };
    }

    /// <summary>A port number 0-65535 or a port name; -1 when the word is neither.</summary>
    public static int PortOf(string word) => PortOf(word.AsSpan());

    /// <summary><see cref="PortOf(string)"/> of a word in a line.</summary>
    public static int PortOf(ReadOnlySpan<char> word)
    {
        if (PortNames.TryGetValue(word, out var named))
        {
            return named;
        }

        var number = HuaweiVrpLineGrammar.ToNumber(word);
        return number <= 65535 ? number : -1;
    }
}
