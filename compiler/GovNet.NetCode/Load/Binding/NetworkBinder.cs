using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary>policy/network.yaml → <see cref="NetworkDefinition"/>.</summary>
internal static class NetworkBinder
{
    public static NetworkDefinition Bind(YamlMapping root, string file) => new(
        root.Located("network"),
        root.Text("title"),
        [.. root.Entries("planes").Select(e => BindPlane(e.Key, (YamlMapping)e.Value))],
        [.. root.Entries("zones").Select(e => BindZone(e.Key, (YamlMapping)e.Value))],
        file);

    private static Plane BindPlane(YamlScalar name, YamlMapping plane)
    {
        var internet = plane.Scalar("internet")!;
        return new Plane(
            name.Located(),
            plane.Text("title"),
            new Located<InternetAccess>(internet.Value == "none" ? InternetAccess.None : InternetAccess.ViaEgress, internet.Span),
            [.. plane.Entries("upstream").Select(e => BindUpstream(e.Key, (YamlMapping)e.Value))],
            BindManagement((YamlMapping)plane["management"]!),
            plane["baseline"] is YamlMapping baseline ? BaselineBinder.Bind(baseline) : null);
    }

    private static Upstream BindUpstream(YamlScalar name, YamlMapping upstream) => new(
        name.Located(),
        upstream.Text("title"),
        [.. upstream.Items("prefixes").Cast<YamlScalar>().Select(YamlAccess.Prefix)]);

    private static readonly (string Key, ManagementServerKind Kind)[] ServerKeys =
    [
        ("ntp", ManagementServerKind.Ntp),
        ("syslog", ManagementServerKind.Syslog),
        ("aaa", ManagementServerKind.Aaa),
        ("snmp", ManagementServerKind.Snmp),
        ("dns", ManagementServerKind.Dns),
    ];

    private static ManagementServices BindManagement(YamlMapping management)
    {
        var subnet = management.Scalar("subnet")!.Prefix();
        var gateway = management.Scalar("gateway") is { } explicitGateway
            ? explicitGateway.Address()
            : new Located<Ipv4Address>(subnet.Value.FirstHost, subnet.Span);
        return new ManagementServices(
            subnet,
            management.Scalar("vlan")?.Integer(),
            gateway,
            [.. ServerKeys.SelectMany(k => management.Items(k.Key).Cast<YamlScalar>().Select(s => new ManagementServer(k.Kind, s.Address())))],
            management.Span);
    }

    private static Zone BindZone(YamlScalar name, YamlMapping zone) => new(
        name.Located(),
        zone.Located("plane"),
        zone.Text("title"),
        zone.Text("role") == "internet-access" ? ZoneRole.InternetAccess : ZoneRole.None,
        zone.Text("intra") == "permit");
}
