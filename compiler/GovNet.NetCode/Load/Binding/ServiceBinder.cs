using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary>policy/services.yaml → <see cref="Service"/>s.</summary>
internal static class ServiceBinder
{
    public static IEnumerable<Service> Bind(YamlMapping root, DiagnosticBag diagnostics) =>
        root.Entries("services").Select(e => BindService(e.Key, (YamlMapping)e.Value, diagnostics));

    private static Service BindService(YamlScalar name, YamlMapping service, DiagnosticBag diagnostics) => new(
        name.Located(),
        service.Text("title"),
        service.Located("zone"),
        service.Scalar("address")!.Address(),
        [.. service.Items("ports").Cast<YamlScalar>().Select(p => BindPort(p, diagnostics)).OfType<ServicePort>()])
    {
        Public = service.Scalar("public")?.Address(),
    };

    /// <summary>Reads <c>tcp/443</c>, <c>udp/53,123</c>, <c>icmp</c> or <c>ip</c>.</summary>
    private static ServicePort? BindPort(YamlScalar scalar, DiagnosticBag diagnostics)
    {
        var text = scalar.Value;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var protocolText = slash < 0 ? text : text[..slash];
        Protocol? protocol = ProtocolNames.Parse(protocolText);
        if (protocol is null)
        {
            diagnostics.Error(Codes.BadPorts, scalar.TextStart,
                Messages.Format("BadServicePort", Formats.Clip(text)));
            return null;
        }

        if (slash < 0)
        {
            if (protocol is Protocol.Tcp or Protocol.Udp)
            {
                diagnostics.Error(Codes.BadPorts, scalar.TextStart, Messages.Format("ServicePortNeedsPorts", text));
                return null;
            }

            return new ServicePort(protocol.Value, [], scalar.Span);
        }

        if (protocol is Protocol.Ip or Protocol.Icmp)
        {
            diagnostics.Error(Codes.BadPorts, scalar.TextStart.Offset(slash), Messages.Format("PortsOnlyTcpUdp", protocolText));
            return null;
        }

        var ports = PortListParser.TryParse(text[(slash + 1)..], scalar.TextStart.Offset(slash + 1), diagnostics);
        return ports is { } list ? new ServicePort(protocol.Value, list, scalar.Span) : null;
    }
}
