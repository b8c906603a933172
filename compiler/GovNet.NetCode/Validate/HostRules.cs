using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// The host registry (001 第二十二条, 004 第十六条): each terminal's unit, zone and port exist, the port
/// is an access port of the host's own segment, its address is a usable address of that segment,
/// and no address or card is registered twice, since each becomes a binding on the access switch.
/// </summary>
internal static class HostRules
{
    private static readonly TextResource Text = new("GovNet.NetCode.Validate.HostText");

    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        var addresses = context.Model.Services.ToDictionary(s => s.Address.Value, s => (What: Text.Format("ServiceWhat", s.Name.Value), s.Address.Span));
        var macs = new Dictionary<MacAddress, SourceSpan>();
        foreach (var host in context.Model.Hosts)
        {
            if (Segment(context, host, diagnostics) is { } segment)
            {
                CheckPort(context, host, segment, diagnostics);
                CheckAddress(host, segment, diagnostics);
            }

            if (!addresses.TryAdd(host.Address.Value, (Text.Format("HostWhat", host.Owner), host.Address.Span)))
            {
                var (what, first) = addresses[host.Address.Value];
                diagnostics.Error(Codes.HostAddressReused, host.Address.Span, Text.Format("AddressReused", host.Address.Value, what, first), first);
            }

            if (host.Mac is not { } mac)
            {
                diagnostics.Error(Codes.HostMacInvalid, host.MacText.Span, Text.Format("MacInvalid", host.MacText.Value));
            }
            else if (!mac.IsUnicast)
            {
                diagnostics.Error(Codes.HostMacInvalid, host.MacText.Span, Text.Format("MacNotUnicast", host.MacText.Value));
            }
            else if (!macs.TryAdd(mac, host.MacText.Span))
            {
                diagnostics.Error(Codes.HostMacReused, host.MacText.Span, Text.Format("MacReused", mac, macs[mac]), macs[mac]);
            }
        }
    }

    private static Segment? Segment(ModelIndex context, Host host, DiagnosticBag diagnostics)
    {
        if (!context.Units.TryGetValue(host.Unit.Value, out var unit))
        {
            diagnostics.Error(Codes.HostUnknownUnit, host.Unit.Span,
                Text.Format("UnknownUnit", host.Unit.Value) + Suggestions.DidYouMean(host.Unit.Value, context.Units.Keys));
            return null;
        }

        if (context.Segments.TryGetValue(host.Segment, out var segment))
        {
            return segment;
        }

        var zones = unit.Segments.Select(s => s.Zone.Value).ToList();
        diagnostics.Error(Codes.HostUnknownZone, host.Zone.Span,
            Text.Format("UnknownZone", unit.Id.Value, host.Zone.Value, string.Join(", ", zones.Order(StringComparer.Ordinal))) + Suggestions.DidYouMean(host.Zone.Value, zones));
        return null;
    }

    private static void CheckPort(ModelIndex context, Host host, Segment segment, DiagnosticBag diagnostics)
    {
        if (host.PortParts is not var (hostname, name))
        {
            diagnostics.Error(Codes.HostUnknownPort, host.Port.Span, Text.Format("PortForm", host.Port.Value));
            return;
        }

        if (!context.Devices.TryGetValue(hostname, out var device))
        {
            diagnostics.Error(Codes.HostUnknownPort, host.Port.Span,
                Text.Format("UnknownDevice", hostname) + Suggestions.DidYouMean(hostname, context.Devices.Keys));
            return;
        }

        if (!context.Ports.TryGetValue((hostname, name), out var found))
        {
            diagnostics.Error(Codes.HostUnknownPort, host.Port.Span,
                Text.Format("UnknownInterface", hostname, name) + Suggestions.DidYouMean(name, device.Interfaces.Select(i => i.Name.Value)));
            return;
        }

        var port = found.Interface;
        if (port.Mode.Value != InterfaceMode.Access)
        {
            diagnostics.Error(Codes.HostPortNotAccess, host.Port.Span,
                Text.Format("PortNotAccess", host.Port.Value, port.Mode.Value.ToString().ToLowerInvariant(), port.Mode.Span), port.Mode.Span);
        }
        else if (device.Role.Value == DeviceRole.Egress)
        {
            diagnostics.Error(Codes.HostPortNotAccess, host.Port.Span, Text.Format("PortOnEgress", host.Port.Value));
        }
        else if (port.Segment is { } carried && carried.Value != segment.Name)
        {
            diagnostics.Error(Codes.HostPortNotAccess, host.Port.Span,
                Text.Format("PortOtherSegment", host.Port.Value, carried.Value, segment.Name, carried.Span), carried.Span);
        }
    }

    private static void CheckAddress(Host host, Segment segment, DiagnosticBag diagnostics)
    {
        var address = host.Address.Value;
        var subnet = segment.Subnet.Value;
        if (!subnet.Contains(address))
        {
            diagnostics.Error(Codes.HostAddressOutsideSegment, host.Address.Span,
                Text.Format("OutsideSegment", address, segment.Name, subnet, segment.Vlan.Value), segment.Subnet.Span);
            return;
        }

        var reserved = address == segment.Gateway.Value ? Text.Get("ReservedGateway")
            : subnet.Length < 31 && address == subnet.Network ? Text.Get("ReservedNetwork")
            : subnet.Length < 31 && address == subnet.Broadcast ? Text.Get("ReservedBroadcast")
            : null;
        if (reserved is not null)
        {
            diagnostics.Error(Codes.HostAddressReserved, host.Address.Span, Text.Format("Reserved", address, reserved, segment.Name));
        }
    }
}
