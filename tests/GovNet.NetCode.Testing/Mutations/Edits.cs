using GovNet.NetCode.Model;
using GovNet.NetCode.Testing.Yaml;

namespace GovNet.NetCode.Testing.Mutations;

/// <summary>
/// Text edits that mutations are made of. Each finds its target by the exact text the generator wrote
/// (a segment's or port's one-line mapping), so an edit that misses fails loudly instead of silently
/// producing a valid repository.
/// </summary>
internal static class Edits
{
    public static T One<T>(this Random random, IReadOnlyList<T> items) =>
        items.Count == 0 ? throw new InvalidOperationException("mutation has no target; its AppliesTo is wrong") : items[random.Next(items.Count)];

    /// <summary>Rewrites a segment; its registered hosts go with the old segment, so the mutation makes its one mistake and no other.</summary>
    public static RepositoryFiles ReplaceSegment(GeneratedNetwork network, GeneratedSegment segment, GeneratedSegment replacement) =>
        HostsFile.Unregister(network.Files.Replace(network.Unit(segment.Unit).File, UnitFile.SegmentMap(segment), UnitFile.SegmentMap(replacement)), segment.Name);

    /// <summary>Rewrites a segment's mapping as text, for values the model cannot hold (host bits set, unknown keys).</summary>
    public static RepositoryFiles EditSegment(GeneratedNetwork network, GeneratedSegment segment, Func<string, string> edit)
    {
        var map = UnitFile.SegmentMap(segment);
        return network.Files.Replace(network.Unit(segment.Unit).File, map, edit(map));
    }

    public static RepositoryFiles ReplacePort(GeneratedNetwork network, GeneratedDevice device, GeneratedPort port, string replacement) =>
        network.Files.Replace(device.File, DeviceFile.PortMap(port), replacement);

    public static RepositoryFiles ReplacePort(GeneratedNetwork network, GeneratedDevice device, GeneratedPort port, GeneratedPort replacement) =>
        ReplacePort(network, device, port, DeviceFile.PortMap(replacement));

    /// <summary>Adds an interface at the end of a device file (its interface list is always last).</summary>
    public static RepositoryFiles AddPort(RepositoryFiles files, GeneratedDevice device, GeneratedPort port) =>
        files.Append(device.File, $"  - {DeviceFile.PortMap(port)}\n");

    /// <summary>Adds a top-level line just before <c>interfaces:</c>.</summary>
    public static RepositoryFiles AddDeviceKey(GeneratedNetwork network, GeneratedDevice device, string line) =>
        network.Files.Replace(device.File, "\ninterfaces:\n", $"\n{line}\ninterfaces:\n");

    /// <summary>Appends a flow at the end of the flows list.</summary>
    public static RepositoryFiles AddFlow(GeneratedNetwork network, GeneratedFlow flow) =>
        network.Files.Append(FlowsFile.Path, FlowsFile.Item(flow) + "\n");

    public static IReadOnlyList<GeneratedSegment> SegmentsOf(GeneratedNetwork network, string plane) =>
        [.. network.Segments.Where(s => s.Plane == plane)];

    /// <summary>Two different segments of one plane (the external plane always has two: the centre's).</summary>
    public static (GeneratedSegment First, GeneratedSegment Second) TwoSegments(GeneratedNetwork network, Random random)
    {
        var planes = network.Planes.Where(p => SegmentsOf(network, p.Name).Count >= 2).ToList();
        var segments = SegmentsOf(network, random.One(planes).Name);
        var first = random.Next(segments.Count);
        var second = (first + 1 + random.Next(segments.Count - 1)) % segments.Count;
        return (segments[first], segments[second]);
    }

    /// <summary>A device of the given roles with its ports of the given mode, among devices that have any.</summary>
    public static (GeneratedDevice Device, GeneratedPort Port) PortOf(GeneratedNetwork network, Random random, InterfaceMode mode, params DeviceRole[] roles)
    {
        var device = random.One([.. network.Devices.Where(d => roles.Contains(d.Role) && d.Ports.Any(p => p.Mode == mode))]);
        return (device, random.One([.. device.Ports.Where(p => p.Mode == mode)]));
    }

    /// <summary>The uplink trunk of a device that hangs below another.</summary>
    public static (GeneratedDevice Device, GeneratedPort Port) Uplink(GeneratedNetwork network, Random random)
    {
        var device = random.One([.. network.Devices.Where(d => d.Parent is not null)]);
        return (device, device.Ports.First(p => p.Link?.StartsWith(device.Parent + ":", StringComparison.Ordinal) == true));
    }

    public static GeneratedPlane OtherPlane(GeneratedNetwork network, string plane) => network.Planes.Single(p => p.Name != plane);
}
