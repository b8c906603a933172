using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>Names are unique and every name a declaration uses refers to something declared.</summary>
internal static class IdentityRules
{
    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        var model = context.Model;
        ReportDuplicates(model.Units.Select(u => u.Id), Messages.Get("NounUnit"), StringComparer.Ordinal, diagnostics);
        ReportDuplicates(model.Flows.Select(f => f.Id), Messages.Get("NounFlow"), StringComparer.Ordinal, diagnostics);
        ReportDuplicates(model.Network.Planes.SelectMany(p => p.Upstreams).Select(u => u.Name), Messages.Get("NounUpstream"), StringComparer.Ordinal, diagnostics);

        // Hostnames name config files; two that differ only in case collide on case-insensitive file systems.
        ReportDuplicates(model.Devices.Select(d => d.Hostname), Messages.Get("NounHostname"), StringComparer.OrdinalIgnoreCase, diagnostics);

        foreach (var zone in model.Network.Zones.Where(z => !context.Planes.ContainsKey(z.Plane.Value)))
        {
            diagnostics.Error(Codes.UnknownPlane, zone.Plane.Span, Messages.Format("ZoneInUnknownPlane", zone.Name, zone.Plane, Known(zone.Plane.Value, context.Planes.Keys)));
        }

        foreach (var device in model.Devices.Where(d => !context.Planes.ContainsKey(d.Plane.Value)))
        {
            diagnostics.Error(Codes.UnknownPlane, device.Plane.Span, Messages.Format("DeviceInUnknownPlane", device.Hostname, device.Plane, Known(device.Plane.Value, context.Planes.Keys)));
        }

        foreach (var segment in model.Segments.Where(s => !context.Zones.ContainsKey(s.Zone.Value)))
        {
            diagnostics.Error(Codes.UnknownZone, segment.Zone.Span, Messages.Format("SegmentInUnknownZone", segment.Name, segment.Zone, Known(segment.Zone.Value, context.Zones.Keys)));
        }

        foreach (var service in model.Services.Where(s => !context.Zones.ContainsKey(s.Zone.Value)))
        {
            diagnostics.Error(Codes.UnknownZone, service.Zone.Span, Messages.Format("ServiceInUnknownZone", service.Name, service.Zone, Known(service.Zone.Value, context.Zones.Keys)));
        }
    }

    private static void ReportDuplicates(IEnumerable<Located<string>> names, string what, StringComparer comparer, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Located<string>>(comparer);
        foreach (var name in names)
        {
            if (!first.TryAdd(name.Value, name))
            {
                var earlier = first[name.Value];
                diagnostics.Error(Codes.DuplicateId, name.Span, Messages.Format("DeclaredTwice", what, name, earlier, earlier.Span), earlier.Span);
            }
        }
    }

    /// <summary>The closest declared name when one is close, and a short list of what is declared, to help with typos.</summary>
    internal static string Known(string typed, IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).ToList();
        var declared = list.Count == 0 ? string.Empty : list.Count <= 12 ? Messages.Format("DeclaredList", string.Join(", ", list)) : Messages.Format("DeclaredCount", list.Count);
        return Suggestions.DidYouMean(typed, list) + declared;
    }
}
