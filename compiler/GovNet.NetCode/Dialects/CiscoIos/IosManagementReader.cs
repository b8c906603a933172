using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Servers the management plane talks to: NTP, syslog, TACACS+/RADIUS, SNMP trap receivers and
/// DNS. A server named in a form the facts cannot hold (a host name, IPv6) is reported as not
/// understood, so the plane check knows it has not seen every server; it does not affect forwarding.
/// </summary>
internal static class IosManagementReader
{
    /// <summary>Reads a top-level line or section about management servers; false when it is not one.</summary>
    public static bool TryRead(ConfigNode node, IosFactsBuilder facts)
    {
        var words = node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        switch (words[0], words[1])
        {
            case ("ntp", "server" or "peer"):
                // ntp server [vrf NAME] [ip] ADDRESS [prefer] [key N] [source IF] …
                var at = 2;
                at += words.Length > at && words[at] == "vrf" ? 2 : 0;
                at += words.Length > at && words[at] == "ip" ? 1 : 0;
                One(node, facts, ManagementKind.Ntp, words, at);
                return true;
            case ("logging", "host"):
                One(node, facts, ManagementKind.Syslog, words, 2);
                return true;
            case ("logging", _) when Ipv4Address.TryParse(words[1], out _):
                One(node, facts, ManagementKind.Syslog, words, 1);
                return true;
            case ("snmp-server", "host"):
                One(node, facts, ManagementKind.Snmp, words, 2);
                return true;
            case ("tacacs-server" or "radius-server", "host"):
                One(node, facts, ManagementKind.Aaa, words, 2);
                return true;
            case ("ip", "name-server"):
                NameServers(node, facts, words);
                return true;
            case ("tacacs" or "radius", "server"):
                Section(node, facts, child => child.Length >= 3 && child[0] == "address" && child[1] == "ipv4" ? 2 : null);
                return true;
            case ("aaa", "group") when words is [_, _, "server", ..]:
                // " server 10.0.0.1" names a server directly; " server name X" refers to a tacacs/radius server section.
                Section(node, facts, child => child.Length >= 2 && child[0] is "server" or "server-private" && child[1] != "name" ? 1 : null);
                return true;
            case ("aaa", "server") when words is [_, _, "radius", "dynamic-author"]:
                // Change-of-authorisation clients: RADIUS servers that may talk to the device.
                Section(node, facts, child => child.Length >= 2 && child[0] == "client" ? 1 : null);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A line naming one server at word <paramref name="at"/>.</summary>
    private static void One(ConfigNode node, IosFactsBuilder facts, ManagementKind kind, string[] words, int at)
    {
        if (words.Length > at && Ipv4Address.TryParse(words[at], out var address))
        {
            facts.Management(kind, address, node.Line);
        }
        else
        {
            facts.Unread(node, IosFactsBuilder.GlobalSection, affectsForwarding: false);
        }

        facts.UnreadChildren(node, node.Text, affectsForwarding: false);
    }

    /// <summary><c>ip name-server [vrf NAME] A [B …]</c>: every address is a server.</summary>
    private static void NameServers(ConfigNode node, IosFactsBuilder facts, string[] words)
    {
        var from = words.Length > 3 && words[2] == "vrf" ? 4 : 2;
        var all = words.Length > from;
        for (var i = from; i < words.Length; i++)
        {
            if (Ipv4Address.TryParse(words[i], out var address))
            {
                facts.Management(ManagementKind.Dns, address, node.Line);
            }
            else
            {
                all = false;
            }
        }

        if (!all)
        {
            facts.Unread(node, IosFactsBuilder.GlobalSection, affectsForwarding: false);
        }

        facts.UnreadChildren(node, node.Text, affectsForwarding: false);
    }

    /// <summary>A server section: children for which <paramref name="addressAt"/> gives a word index name an AAA server there; other children are settings.</summary>
    private static void Section(ConfigNode node, IosFactsBuilder facts, Func<string[], int?> addressAt)
    {
        foreach (var child in node.Children)
        {
            var words = child.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (addressAt(words) is { } at)
            {
                if (Ipv4Address.TryParse(words[at], out var address))
                {
                    facts.Management(ManagementKind.Aaa, address, child.Line);
                }
                else
                {
                    facts.Unread(child, node.Text, affectsForwarding: false);
                }
            }
            else if (words is ["address", ..])
            {
                // An IPv6 or host-name address: a server the plane check cannot place.
                facts.Unread(child, node.Text, affectsForwarding: false);
            }

            facts.UnreadChildren(child, node.Text, affectsForwarding: false);
        }
    }
}
