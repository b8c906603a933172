using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// Where the segments of a plane that share a VLAN id meet at layer 2. A VLAN id names one broadcast
/// domain only among devices joined by cables that carry it, so a county's access switches behind their
/// own gateway may reuse the ids of another county's. A segment's reach is what the compiler may give
/// its VLAN, widened wherever the plan could choose otherwise: its gateway, its access devices and
/// every device on any shortest trunk path between them (<c>vlans: auto</c> carries the VLAN on one
/// such path); then every trunk cable that lists the VLAN at one end and carries it at the other, and
/// every cable between two access ports (their untagged frames meet), joins what it touches. Two
/// segments clash when their reaches end up joined; anything not known to be apart counts as joined.
/// </summary>
internal sealed class VlanDomains
{
    private readonly ModelIndex context;
    private readonly GatewayRules.Layer2 layer2;
    private readonly IReadOnlyDictionary<string, Device> gateways;
    private readonly Dictionary<(string Root, int? Vlan), Levels> levels = [];
    private readonly Dictionary<(string Host, int Vlan), (string Host, int Vlan)> parent = [];
    private readonly Dictionary<string, SortedSet<string>> reaches = new(StringComparer.Ordinal);
    private readonly List<((string Host, int Vlan) Near, (string Host, int Vlan) Far, string Cable)> cables = [];

    private VlanDomains(ModelIndex context, IEnumerable<Segment> shared)
    {
        this.context = context;
        (gateways, _, layer2) = GatewayRules.Shared(context);
        var segments = new Dictionary<string, Segment>(StringComparer.Ordinal);
        foreach (var segment in shared)
        {
            segments.TryAdd(segment.Name, segment);
        }

        foreach (var (near, far, cable, ends) in Cables())
        {
            cables.Add((near, far, cable));
            foreach (var end in ends)
            {
                segments.TryAdd(end.Name, end);
            }
        }

        foreach (var segment in segments.Values)
        {
            var reach = Reach(segment);
            reaches[segment.Name] = reach;
            var anchor = (Anchor(segment, reach), segment.Vlan.Value);
            foreach (var host in reach)
            {
                Union(anchor, (host, segment.Vlan.Value));
            }
        }

        foreach (var (near, far, _) in cables)
        {
            Union(near, far);
        }
    }

    /// <summary>
    /// For each segment (in the order given) whose VLAN an earlier segment of the same group already uses in a
    /// layer-2 domain its own joins: that earlier segment and where the two meet (a device, or a cable).
    /// Each group holds the segments of one plane that share one VLAN id.
    /// </summary>
    public static IEnumerable<(Segment Segment, Segment First, string Where)> Clashes(ModelIndex context, IReadOnlyList<IReadOnlyList<Segment>> groups)
    {
        if (groups.Count == 0)
        {
            yield break;
        }

        var domains = new VlanDomains(context, groups.SelectMany(g => g));
        foreach (var group in groups)
        {
            var first = new Dictionary<(string, int), Segment>();
            foreach (var segment in group)
            {
                var root = domains.Find((domains.Anchor(segment, domains.reaches[segment.Name]), segment.Vlan.Value));
                if (!first.TryAdd(root, segment))
                {
                    yield return (segment, first[root], domains.Where(segment, first[root], root));
                }
            }
        }
    }

    /// <summary>A shared device (the first by name), else the first cable inside the joined domain.</summary>
    private string Where(Segment segment, Segment first, (string, int) root)
    {
        if (reaches[segment.Name].FirstOrDefault(reaches[first.Name].Contains) is { } device)
        {
            return Messages.Format("VlanMeetsAtDevice", device);
        }

        var cable = cables.FirstOrDefault(c => Find(c.Near) == root).Cable;
        return cable is null ? Messages.Format("VlanMeetsAtDevice", Anchor(segment, reaches[segment.Name])) : Messages.Format("VlanMeetsOverCable", cable);
    }

    /// <summary>The node a segment's domain is known by: its gateway, or (without one) its first access device.</summary>
    private string Anchor(Segment segment, SortedSet<string> reach) =>
        gateways.TryGetValue(segment.Name, out var gateway) ? gateway.Hostname.Value : reach.Min ?? segment.Name;

    private SortedSet<string> Reach(Segment segment)
    {
        var reach = new SortedSet<string>(StringComparer.Ordinal);
        var members = layer2.AccessPorts[segment.Name].Select(a => a.Device.Hostname.Value).ToList();
        reach.UnionWith(members);
        if (!gateways.TryGetValue(segment.Name, out var gateway))
        {
            return reach;
        }

        var root = gateway.Hostname.Value;
        reach.Add(root);
        var vlan = segment.Vlan.Value;
        var key = (root, layer2.ListedVlans.Contains(vlan) ? vlan : (int?)null);
        if (!levels.TryGetValue(key, out var walk))
        {
            levels[key] = walk = new Levels(root, host => Neighbours(host, key.Item2));
        }

        // Every device on a shortest path lies one level nearer the gateway than the device it leads to.
        var frontier = new Queue<string>();
        foreach (var member in members.Where(m => walk.Depth(m) is not null))
        {
            frontier.Enqueue(member);
        }

        var expanded = new HashSet<string>(StringComparer.Ordinal);
        while (frontier.TryDequeue(out var host))
        {
            if (!expanded.Add(host) || walk.Depth(host) is not { } depth || depth == 0)
            {
                continue;
            }

            foreach (var next in Neighbours(host, key.Item2).Where(n => walk.Known(n) == depth - 1))
            {
                reach.Add(next);
                frontier.Enqueue(next);
            }
        }

        return reach;
    }

    private IEnumerable<string> Neighbours(string host, int? vlan) =>
        (layer2.Trunks.GetValueOrDefault(host) ?? [])
            .Where(edge => GatewayRules.Carries(edge.Near, vlan) && GatewayRules.Carries(edge.FarPort, vlan))
            .Select(edge => edge.Far.Hostname.Value);

    /// <summary>
    /// Cables that join VLANs beyond the planned paths, with the segments at their ends: a trunk listing a VLAN
    /// its far end also carries (listed or <c>auto</c>), and two access ports cabled together.
    /// </summary>
    private IEnumerable<((string, int) Near, (string, int) Far, string Cable, Segment[] Ends)> Cables()
    {
        foreach (var device in context.Model.Devices)
        {
            foreach (var edge in layer2.Trunks.GetValueOrDefault(device.Hostname.Value) ?? [])
            {
                foreach (var vlan in edge.Near.Vlans is { Auto: false } listed ? listed.Vlans.Where(v => GatewayRules.Carries(edge.FarPort, v.Value)) : [])
                {
                    yield return ((device.Hostname.Value, vlan.Value), (edge.Far.Hostname.Value, vlan.Value), Cable(device, edge.Near, edge.Far, edge.FarPort), []);
                }
            }

            foreach (var port in device.Interfaces.Where(i => i is { Mode.Value: InterfaceMode.Access, Segment: not null, Link.Value: DeviceLinkEnd }))
            {
                var far = (DeviceLinkEnd)port.Link!.Value.Value;
                if (context.Ports.TryGetValue((far.Hostname, far.Port), out var end) &&
                    end.Interface is { Mode.Value: InterfaceMode.Access, Segment: { } farSegment } &&
                    context.Segments.TryGetValue(port.Segment!.Value.Value, out var nearSegment) &&
                    context.Segments.TryGetValue(farSegment.Value, out var farSide))
                {
                    yield return ((device.Hostname.Value, nearSegment.Vlan.Value), (far.Hostname, farSide.Vlan.Value), Cable(device, port, end.Device, end.Interface), [nearSegment, farSide]);
                }
            }
        }
    }

    private static string Cable(Device near, Interface nearPort, Device far, Interface farPort) =>
        $"{near.Hostname} {nearPort.Name} – {far.Hostname} {farPort.Name}";

    private (string Host, int Vlan) Find((string Host, int Vlan) node)
    {
        while (parent.TryGetValue(node, out var up))
        {
            node = up;
        }

        return node;
    }

    private void Union((string, int) a, (string, int) b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA != rootB)
        {
            parent[rootB] = rootA;
        }
    }

    /// <summary>A breadth-first walk that keeps each device's distance from its root and goes only as far as asked.</summary>
    private sealed class Levels(string root, Func<string, IEnumerable<string>> neighbours)
    {
        private readonly Dictionary<string, int> depth = new(StringComparer.Ordinal) { [root] = 0 };
        private readonly Queue<string> queue = new([root]);

        /// <summary>The distance of <paramref name="host"/> from the root, walking on until it is found; null when unreachable.</summary>
        public int? Depth(string host)
        {
            while (!depth.ContainsKey(host) && queue.TryDequeue(out var at))
            {
                foreach (var next in neighbours(at))
                {
                    if (depth.TryAdd(next, depth[at] + 1))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            return Known(host);
        }

        /// <summary>The distance found so far, without walking on: every device one level nearer than a found one is already known.</summary>
        public int? Known(string host) => depth.TryGetValue(host, out var d) ? d : null;
    }
}
