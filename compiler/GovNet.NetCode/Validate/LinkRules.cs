using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// Cables are declared at both ends and agree; no cable joins two planes (P1 at validation time);
/// only egress devices of a via-egress plane face the internet (P2; 001 第八条: one managed exit);
/// upstream links go to networks the plane names.
/// </summary>
internal static class LinkRules
{
    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        foreach (var device in context.Model.Devices)
        {
            foreach (var port in device.Interfaces.Where(i => i is { Link: not null, FromRange: false }))
            {
                var link = port.Link!.Value;
                switch (link.Value)
                {
                    case DeviceLinkEnd far:
                        CheckDeviceLink(context, device, port, link, far, diagnostics);
                        break;
                    case InternetLinkEnd:
                        CheckInternetLink(context, device, link, diagnostics);
                        break;
                    case UpstreamLinkEnd upstream:
                        CheckUpstreamLink(context, device, link, upstream, diagnostics);
                        break;
                }
            }
        }
    }

    private static void CheckDeviceLink(ModelIndex context, Device device, Interface port, Located<LinkEnd> link, DeviceLinkEnd far, DiagnosticBag diagnostics)
    {
        if (!context.Devices.TryGetValue(far.Hostname, out var farDevice))
        {
            diagnostics.Error(Codes.UnknownLinkTarget, link.Span, $"{device.Hostname} {port.Name} links to device '{far.Hostname}', which the inventory does not hold{Suggestions.DidYouMean(far.Hostname, context.Devices.Keys)}");
            return;
        }

        if (!context.Ports.TryGetValue((far.Hostname, far.Port), out var farEnd))
        {
            diagnostics.Error(Codes.UnknownLinkTarget, link.Span, $"{device.Hostname} {port.Name} links to {far.Hostname} port '{far.Port}', which {far.Hostname} does not declare{Suggestions.DidYouMean(far.Port, farDevice.Interfaces.Select(i => i.Name.Value))}");
            return;
        }

        var farPort = farEnd.Interface;
        if (farPort.Link?.Value is not DeviceLinkEnd back || back.Hostname != device.Hostname.Value || back.Port != port.Name.Value)
        {
            var says = farPort.Link is { } other ? $"links to {other}" : "has no link";
            diagnostics.Error(Codes.LinkNotSymmetric, link.Span,
                $"{device.Hostname} {port.Name} links to {far}, but {far} {says}; both ends declare the cable ({farPort.Span})", farPort.Span);
            return;
        }

        // Each remaining check belongs to the pair: report it once, from the end that sorts first.
        if (string.CompareOrdinal($"{device.Hostname}:{port.Name}", far.ToString()) > 0)
        {
            return;
        }

        if (device.Plane.Value != farDevice.Plane.Value)
        {
            diagnostics.Error(Codes.LinkAcrossPlanes, link.Span,
                $"cable {device.Hostname} {port.Name} (plane {device.Plane}) → {far} (plane {farDevice.Plane}) joins two planes; they must stay physically isolated (P1)", farPort.Span);
            return;
        }

        if (port.Mode.Value != farPort.Mode.Value)
        {
            diagnostics.Error(Codes.LinkModeMismatch, port.Mode.Span,
                $"{device.Hostname} {port.Name} is {port.Mode.Value.ToString().ToLowerInvariant()} but its far end {far} is {farPort.Mode.Value.ToString().ToLowerInvariant()}", farPort.Mode.Span);
            return;
        }

        if (port is { Address: { } near } && farPort is { Address: { } farAddress })
        {
            var subnet = near.Value.Subnet;
            if (near.Value.Length != farAddress.Value.Length || !subnet.Contains(farAddress.Value.Address) || near.Value.Address == farAddress.Value.Address)
            {
                diagnostics.Error(Codes.RoutedLinkMismatch, near.Span,
                    $"routed link {device.Hostname} {port.Name} {near} and {far} {farAddress} must be two different hosts of one subnet", farAddress.Span);
            }
            else if (subnet.Length < 31 && (near.Value.Address == subnet.Network || near.Value.Address == subnet.Broadcast || farAddress.Value.Address == subnet.Network || farAddress.Value.Address == subnet.Broadcast))
            {
                diagnostics.Error(Codes.RoutedLinkMismatch, near.Span,
                    $"routed link {device.Hostname} {port.Name} {near} / {far} {farAddress} uses the network or broadcast address of {subnet}", farAddress.Span);
            }
        }
    }

    private static void CheckInternetLink(ModelIndex context, Device device, Located<LinkEnd> link, DiagnosticBag diagnostics)
    {
        if (device.Role.Value != DeviceRole.Egress)
        {
            diagnostics.Error(Codes.InternetLinkNotEgress, link.Span,
                $"{device.Hostname} is a {device.Role.Value.ToString().ToLowerInvariant()} device; only egress devices may link to the internet (the single managed exit) (P2)");
        }
        else if (context.Planes.TryGetValue(device.Plane.Value, out var plane) && plane.Internet.Value == InternetAccess.None)
        {
            diagnostics.Error(Codes.InternetLinkNotEgress, link.Span,
                $"{device.Hostname} links to the internet, but its plane {plane.Name} has 'internet: none' ({plane.Internet.Span}) (P2)", plane.Internet.Span);
        }
    }

    private static void CheckUpstreamLink(ModelIndex context, Device device, Located<LinkEnd> link, UpstreamLinkEnd upstream, DiagnosticBag diagnostics)
    {
        if (context.Planes.TryGetValue(device.Plane.Value, out var plane) && !plane.Upstreams.Any(u => u.Name.Value == upstream.Upstream))
        {
            diagnostics.Error(Codes.UnknownUpstream, link.Span,
                $"{device.Hostname} links to upstream network '{upstream.Upstream}', which plane {plane.Name} does not name{IdentityRules.Known(upstream.Upstream, plane.Upstreams.Select(u => u.Name.Value))}");
        }
    }
}
