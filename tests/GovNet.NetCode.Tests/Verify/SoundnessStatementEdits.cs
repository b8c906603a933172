using GovNet.NetCode.Model;
using GovNet.NetCode.Testing.Mutations;
using static GovNet.NetCode.Tests.Verify.SoundnessBridgeEdits;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Edits that write an address of the other plane into a statement a device acts on (exports,
/// relays, tunnels, IPsec peers, object groups, NAT, policy routing, sub-interfaces, aggregates)
/// that the parsers model partly or not at all. The address census must see the literal whatever the statement.
/// </summary>
public static class SoundnessStatementEdits
{
    public const string OtherPlaneAddress = "other-plane address in a statement";

    /// <summary>What to write, given the address of the other plane and the device.</summary>
    private delegate void Writer(ConfigText text, Ipv4Address other, Context device);

    /// <summary>What a writer may need of the device: its plane tag, an SVI, a spare port, one of its own addresses.</summary>
    private sealed record Context(string Tag, string? SviHeader, string Svi, string SparePort, Ipv4Address Own);

    public static IReadOnlyList<SoundnessEdit> All { get; } =
    [
        Edit(Huawei, "set save-configuration backup-to-server server", (t, a, _) =>
            t.AddStatement($"set save-configuration backup-to-server server {a} transport-type sftp user netcode path /backup")),
        Edit(Huawei, "dhcp relay server-ip on an SVI", (t, a, d) => t.AppendToSection(t.Header(d.SviHeader!), " dhcp select relay", $" dhcp relay server-ip {a}")),
        Edit(Huawei, "GRE tunnel destination", (t, a, d) =>
            t.AddInterface("interface Tunnel0/0/1", $" description {d.Tag} tunnel", " tunnel-protocol gre", $" source {d.Svi}", $" destination {a}")),
        Edit(Huawei, "nat static global on an SVI", (t, a, d) => t.AppendToSection(t.Header(d.SviHeader!), $" nat static global {a} inside {d.Own}")),
        Edit(Huawei, "policy-based-route apply ip-address next-hop", (t, a, _) =>
            t.AddStatement("policy-based-route netcode-pbr permit node 10", $" apply ip-address next-hop {a}")),
        Edit(Huawei, "sub-interface with dot1q termination vid", (t, a, d) =>
            t.AddInterface($"interface {d.SparePort}.100", $" description {d.Tag} sub-interface", " dot1q termination vid 100", $" ip address {a} 255.255.255.0")),
        Edit(Huawei, "routed Eth-Trunk with a member port", (t, a, d) =>
        {
            t.AddInterface("interface Eth-Trunk9", $" description {d.Tag} aggregate", " undo portswitch", $" ip address {a} 255.255.255.252");
            t.AddInterface($"interface {d.SparePort}", $" description {d.Tag} aggregate member", " eth-trunk 9");
        }),

        Edit(H3c, "sntp unicast-server", (t, a, _) => t.AddStatement($"sntp unicast-server {a}")),
        Edit(H3c, "sflow collector ip", (t, a, _) => t.AddStatement($"sflow collector 1 ip {a} description netcode")),
        Edit(H3c, "ip netstream export host", (t, a, _) => t.AddStatement($"ip netstream export host {a} 9995")),
        Edit(H3c, "dhcp relay server-address on an SVI", (t, a, d) => t.AppendToSection(t.Header(d.SviHeader!), " dhcp select relay", $" dhcp relay server-address {a}")),
        Edit(H3c, "GRE tunnel destination", (t, a, d) =>
            t.AddInterface("interface Tunnel1 mode gre", $" description {d.Tag} tunnel", $" source {d.Svi}", $" destination {a}")),
        Edit(H3c, "nat static outbound", (t, a, d) => t.AddStatement($"nat static outbound {d.Own} {a}")),
        Edit(H3c, "policy-based-route apply next-hop", (t, a, _) => t.AddStatement("policy-based-route netcode-pbr permit node 5", $" apply next-hop {a}")),
        Edit(H3c, "sub-interface with vlan-type dot1q vid", (t, a, d) =>
            t.AddInterface($"interface {d.SparePort}.100", $" description {d.Tag} sub-interface", " vlan-type dot1q vid 100", $" ip address {a} 255.255.255.0")),
        Edit(H3c, "routed Route-Aggregation with a member port", (t, a, d) =>
        {
            t.AddInterface("interface Route-Aggregation9", $" description {d.Tag} aggregate", $" ip address {a} 255.255.255.252");
            t.AddInterface($"interface {d.SparePort}", " port link-mode route", $" description {d.Tag} aggregate member", " port link-aggregation group 9");
        }),

        Edit(Cisco, "flow exporter destination", (t, a, _) => t.AddStatement("flow exporter NETCODE-EXPORT", $" destination {a}", " transport udp 2055")),
        Edit(Cisco, "archive path tftp", (t, a, _) => t.AddStatement("archive", $" path tftp://{a}/$h-$t", " write-memory")),
        Edit(Cisco, "ip helper-address on an SVI", (t, a, d) => t.AppendToSection(t.Header(d.SviHeader!), $" ip helper-address {a}")),
        Edit(Cisco, "tunnel destination", (t, a, d) =>
            t.AddInterface("interface Tunnel1", $" description {d.Tag} tunnel", $" tunnel source {d.Svi}", $" tunnel destination {a}")),
        Edit(Cisco, "object-group network host", (t, a, _) => t.AddStatement("object-group network NETCODE-OG", $" host {a}")),
        Edit(Cisco, "crypto map set peer", (t, a, _) => t.AddStatement("crypto map NETCODE-MAP 10 ipsec-isakmp", $" set peer {a}")),
        Edit(Cisco, "ip nat inside source static", (t, a, d) => t.AddStatement($"ip nat inside source static {d.Own} {a}")),
        Edit(Cisco, "route-map set ip next-hop", (t, a, _) => t.AddStatement("route-map NETCODE-PBR permit 10", $" set ip next-hop {a}")),
        Edit(Cisco, "sub-interface with encapsulation dot1Q", (t, a, d) =>
            t.AddInterface($"interface {d.SparePort}.100", $" description {d.Tag} sub-interface", " encapsulation dot1Q 100", $" ip address {a} 255.255.255.0")),
        Edit(Cisco, "routed Port-channel with a member port", (t, a, d) =>
        {
            t.AddInterface("interface Port-channel9", $" description {d.Tag} aggregate", " no switchport", $" ip address {a} 255.255.255.252");
            t.AddInterface($"interface {d.SparePort}", $" description {d.Tag} aggregate member", " no switchport", " channel-group 9 mode active", " no shutdown");
        }),
    ];

    /// <summary>
    /// Any device of the dialect, in either plane, gets the statement with an address from a
    /// segment of the other plane: the census must flag it whichever plane writes it.
    /// </summary>
    private static SoundnessEdit Edit(string dialect, string name, Writer write) =>
        new(OtherPlaneAddress, dialect, name, (network, random) =>
        {
            var hosts = network.Hosts(dialect).Where(h => network.Svis(h).Count > 0).ToList();
            if (hosts.Count == 0)
            {
                return null;
            }

            var host = hosts[random.Next(hosts.Count)];
            var plane = network.PlaneOf(host);
            var other = network.AddressIn(network.OtherPlane(plane), random);
            var svi = network.Svis(host)[0];
            var text = network.Text(host);
            var device = new Context(network.Tag(plane), text.Lines[svi.Line - 1], svi.Name, network.SparePort(host), svi.Addresses[0].Address);
            write(text, other, device);
            return new AppliedEdit(host, text, $"{name} {other}");
        });
}
