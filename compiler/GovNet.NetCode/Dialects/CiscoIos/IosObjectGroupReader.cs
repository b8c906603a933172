using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.CiscoIos.IosTokens;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Reads <c>object-group network NAME</c> (members <c>host A</c>, <c>A MASK</c>, <c>range A B</c>,
/// <c>any</c>) and <c>object-group service NAME</c> (members <c>PROTO [source PORTS] [PORTS]</c>,
/// <c>tcp-udp …</c>) with <c>group-object</c> and <c>description</c> in both. A member line not
/// understood is reported as forwarding and breaks its group, so no ACL entry naming it is read
/// as narrower than the device's.
/// </summary>
internal static class IosObjectGroupReader
{
    private static readonly Parser<IosServiceMember> ServiceMember =
        from protocol in IosAclGrammar.ProtocolWord
        from source in Keyword("source").Then(_ => IosAclGrammar.PortsFor(protocol.Protocol)).Optional()
        from destination in IosAclGrammar.PortsFor(protocol.Protocol)
        select new IosServiceMember(protocol.Protocol, protocol.Number, source.GetOrElse(PortMatch.Any), destination);

    /// <summary>Rows for the IOS section table.</summary>
    public static readonly (string Header, SectionReader<IosFactsBuilder> Reader)[] Rows =
    [
        ("object-group network", (node, facts) => ReadGroup(node, facts, facts.ObjectGroups.Network, NetworkMembers)),
        ("object-group service", (node, facts) => ReadGroup(node, facts, facts.ObjectGroups.Service, ServiceMembers)),
    ];

    private static bool ReadGroup<T>(ConfigNode section, IosFactsBuilder facts, Func<string, IosObjectGroups.Group<T>> group, Func<string[], IEnumerable<T>?> members)
    {
        var words = section.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3)
        {
            return false;
        }

        var target = group(words[2]);
        foreach (var line in section.Children)
        {
            var inner = line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (inner)
            {
                case ["description", ..]:
                    break;
                case ["group-object", var nested]:
                    target.Nested.Add(nested);
                    break;
                default:
                    if (members(inner) is { } read)
                    {
                        target.Members.AddRange(read);
                    }
                    else
                    {
                        target.Broken = true;
                        facts.Unread(line, section.Text, affectsForwarding: true);
                    }

                    break;
            }

            facts.UnreadChildren(line, section.Text, affectsForwarding: true);
        }

        return true;
    }

    private static IEnumerable<AddressMatch>? NetworkMembers(string[] words) => words switch
    {
        ["any"] => [AddressMatch.Any],
        ["host", var host] when Ipv4Address.TryParse(host, out var address) => [AddressMatch.Host(address)],
        ["range", var from, var to] when Ipv4Address.TryParse(from, out var low) && Ipv4Address.TryParse(to, out var high) && low <= high =>
            IosObjectGroups.Range(low, high).ToList(),
        [var network, var mask] when Ipv4Address.TryParse(network, out var address) && Ipv4Address.TryParse(mask, out var m) && MaskLength(m) is { } length =>
            [AddressMatch.Of(Ipv4Prefix.Containing(address, length))],
        _ => null,
    };

    /// <summary>A service member; <c>tcp-udp</c> is a TCP and a UDP member with the same ports (names both know).</summary>
    private static IEnumerable<IosServiceMember>? ServiceMembers(string[] words)
    {
        if (words is ["tcp-udp", .. var rest])
        {
            var ports = string.Join(' ', rest);
            return IosTokens.Read(ServiceMember, "tcp " + ports) is { } tcp && IosTokens.Read(ServiceMember, "udp " + ports) is { } udp ? [tcp, udp] : null;
        }

        return IosTokens.Read(ServiceMember, string.Join(' ', words)) is { } member ? [member] : null;
    }
}
