using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// Flows name what exists, stay inside one plane (P1), reach the internet only from a via-egress
/// plane (P2), and carry an approval when they cross zones (P3; 002 第十条, 第二十条).
/// </summary>
internal static class FlowRules
{
    /// <summary>Where one end of a flow lies: the planes and zones it touches; no plane means outside the network.</summary>
    private sealed record End(IReadOnlySet<string> Planes, IReadOnlySet<string> Zones, bool IsInternet);

    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        // Flows name the same units and services again and again (every unit's flows to service:oa). An end
        // found without a mistake reports nothing and is the same wherever it is named, so it is found once;
        // a mistaken one is looked up, and reported, at every naming.
        var found = new Dictionary<Selector, End>();
        End? EndOf(Located<Selector> selector)
        {
            if (found.TryGetValue(selector.Value, out var known))
            {
                return known;
            }

            var end = Resolve(selector, context, diagnostics);
            if (end is not null)
            {
                found[selector.Value] = end;
            }

            return end;
        }

        foreach (var flow in context.Model.Flows)
        {
            var source = EndOf(flow.Rule.From);
            var destination = EndOf(flow.Rule.To);
            if (source is null || destination is null)
            {
                continue;
            }

            var planes = source.Planes.Union(destination.Planes).ToList();
            if (planes.Count == 0)
            {
                diagnostics.Error(Codes.FlowOutsideNetwork, flow.Rule.From.Span,
                    Messages.Format("FlowOutsideNetwork", flow.Id));
                continue;
            }

            if (planes.Count > 1)
            {
                diagnostics.Error(Codes.FlowAcrossPlanes, flow.Rule.From.Span,
                    Messages.Format("FlowAcrossPlanes", flow.Id, string.Join(Messages.Get("And"), planes.Order(StringComparer.Ordinal))));
                continue;
            }

            var plane = context.Planes[planes[0]];
            var internetEnd = source.IsInternet ? flow.Rule.From : destination.IsInternet ? flow.Rule.To : (Located<Selector>?)null;
            if (internetEnd is { } end && plane.Internet.Value == InternetAccess.None)
            {
                diagnostics.Error(Codes.InternetFromIsolatedPlane, end.Span,
                    Messages.Format("InternetFromIsolatedPlane", flow.Id, plane.Name, plane.Internet.Span), plane.Internet.Span);
                continue;
            }

            var zones = source.Zones.Union(destination.Zones).ToList();
            if (zones.Count > 1 && flow.Approval is null)
            {
                diagnostics.Error(Codes.CrossZoneWithoutApproval, flow.Span,
                    Messages.Format("CrossZoneWithoutApproval", flow.Id, string.Join(", ", zones.Order(StringComparer.Ordinal))));
            }

            if (flow.Expires is { } expires && expires.Value < context.Today)
            {
                diagnostics.Warning(Codes.FlowExpired, expires.Span,
                    Messages.Format("FlowExpired", flow.Id, expires.Value));
            }
        }
    }

    private static End? Resolve(Located<Selector> selector, ModelIndex context, DiagnosticBag diagnostics)
    {
        switch (selector.Value)
        {
            case InternetSelector:
                return new End(new HashSet<string>(), new HashSet<string> { "internet" }, true);
            case UnitSelector unit:
                {
                    if (!context.Units.TryGetValue(unit.Unit, out var declared))
                    {
                        return Unknown(Messages.Format("NamedUnit", unit.Unit), unit.Unit, context.Units.Keys);
                    }

                    var segments = unit.Zone is null ? declared.Segments.ToList() : [.. declared.Segments.Where(s => s.Zone.Value == unit.Zone)];
                    if (segments.Count == 0)
                    {
                        diagnostics.Error(Codes.UnitNotInZone, selector.Span, unit.Zone is null
                            ? Messages.Format("UnitHasNoSegments", unit.Unit, selector.Value)
                            : Messages.Format("UnitNotInZone", unit.Unit, unit.Zone, IdentityRules.Known($"{unit.Unit}@{unit.Zone}", declared.Segments.Select(s => s.Name))));
                        return null;
                    }

                    return Of(segments.Select(s => (context.PlaneOf(s), s.Zone.Value)));
                }

            case ZoneSelector zone:
                return context.Zones.ContainsKey(zone.Zone)
                    ? Of([(context.PlaneOfZone(zone.Zone), zone.Zone)])
                    : Unknown(Messages.Format("NamedZone", zone.Zone), zone.Zone, context.Zones.Keys);
            case ServiceSelector service:
                return context.Services.TryGetValue(service.Service, out var declaredService)
                    ? Of([(context.PlaneOfZone(declaredService.Zone.Value), declaredService.Zone.Value)])
                    : Unknown(Messages.Format("NamedService", service.Service), service.Service, context.Services.Keys);
            case UpstreamSelector upstream:
                return context.Upstreams.TryGetValue(upstream.Upstream, out var declaredUpstream)
                    ? new End(new HashSet<string> { declaredUpstream.Plane.Name.Value }, new HashSet<string> { $"upstream:{upstream.Upstream}" }, false)
                    : Unknown(Messages.Format("NamedUpstream", upstream.Upstream), upstream.Upstream, context.Upstreams.Keys);
            case CidrSelector cidr:
                {
                    // A prefix inside segments takes their planes and zones; outside every segment it is a zone of its own.
                    var inside = context.Model.Segments.Where(s => s.Subnet.Value.Overlaps(cidr.Prefix)).ToList();
                    return inside.Count > 0
                        ? Of(inside.Select(s => (context.PlaneOf(s), s.Zone.Value)))
                        : new End(new HashSet<string>(), new HashSet<string> { cidr.ToString() }, false);
                }

            default:
                throw new InvalidOperationException($"unknown selector {selector.Value.GetType().Name}");
        }

        End? Unknown(string what, string typed, IEnumerable<string> declared)
        {
            diagnostics.Error(Codes.UnknownSelectorTarget, selector.Span, Messages.Format("UnknownSelectorTarget", what, IdentityRules.Known(typed, declared)));
            return null;
        }
    }

    private static End Of(IEnumerable<(string? Plane, string Zone)> parts)
    {
        var list = parts.ToList();
        return new End(
            list.Where(p => p.Plane is not null).Select(p => p.Plane!).ToHashSet(StringComparer.Ordinal),
            list.Select(p => p.Zone).ToHashSet(StringComparer.Ordinal),
            false);
    }
}
