using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile.Topology;

/// <summary>
/// Which VLANs each device and each trunk port carries. A segment's VLAN spans the shortest trunk
/// paths from its gateway to every device with an access port in it (breadth first, ports in
/// name order, so the choice is deterministic); the management VLAN spans the paths from the
/// management gateway to every device reachable over trunks. <c>vlans: auto</c> carries exactly
/// these; an explicit list carries what it lists.
/// </summary>
public sealed class Layer2Plan
{
    private readonly Dictionary<string, SortedSet<int>> deviceVlans = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Host, string Port), SortedSet<int>> portVlans = [];
    private readonly Dictionary<string, HashSet<string>> managementMembers = new(StringComparer.Ordinal);

    /// <summary>Whose a VLAN is on each device it spans: segments of a plane share an id only in layer-2 domains that never meet (NC3108).</summary>
    private readonly Dictionary<(string Host, int Vlan), string> segmentOn = [];

    /// <summary>
    /// Breadth-first trees by root and VLAN. A VLAN that no trunk lists explicitly is carried by exactly
    /// the trunks that are <c>auto</c> at both ends, so all such VLANs share one tree per root (keyed with
    /// VLAN null): a gateway of hundreds of segments walks the plane once, not once per segment, and
    /// only as far as its members lie.
    /// </summary>
    private readonly Dictionary<(string Root, int? Vlan), LazyWalk<(Device Device, Interface NearPort, Interface FarPort)>> trees = [];

    private readonly HashSet<int> listedVlans;

    private readonly IReadOnlyDictionary<string, Device> devices;

    public Layer2Plan(ModelIndex context, IReadOnlyDictionary<string, Device> gateways, IReadOnlyDictionary<string, Device> managementRoots)
    {
        devices = context.Devices;
        var trunks = context.Devices.Values.ToDictionary(
            d => d.Hostname.Value,
            d => d.Interfaces
                .Where(i => i is { Mode.Value: InterfaceMode.Trunk, Link.Value: DeviceLinkEnd })
                .OrderBy(i => i.Name.Value, StringComparer.Ordinal)
                .Select(i => (Port: i, Far: context.Ports.GetValueOrDefault((((DeviceLinkEnd)i.Link!.Value.Value).Hostname, ((DeviceLinkEnd)i.Link!.Value.Value).Port))))
                .Where(x => x.Far.Device is not null)
                .ToList(),
            StringComparer.Ordinal);

        listedVlans = [.. context.Model.Devices
            .SelectMany(d => d.Interfaces)
            .Where(i => i is { Mode.Value: InterfaceMode.Trunk, Vlans.Auto: false })
            .SelectMany(i => i.Vlans!.Vlans.Select(v => v.Value))];

        var accessBySegment = context.Model.Devices
            .SelectMany(d => d.Interfaces.Where(i => i.Mode.Value == InterfaceMode.Access && i.Segment is not null).Select(i => (Segment: i.Segment!.Value.Value, Device: d)))
            .GroupBy(x => x.Segment, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Device).DistinctBy(d => d.Hostname.Value).ToList(), StringComparer.Ordinal);

        foreach (var segment in context.Segments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (!gateways.TryGetValue(segment.Name, out var gateway))
            {
                continue;
            }

            var members = accessBySegment.GetValueOrDefault(segment.Name) ?? [];
            foreach (var host in Span(trunks, gateway, segment.Vlan.Value, [gateway, .. members]))
            {
                segmentOn.TryAdd((host, segment.Vlan.Value), segment.Name);
            }
        }

        foreach (var device in context.Model.Devices)
        {
            foreach (var vlan in device.Interfaces.Where(i => i.Vlans is { Auto: false }).SelectMany(i => i.Vlans!.Vlans))
            {
                Add(device.Hostname.Value, vlan.Value);
            }
        }

        foreach (var (plane, root) in managementRoots.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (context.Planes[plane].Management.Vlan is not { } vlan)
            {
                continue;
            }

            var planeDevices = context.Model.Devices.Where(d => d.Plane.Value == plane).ToList();
            managementMembers[plane] = Span(trunks, root, vlan.Value, planeDevices);
        }
    }

    /// <summary>Marks the trunk paths from <paramref name="root"/> to each member; returns every device on them.</summary>
    private HashSet<string> Span(
        Dictionary<string, List<(Interface Port, (Device Device, Interface Interface) Far)>> trunks,
        Device root,
        int vlan,
        IEnumerable<Device> members)
    {
        var tree = Tree(trunks, root, vlan);
        var spanned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!tree.Reaches(member.Hostname.Value))
            {
                continue;
            }

            Add(member.Hostname.Value, vlan);
            spanned.Add(member.Hostname.Value);
            for (var host = member.Hostname.Value; tree.EnteredOver(host) is { } step; host = step.Device.Hostname.Value)
            {
                Add(step.Device.Hostname.Value, vlan);
                spanned.Add(step.Device.Hostname.Value);
                AddPort(step.Device.Hostname.Value, step.NearPort.Name.Value, vlan);
                AddPort(host, step.FarPort.Name.Value, vlan);
            }
        }

        return spanned;
    }

    /// <summary>Where the shortest trunk path from <paramref name="root"/> enters each device it reaches, over trunks carrying <paramref name="vlan"/>.</summary>
    private LazyWalk<(Device Device, Interface NearPort, Interface FarPort)> Tree(
        Dictionary<string, List<(Interface Port, (Device Device, Interface Interface) Far)>> trunks,
        Device root,
        int vlan)
    {
        var key = (root.Hostname.Value, listedVlans.Contains(vlan) ? vlan : (int?)null);
        if (trees.TryGetValue(key, out var known))
        {
            return known;
        }

        return trees[key] = new LazyWalk<(Device Device, Interface NearPort, Interface FarPort)>(root.Hostname.Value, host =>
            (trunks.GetValueOrDefault(host) ?? [])
                .Where(t => Carries(t.Port, vlan) && Carries(t.Far.Interface, vlan))
                .Select(t => (t.Far.Device.Hostname.Value, (devices[host], t.Port, t.Far.Interface))));
    }

    private static bool Carries(Interface port, int vlan) =>
        port.Vlans is { } vlans && (vlans.Auto || vlans.Vlans.Any(v => v.Value == vlan));

    private void Add(string host, int vlan)
    {
        if (!deviceVlans.TryGetValue(host, out var set))
        {
            deviceVlans[host] = set = [];
        }

        set.Add(vlan);
    }

    private void AddPort(string host, string port, int vlan)
    {
        if (!portVlans.TryGetValue((host, port), out var set))
        {
            portVlans[(host, port)] = set = [];
        }

        set.Add(vlan);
    }

    /// <summary>The VLANs a device must know: those it switches for access ports, gateways and transit.</summary>
    public IReadOnlyCollection<int> VlansOf(string host) => deviceVlans.GetValueOrDefault(host) ?? [];

    /// <summary>The VLANs a trunk port carries: computed for <c>auto</c>, as listed otherwise.</summary>
    public IReadOnlyCollection<int> TrunkVlans(string host, Interface port) =>
        port.Vlans is { Auto: false } explicitList
            ? new SortedSet<int>(explicitList.Vlans.Select(v => v.Value))
            : portVlans.GetValueOrDefault((host, port.Name.Value)) ?? [];

    /// <summary>The segment whose VLAN <paramref name="vlan"/> is on <paramref name="host"/>; null where no segment's span passes.</summary>
    public string? SegmentOn(string host, int vlan) => segmentOn.GetValueOrDefault((host, vlan));

    /// <summary>Whether the device is on the management VLAN of its plane.</summary>
    public bool OnManagementVlan(Device device) =>
        managementMembers.TryGetValue(device.Plane.Value, out var members) && members.Contains(device.Hostname.Value);
}
