using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// VLANs of a plane whose segments outnumber its VLANs, numbered per layer-2 domain once the gateways
/// are known, as a city numbers each county's access network on its own. A distribution switch's
/// segments hang only below it and its <c>vlans: auto</c> trunk to the core carries none of them, so
/// each distribution switch numbers its own from the same list; the segments whose gateway is the core
/// reach across several domains and take the first VLANs, which no domain then reuses. The management
/// and black-hole VLANs span the plane and are never handed out (<see cref="PlaneAddressing.Vlan"/>).
/// </summary>
internal static class VlanPlanner
{
    /// <summary>The VLAN a segment has until its plane is numbered here.</summary>
    public const int Unnumbered = 0;

    public static ImmutableArray<GeneratedUnit> Number(ImmutableArray<GeneratedUnit> units, IReadOnlyList<GeneratedDevice> devices)
    {
        var waiting = units.SelectMany(u => u.Segments).Where(s => s.Vlan == Unnumbered).ToList();
        if (waiting.Count == 0)
        {
            return units;
        }

        var vlans = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plane in waiting.GroupBy(s => s.Plane, StringComparer.Ordinal))
        {
            var addressing = plane.Key == GeneratedPlane.External ? PlaneAddressing.External : PlaneAddressing.Internal;
            var planeDevices = devices.Where(d => d.Plane == plane.Key).ToList();
            var core = planeDevices.Single(d => d.Role == DeviceRole.Core);
            var gateways = planeDevices.SelectMany(d => d.GatewayFor.Select(s => (Segment: s, d.Hostname))).ToDictionary(x => x.Segment, x => x.Hostname, StringComparer.Ordinal);
            var byGateway = plane.GroupBy(s => gateways.GetValueOrDefault(s.Name, core.Hostname), StringComparer.Ordinal).ToList();
            var shared = byGateway.Where(g => g.Key == core.Hostname).SelectMany(g => g).ToList();
            Hand(shared, 0);
            foreach (var domain in byGateway.Where(g => g.Key != core.Hostname))
            {
                Hand([.. domain], shared.Count);
            }

            void Hand(List<GeneratedSegment> segments, int first)
            {
                if (first + segments.Count > addressing.VlanCount)
                {
                    throw new ArgumentException($"plane {plane.Key} needs {first + segments.Count} VLANs behind one gateway, more than the {addressing.VlanCount} it has");
                }

                for (var i = 0; i < segments.Count; i++)
                {
                    vlans[segments[i].Name] = addressing.Vlan(first + i);
                }
            }
        }

        return [.. units.Select(u => u with { Segments = [.. u.Segments.Select(s => vlans.TryGetValue(s.Name, out var vlan) ? s with { Vlan = vlan } : s)] })];
    }
}
