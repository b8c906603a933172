using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>Each port is declared once, has the fields its mode needs, and carries only its own plane (000 第三十二条: 严禁混插).</summary>
internal static class InterfaceRules
{
    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        var vlansByPlane = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        foreach (var device in context.Model.Devices)
        {
            var seen = new Dictionary<string, Interface>(StringComparer.OrdinalIgnoreCase);
            var checkedDeclarations = new HashSet<SourceSpan>();
            if (!vlansByPlane.TryGetValue(device.Plane.Value, out var planeVlans))
            {
                planeVlans = context.PlaneVlans(device.Plane.Value);
                vlansByPlane.Add(device.Plane.Value, planeVlans);
            }

            foreach (var port in device.Interfaces)
            {
                if (!seen.TryAdd(port.Name.Value, port))
                {
                    var first = seen[port.Name.Value];
                    var how = first.FromRange || port.FromRange ? Messages.Format("PortRangeOverlaps", port.Declared, first.Declared) : string.Empty;
                    diagnostics.Error(Codes.InterfaceOverlap, port.Name.Span,
                        Messages.Format("PortDeclaredTwice", device.Hostname, port.Name, how, first.Name.Span), first.Name.Span);
                    continue;
                }

                // A range expands to many ports with the same declaration: report its faults once.
                if (!checkedDeclarations.Add(port.Span))
                {
                    continue;
                }

                CheckModeFields(device, port, diagnostics);
                CheckSegment(context, device, port, diagnostics);
                CheckTrunkVlans(device, port, planeVlans, diagnostics);
                if (port is { Link: { } link, FromRange: true })
                {
                    diagnostics.Error(Codes.LinkOnPortRange, link.Span, Messages.Format("LinkOnPortRange", device.Hostname, port.Declared));
                }
            }
        }
    }

    private static void CheckModeFields(Device device, Interface port, DiagnosticBag diagnostics)
    {
        var mode = port.Mode.Value;
        var (needs, has) = mode switch
        {
            InterfaceMode.Access => ("segment", port.Segment is not null),
            InterfaceMode.Trunk => ("vlans", port.Vlans is not null),
            _ => ("address", port.Address is not null),
        };
        if (!has)
        {
            diagnostics.Error(Codes.InterfaceModeFields, port.Mode.Span, Messages.Format("PortModeNeeds", device.Hostname, port.Declared, WithArticle(mode), needs));
        }

        Forbid("segment", port.Segment?.Span, InterfaceMode.Access);
        Forbid("vlans", port.Vlans?.Span, InterfaceMode.Trunk);
        Forbid("address", port.Address?.Span, InterfaceMode.Routed);

        void Forbid(string field, SourceSpan? span, InterfaceMode owner)
        {
            if (span is { } at && mode != owner)
            {
                diagnostics.Error(Codes.InterfaceModeFields, at, Messages.Format("PortFieldOfOtherMode", field, Word(owner), device.Hostname, port.Declared, WithArticle(mode)));
            }
        }
    }

    private static string Word(InterfaceMode mode) => mode.ToString().ToLowerInvariant();

    private static string WithArticle(InterfaceMode mode) => Messages.Format(mode == InterfaceMode.Access ? "AnAccess" : "AMode", Word(mode));

    private static void CheckSegment(ModelIndex context, Device device, Interface port, DiagnosticBag diagnostics)
    {
        if (port.Segment is not { } segmentName)
        {
            return;
        }

        if (!context.Segments.TryGetValue(segmentName.Value, out var segment))
        {
            diagnostics.Error(Codes.UnknownSegment, segmentName.Span, Messages.Format("PortUnknownSegment", device.Hostname, port.Declared, segmentName, Suggestions.DidYouMean(segmentName.Value, context.Segments.Keys)));
            return;
        }

        var plane = context.PlaneOf(segment);
        if (plane is not null && plane != device.Plane.Value)
        {
            diagnostics.Error(Codes.AccessPortOtherPlane, segmentName.Span,
                Messages.Format("AccessPortOtherPlane", device.Hostname, device.Plane, port.Declared, segment.Name, plane));
        }
    }

    private static void CheckTrunkVlans(Device device, Interface port, IReadOnlySet<int> planeVlans, DiagnosticBag diagnostics)
    {
        if (port.Vlans is not { Auto: false } vlans)
        {
            return;
        }

        foreach (var vlan in vlans.Vlans)
        {
            if (vlan.Value is < AddressingRules.MinVlan or > AddressingRules.MaxVlan)
            {
                diagnostics.Error(Codes.VlanOutOfRange, vlan.Span, Messages.Format("PortVlanOutOfRange", vlan, device.Hostname, port.Declared, AddressingRules.MinVlan, AddressingRules.MaxVlan));
            }
            else if (!planeVlans.Contains(vlan.Value))
            {
                diagnostics.Error(Codes.TrunkVlanNotAssigned, vlan.Span,
                    Messages.Format("TrunkVlanNotAssigned", device.Hostname, port.Declared, vlan, device.Plane));
            }
        }
    }
}
