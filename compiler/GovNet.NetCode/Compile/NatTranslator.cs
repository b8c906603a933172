using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile;

/// <summary>
/// NAT for an egress of a plane with internet: every internet port translates the sources its
/// outbound ACL lets out (to the device's <c>nat-pool</c>, else to the port's own address), and
/// publishes each service with a <c>public</c> address on the ports flows from the internet declare.
/// </summary>
internal static class NatTranslator
{
    /// <summary>The address group number the pool gets (each dialect numbers groups from small integers).</summary>
    public const int PoolGroup = 1;

    public static NatView Of(ModelIndex context, Device device, Func<string, AclRef?> outboundAcl)
    {
        if (device.Role.Value != DeviceRole.Egress || !context.Planes.TryGetValue(device.Plane.Value, out var plane) ||
            plane.Internet.Value != InternetAccess.ViaEgress)
        {
            return NatView.None;
        }

        var servers = context.Services.Values
            .Where(s => s.Public is not null && context.PlaneOfZone(s.Zone.Value) == plane.Name.Value)
            .OrderBy(s => s.Name.Value, StringComparer.Ordinal)
            .SelectMany(s => PublishedPorts.Of(context, s).Ports.Select(p => new NatServerView(
                s.Name.Value, p.Protocol == Protocol.Tcp ? "tcp" : "udp", s.Public!.Value.ToString(), p.Port, s.Address.Value.ToString())))
            .ToList();
        var ports = device.Interfaces
            .Where(i => i.Link?.Value is InternetLinkEnd)
            .OrderBy(i => i.Name.Value, StringComparer.Ordinal)
            .Select(i => outboundAcl(i.Name.Value) is { } acl ? new NatPortView(i.Name.Value, acl, [.. servers]) : null)
            .OfType<NatPortView>()
            .ToList();
        if (ports.Count == 0)
        {
            return NatView.None;
        }

        var pool = device.NatPool is { } declared ? new NatPoolView(PoolGroup, declared.From.Value.ToString(), declared.To.Value.ToString()) : null;
        return new NatView(true, pool, [.. ports]);
    }
}
