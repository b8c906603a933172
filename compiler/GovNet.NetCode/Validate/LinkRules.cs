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
            diagnostics.Error(Codes.UnknownLinkTarget, link.Span, Messages.Format("LinkUnknownDevice", device.Hostname, port.Name, far.Hostname, Suggestions.DidYouMean(far.Hostname, context.Devices.Keys)));
            return;
        }

        if (!context.Ports.TryGetValue((far.Hostname, far.Port), out var farEnd))
        {
            diagnostics.Error(Codes.UnknownLinkTarget, link.Span, Messages.Format("LinkUnknownPort", device.Hostname, port.Name, far.Hostname, far.Port, Suggestions.DidYouMean(far.Port, farDevice.Interfaces.Select(i => i.Name.Value))));
            return;
        }

        var farPort = farEnd.Interface;
        if (farPort.Link?.Value is not DeviceLinkEnd back || back.Hostname != device.Hostname.Value || back.Port != port.Name.Value)
        {
            var says = farPort.Link is { } other ? Messages.Format("FarLinksTo", other) : Messages.Get("FarHasNoLink");
            diagnostics.Error(Codes.LinkNotSymmetric, link.Span,
                Messages.Format("LinkNotSymmetric", device.Hostname, port.Name, far, says, farPort.Span), farPort.Span);
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
                Messages.Format("LinkAcrossPlanes", device.Hostname, port.Name, device.Plane, far, farDevice.Plane), farPort.Span);
            return;
        }

        if (port.Mode.Value != farPort.Mode.Value)
        {
            diagnostics.Error(Codes.LinkModeMismatch, port.Mode.Span,
                Messages.Format("LinkModeMismatch", device.Hostname, port.Name, port.Mode.Value.ToString().ToLowerInvariant(), far, farPort.Mode.Value.ToString().ToLowerInvariant()), farPort.Mode.Span);
            return;
        }

        if (port is { Address: { } near } && farPort is { Address: { } farAddress })
        {
            var subnet = near.Value.Subnet;
            if (near.Value.Length != farAddress.Value.Length || !subnet.Contains(farAddress.Value.Address) || near.Value.Address == farAddress.Value.Address)
            {
                diagnostics.Error(Codes.RoutedLinkMismatch, near.Span,
                    Messages.Format("RoutedLinkNotOneSubnet", device.Hostname, port.Name, near, far, farAddress), farAddress.Span);
            }
            else if (subnet.Length < 31 && (near.Value.Address == subnet.Network || near.Value.Address == subnet.Broadcast || farAddress.Value.Address == subnet.Network || farAddress.Value.Address == subnet.Broadcast))
            {
                diagnostics.Error(Codes.RoutedLinkMismatch, near.Span,
                    Messages.Format("RoutedLinkNotHost", device.Hostname, port.Name, near, far, farAddress, subnet), farAddress.Span);
            }
        }
    }

    private static void CheckInternetLink(ModelIndex context, Device device, Located<LinkEnd> link, DiagnosticBag diagnostics)
    {
        if (device.Role.Value != DeviceRole.Egress)
        {
            diagnostics.Error(Codes.InternetLinkNotEgress, link.Span,
                Messages.Format("InternetLinkNotEgress", device.Hostname, device.Role.Value.ToString().ToLowerInvariant()));
        }
        else if (context.Planes.TryGetValue(device.Plane.Value, out var plane) && plane.Internet.Value == InternetAccess.None)
        {
            diagnostics.Error(Codes.InternetLinkNotEgress, link.Span,
                Messages.Format("InternetLinkFromIsolatedPlane", device.Hostname, plane.Name, plane.Internet.Span), plane.Internet.Span);
        }
    }

    private static void CheckUpstreamLink(ModelIndex context, Device device, Located<LinkEnd> link, UpstreamLinkEnd upstream, DiagnosticBag diagnostics)
    {
        if (context.Planes.TryGetValue(device.Plane.Value, out var plane) && !plane.Upstreams.Any(u => u.Name.Value == upstream.Upstream))
        {
            diagnostics.Error(Codes.UnknownUpstream, link.Span,
                Messages.Format("UnknownUpstream", device.Hostname, upstream.Upstream, plane.Name, IdentityRules.Known(upstream.Upstream, plane.Upstreams.Select(u => u.Name.Value))));
        }
    }
}
