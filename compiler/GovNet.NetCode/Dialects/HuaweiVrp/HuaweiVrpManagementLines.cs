using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>What a management line is: not one, a server reference, or a reference the facts cannot hold (IPv6, a domain name).</summary>
internal enum ManagementLineKind
{
    NotManagement,
    Reference,
    Unreadable,
}

/// <summary>
/// Lines naming a server the management plane talks to: NTP, syslog, TACACS/RADIUS, SNMP trap
/// targets, DNS. Each is one line whose server is the first IPv4 address in a fixed position;
/// <c>[…]</c> below marks optional trailing words (ports, VRFs, <c>secondary</c>), which do not
/// change which server is named.
/// </summary>
internal static class HuaweiVrpManagementLines
{
    public static (ManagementLineKind Kind, ManagementKind Server, Ipv4Address Address) Read(string line)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        string Word(int i) => i < words.Length ? words[i].ToLowerInvariant() : string.Empty;

        return (Word(0), Word(1)) switch
        {
            // ntp-service unicast-server|unicast-peer A […]
            ("ntp-service", "unicast-server" or "unicast-peer") => At(words, 2, ManagementKind.Ntp),

            // info-center loghost A […]; "info-center loghost source IF" names no server.
            ("info-center", "loghost") when Word(2) != "source" => At(words, 2, ManagementKind.Syslog),

            // dns server A […]; "dns server source-ip" names no server.
            ("dns", "server") when Word(2) != "source-ip" => At(words, 2, ManagementKind.Dns),

            // hwtacacs-server authentication|authorization|accounting A [port] [secondary] (in a template)
            ("hwtacacs-server", "authentication" or "authorization" or "accounting") => At(words, 2, ManagementKind.Aaa),

            // radius-server authentication|accounting A port […] (in a template)
            ("radius-server", "authentication" or "accounting") => At(words, 2, ManagementKind.Aaa),

            // snmp-agent target-host trap|inform address udp-domain A [udp-port N] params …
            // snmp-agent target-host trap-hostname NAME address A udp-port N …
            ("snmp-agent", "target-host") => SnmpTarget(words),

            _ => (ManagementLineKind.NotManagement, default, default),
        };
    }

    private static (ManagementLineKind, ManagementKind, Ipv4Address) At(string[] words, int index, ManagementKind kind) =>
        index < words.Length && Ipv4Address.TryParse(words[index], out var address)
            ? (ManagementLineKind.Reference, kind, address)
            : (ManagementLineKind.Unreadable, kind, default);

    private static (ManagementLineKind, ManagementKind, Ipv4Address) SnmpTarget(string[] words)
    {
        var at = Array.FindIndex(words, w => w.Equals("address", StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return (ManagementLineKind.Unreadable, ManagementKind.Snmp, default);
        }

        var index = at + 1 < words.Length && words[at + 1].Equals("udp-domain", StringComparison.OrdinalIgnoreCase) ? at + 2 : at + 1;
        return At(words, index, ManagementKind.Snmp);
    }
}
