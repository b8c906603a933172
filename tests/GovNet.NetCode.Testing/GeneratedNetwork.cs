using System.Collections.Immutable;

namespace GovNet.NetCode.Testing;

/// <summary>
/// A generated policy repository: its files, and the facts they were written from, so tests and later
/// stages can ask what is in the network (which segment sits on which switch, which flows exist)
/// without parsing it back.
/// </summary>
public sealed record GeneratedNetwork(
    NetworkSpec Spec,
    RepositoryFiles Files,
    ImmutableArray<GeneratedPlane> Planes,
    ImmutableArray<GeneratedZone> Zones,
    ImmutableArray<GeneratedUnit> Units,
    ImmutableArray<GeneratedService> Services,
    ImmutableArray<GeneratedFlow> Flows,
    ImmutableArray<GeneratedDevice> Devices)
{
    public IEnumerable<GeneratedSegment> Segments => Units.SelectMany(u => u.Segments);

    public GeneratedDevice Device(string hostname) => Devices.Single(d => d.Hostname == hostname);

    public GeneratedUnit Unit(string id) => Units.Single(u => u.Id == id);

    /// <summary>The device that is the gateway of segment <paramref name="segment"/> (UNIT@ZONE).</summary>
    public GeneratedDevice GatewayOf(string segment)
    {
        var plane = Segments.Single(s => s.Name == segment).Plane;
        return Devices.Single(d => d.Plane == plane && (d.GatewayForAll || d.GatewayFor.Contains(segment)));
    }

    /// <summary>Writes the repository (policy/ and inventory/) into <paramref name="directory"/>.</summary>
    public void WriteTo(string directory) => Files.WriteTo(directory);
}
