using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Validate;

/// <summary>
/// NAT at the egress (002 第十二条, boundary protection at the internet-access zone): a service is
/// published only from the internet-access zone, on the ports flows from the internet declare, at a
/// public address outside every plane; a NAT pool belongs to an egress of a plane with internet
/// and holds public addresses only. A translation into a plane's own space would join what the
/// verifier keeps apart.
/// </summary>
internal static class NatRules
{
    private static readonly TextResource Text = new("GovNet.NetCode.Validate.NatText");

    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        var spaces = context.Planes.Keys.Select(p => PlaneAddressSpace.Of(context, p)).ToList();
        string? PlaneHolding(Ipv4Address address) => spaces.FirstOrDefault(s => s.Contains(address))?.Plane;

        foreach (var service in context.Model.Services)
        {
            if (service.Public is not { } published)
            {
                continue;
            }

            if (!context.Zones.TryGetValue(service.Zone.Value, out var zone) || zone.Role != ZoneRole.InternetAccess)
            {
                diagnostics.Error(Codes.PublishedOutsideInternetAccess, published.Span, Text.Format("PublishedOutsideInternetAccess", service.Name.Value, service.Zone.Value));
            }

            if (PlaneHolding(published.Value) is { } plane)
            {
                diagnostics.Error(Codes.NatAddressInPlane, published.Span, Text.Format("PublicInPlane", service.Name.Value, published.Value, plane));
            }

            var (ports, refused) = PublishedPorts.Of(context, service);
            foreach (var flow in refused)
            {
                diagnostics.Error(Codes.PublishNotExpressible, flow.Rule.To.Span,
                    Text.Format("PublishNotExpressible", flow.Id.Value, service.Name.Value, PublishedPorts.MaxPerFlow), published.Span);
            }

            if (ports.Count == 0 && refused.Count == 0)
            {
                diagnostics.Error(Codes.PublishedWithoutFlow, published.Span, Text.Format("PublishedWithoutFlow", service.Name.Value));
            }

            if (context.PlaneOfZone(service.Zone.Value) is { } servicePlane)
            {
                NotCompiled(context, diagnostics, servicePlane, published.Span, "service", service.Name.Value);
            }
        }

        foreach (var device in context.Model.Devices)
        {
            if (device.NatPool is not { } pool)
            {
                continue;
            }

            var withInternet = context.Planes.TryGetValue(device.Plane.Value, out var plane) && plane.Internet.Value == InternetAccess.ViaEgress;
            if (device.Role.Value != DeviceRole.Egress || !withInternet)
            {
                diagnostics.Error(Codes.NatPoolNotEgress, pool.Span, Text.Format("PoolNotEgress", device.Hostname.Value));
            }

            NotCompiled(context, diagnostics, device.Plane.Value, pool.Span, "nat-pool", device.Hostname.Value);
            if (pool.From.Value.Value > pool.To.Value.Value)
            {
                diagnostics.Error(Codes.NatPoolBackwards, pool.To.Span, Text.Format("PoolBackwards", device.Hostname.Value, pool.From.Value, pool.To.Value));
                continue;
            }

            var (low, high) = (pool.From.Value.Value, pool.To.Value.Value);
            if (spaces.FirstOrDefault(s => s.Prefixes.Any(p => p.Network.Value <= high && p.Broadcast.Value >= low)) is { } inside)
            {
                diagnostics.Error(Codes.NatAddressInPlane, pool.Span, Text.Format("PoolInPlane", device.Hostname.Value, pool.From.Value, pool.To.Value, inside.Plane));
            }
        }
    }

    /// <summary>A NAT need on a plane whose egress dialect writes no NAT would otherwise vanish from the compiled config without a word.</summary>
    private static void NotCompiled(ModelIndex context, DiagnosticBag diagnostics, string plane, SourceSpan span, string what, string name)
    {
        foreach (var egress in context.Model.Devices.Where(d => d.Role.Value == DeviceRole.Egress && d.Plane.Value == plane))
        {
            if (DialectRegistry.Find(egress.Vendor.Value) is { CompilesNat: false } dialect)
            {
                diagnostics.Error(Codes.NatNotCompiled, span, Text.Format("NatNotCompiled", what, name, egress.Hostname.Value, dialect.Id));
            }
        }
    }
}
