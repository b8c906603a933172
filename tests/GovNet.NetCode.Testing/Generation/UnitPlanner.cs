using System.Collections.Immutable;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// Decides the units and the zones each has a segment in, then numbers the segments (VLANs in unit
/// order, subnets in one block per zone). The centre has a segment in every zone; departments in the
/// first zone of each plane and most others; towns mostly on the external plane. When a plane would
/// hold more segments than it has VLANs or /24s, units give up their last segments, from the last
/// unit backwards, until it fits; past its VLANs, a plane whose gateways sit on distribution switches
/// repeats VLAN ids per layer-2 domain instead, and only its wider pool of /24s bounds it.
/// </summary>
internal static class UnitPlanner
{
    private sealed record Draft(string Id, string Title, UnitKind Kind, List<string> External, List<string> Internal);

    public static ImmutableArray<GeneratedUnit> Plan(NetworkSpec spec, IReadOnlyList<GeneratedZone> zones)
    {
        var random = SeededRandom.For(spec.Seed, 1);
        var external = zones.Where(z => z is { Plane: GeneratedPlane.External, InternetAccess: false }).Select(z => z.Name).ToList();
        var @internal = zones.Where(z => z.Plane == GeneratedPlane.Internal).Select(z => z.Name).ToList();
        var internetAccess = zones.Single(z => z.InternetAccess).Name;

        var towns = spec.Units == 1 ? 0 : Math.Min(spec.Units - 1, (int)Math.Round(spec.Units * spec.TownPercent / 100.0, MidpointRounding.AwayFromZero));
        var drafts = new List<Draft>();
        for (var i = 0; i < spec.Units - towns; i++)
        {
            var (id, title) = Gazetteer.Department(i);
            drafts.Add(i == 0
                ? new Draft(id, title, UnitKind.Centre, [internetAccess, .. external], [.. @internal])
                : new Draft(id, title, UnitKind.Department, Pick(random, external, 1.0, 0.7, 0.7), Pick(random, @internal, 1.0, 0.5, 0.5)));
        }

        for (var i = 0; i < towns; i++)
        {
            var (id, title) = Gazetteer.Town(i);
            drafts.Add(new Draft(id, title, UnitKind.Town, Pick(random, external, 1.0, 0.6, 0.2), Pick(random, @internal, 0.3, 0.0, 0.0)));
        }

        var reusing = new HashSet<string>(StringComparer.Ordinal);
        Trim(drafts, d => d.External, 1, Capacity(spec, drafts, d => d.External, PlaneAddressing.External, GeneratedPlane.External, reusing), GeneratedPlane.External);
        Trim(drafts, d => d.Internal, 0, Capacity(spec, drafts, d => d.Internal, PlaneAddressing.Internal, GeneratedPlane.Internal, reusing), GeneratedPlane.Internal);
        return Number(drafts, zones, random, reusing);
    }

    /// <summary>
    /// How many segments a plane may keep: as many as it has VLANs (and /24s), unless its units ask for more and its
    /// layout puts gateways on distribution switches; then VLANs repeat per layer-2 domain (<see cref="VlanPlanner"/>)
    /// and only the wider pool of /24s bounds them. A network within the VLANs is numbered exactly as before.
    /// </summary>
    private static int Capacity(NetworkSpec spec, List<Draft> drafts, Func<Draft, List<string>> zonesOf, PlaneAddressing addressing, string plane, HashSet<string> reusing)
    {
        if (spec.Layout == TrunkLayout.Star || drafts.Sum(d => zonesOf(d).Count) <= addressing.SegmentCapacity)
        {
            return addressing.SegmentCapacity;
        }

        reusing.Add(plane);
        return addressing.ReuseCapacity;
    }

    /// <summary>The zones (in order) a unit has a segment in: the first with one chance, the second with another, the rest with a third.</summary>
    private static List<string> Pick(Random random, List<string> zones, double first, double second, double rest) =>
        [.. zones.Where((_, i) => random.Chance(i switch { 0 => first, 1 => second, _ => rest }))];

    private static void Trim(List<Draft> drafts, Func<Draft, List<string>> zonesOf, int keep, int capacity, string plane)
    {
        var total = drafts.Sum(d => zonesOf(d).Count);
        while (total > capacity)
        {
            var removed = false;
            for (var i = drafts.Count - 1; i > 0 && total > capacity; i--)
            {
                var zones = zonesOf(drafts[i]);
                if (zones.Count > keep)
                {
                    zones.RemoveAt(zones.Count - 1);
                    total--;
                    removed = true;
                }
            }

            if (!removed)
            {
                throw new ArgumentException($"{drafts.Count} units need more than the {capacity} segments plane {plane} can number");
            }
        }
    }

    /// <summary>
    /// VLANs go to segments in unit order; subnets go by zone: each zone's segments take consecutive
    /// /24s of the plane's pool (zones in declaration order), as an information centre plans one block
    /// per zone, so a <c>zone:</c> selector compiles to a few prefixes instead of one per segment.
    /// </summary>
    private static ImmutableArray<GeneratedUnit> Number(List<Draft> drafts, IReadOnlyList<GeneratedZone> zones, Random random, HashSet<string> reusing)
    {
        var next = new Dictionary<string, int>(StringComparer.Ordinal) { [GeneratedPlane.External] = 0, [GeneratedPlane.Internal] = 0 };
        var counts = drafts.SelectMany(d => d.External.Concat(d.Internal)).CountBy(z => z, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var blockStart = new Dictionary<string, int>(StringComparer.Ordinal) { [GeneratedPlane.External] = 0, [GeneratedPlane.Internal] = 0 };
        var nextSubnet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            nextSubnet[zone.Name] = blockStart[zone.Plane];
            blockStart[zone.Plane] += counts.GetValueOrDefault(zone.Name);
        }

        return [.. drafts.Select(d => new GeneratedUnit(d.Id, d.Title, d.Kind, [
            .. d.External.Select(z => Segment(d.Id, z, GeneratedPlane.External, PlaneAddressing.External)),
            .. d.Internal.Select(z => Segment(d.Id, z, GeneratedPlane.Internal, PlaneAddressing.Internal)),
        ]))];

        GeneratedSegment Segment(string unit, string zone, string plane, PlaneAddressing addressing)
        {
            // A plane whose VLANs repeat per layer-2 domain is numbered once the gateways are known (VlanPlanner).
            var reuse = reusing.Contains(plane);
            var vlan = reuse ? VlanPlanner.Unnumbered : addressing.Vlan(next[plane]++);
            var subnet = reuse ? addressing.ReuseSubnet(nextSubnet[zone]++) : addressing.Subnet(nextSubnet[zone]++);

            // About one segment in five keeps its gateway at .254, written out; the rest default to the first host.
            var explicitGateway = random.Chance(0.2);
            var gateway = explicitGateway ? subnet.LastHost : subnet.FirstHost;
            return new GeneratedSegment(unit, zone, plane, vlan, subnet, gateway, explicitGateway);
        }
    }
}
