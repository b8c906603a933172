using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// Lays out the inventory of each plane: a core, on the external plane an egress behind a routed /30
/// (both of the dialect <see cref="CoreProfile"/> names), and below the core distribution and access switches of mixed vendors joined
/// by symmetric <c>vlans: auto</c> trunks in a tree. Segments are dealt to access switches in unit
/// order (a switch has 48 gigabit ports, so a plane needs one access switch per 48 segments at
/// least); with more switches than segments, segments span several switches.
/// <para>
/// Gateways sit where a city network puts them: each distribution switch is the gateway of the
/// segments whose access ports all hang below it, and reaches the core over a routed /30 beside its
/// trunk (which then carries little more than the management VLAN). The core is the gateway of the
/// rest (all of them in the star layout). Dialects with numbered ACLs (<c>AclNumbers</c>) give advanced ACLs 3000–3999, one per
/// served segment, so a plane gets enough distribution switches that none serves more than
/// <see cref="SegmentsPerDistribution"/> segments.
/// </para>
/// </summary>
internal static class DevicePlanner
{
    /// <summary>Access switches per distribution switch in the tiered layouts.</summary>
    public const int AccessPerDistribution = 24;

    /// <summary>Longest chain of cascaded access switches below one distribution port.</summary>
    public const int CascadeDepth = 3;

    /// <summary>
    /// Segments a distribution switch is meant to serve at most. Access switches are split evenly, so
    /// one may get up to a switch's worth (48) more: every device stays below ~900 of the 1,000
    /// numbered ACLs, leaving room for edge ports and for growth.
    /// </summary>
    public const int SegmentsPerDistribution = 800;

    private static readonly CoreProfile Core = CoreProfile.First;

    public static int MinimumDevices(NetworkSpec spec, IReadOnlyList<GeneratedUnit> units) =>
        FixedDevices(spec) + PlaneNames(spec).Sum(p => MinimumBelowCore(spec.Layout, SegmentsOf(units, p).Count));

    public static ImmutableArray<GeneratedDevice> Plan(NetworkSpec spec, IReadOnlyList<GeneratedUnit> units, IReadOnlyList<GeneratedPlane> planes)
    {
        var belowCore = BelowCore(spec, units);
        var devices = new List<GeneratedDevice>();
        for (var i = 0; i < planes.Count; i++)
        {
            var plane = planes[i];
            devices.AddRange(new PlaneBuilder(spec, plane, units, SegmentsOf(units, plane.Name), SeededRandom.For(spec.Seed, 10 + i)).Build(belowCore[plane.Name]));
        }

        return [.. devices];
    }

    /// <summary>How many devices each plane gets below its core (and egress): the minimum, and the devices beyond it in proportion to the plane's segments.</summary>
    public static Dictionary<string, int> BelowCore(NetworkSpec spec, IReadOnlyList<GeneratedUnit> units)
    {
        var minimum = MinimumDevices(spec, units);
        if (spec.Devices < minimum)
        {
            throw new ArgumentException($"{spec} needs at least {minimum} devices: one access switch per {VendorProfile.GigabitPorts} segments of a plane, plus cores, egress and distribution switches");
        }

        var planes = PlaneNames(spec).ToList();
        var segments = planes.ToDictionary(p => p, p => SegmentsOf(units, p).Count);
        var spare = spec.Devices - minimum;
        var total = segments.Values.Sum();
        var belowCore = new Dictionary<string, int>(StringComparer.Ordinal);
        var givenOut = 0;
        for (var i = 0; i < planes.Count; i++)
        {
            var share = i == planes.Count - 1 ? spare - givenOut : (int)((long)spare * segments[planes[i]] / total);
            givenOut += share;
            belowCore[planes[i]] = MinimumBelowCore(spec.Layout, segments[planes[i]]) + share;
        }

        return belowCore;
    }

    private static int FixedDevices(NetworkSpec spec) => spec.HasInternalPlane ? 3 : 2;

    private static IEnumerable<string> PlaneNames(NetworkSpec spec) =>
        spec.HasInternalPlane ? [GeneratedPlane.External, GeneratedPlane.Internal] : [GeneratedPlane.External];

    private static List<GeneratedSegment> SegmentsOf(IReadOnlyList<GeneratedUnit> units, string plane) =>
        [.. units.SelectMany(u => u.Segments).Where(s => s.Plane == plane)];

    /// <summary>
    /// Distribution switches among <paramref name="belowCore"/> devices: one per 24 access switches, and
    /// at least one per <see cref="SegmentsPerDistribution"/> segments. Never all of them: at least one
    /// access switch is left.
    /// </summary>
    private static int Distributions(TrunkLayout layout, int belowCore, int segments) =>
        layout == TrunkLayout.Star || belowCore < 2
            ? 0
            : Math.Min(belowCore - 1, Math.Max(
                (belowCore + AccessPerDistribution) / (AccessPerDistribution + 1),
                (segments + SegmentsPerDistribution - 1) / SegmentsPerDistribution));

    private static int MinimumBelowCore(TrunkLayout layout, int segments)
    {
        var access = (segments + VendorProfile.GigabitPorts - 1) / VendorProfile.GigabitPorts;
        var belowCore = access;
        while (belowCore - Distributions(layout, belowCore, segments) < access)
        {
            belowCore++;
        }

        return belowCore;
    }

    /// <summary>A device whose ports are still being cabled.</summary>
    private sealed class Draft(string hostname, VendorProfile vendor, string model, DeviceRole role, string site, Ipv4Address management)
    {
        public string Hostname { get; } = hostname;

        public VendorProfile Vendor { get; } = vendor;

        public List<GeneratedPort> Ports { get; } = [];

        public string? Parent { get; set; }

        public int Downlinks { get; set; }

        /// <summary>The distribution switch this access switch hangs below, directly or through a cascade; null below the core.</summary>
        public Draft? Distribution { get; set; }

        /// <summary>The segments whose gateway this device is, in segment order.</summary>
        public List<string> Served { get; } = [];

        /// <summary>Cables and routed ports first, then access ports, as an engineer lists them.</summary>
        public GeneratedDevice Freeze(string plane, bool gatewayForAll = false) =>
            new(Hostname, Vendor, model, plane, role, site, management, gatewayForAll, gatewayForAll ? [] : [.. Served], [.. Ports.OrderBy(p => p.Mode == InterfaceMode.Access ? 1 : 0)])
            {
                Parent = Parent,
            };
    }

    private sealed class PlaneBuilder(NetworkSpec spec, GeneratedPlane plane, IReadOnlyList<GeneratedUnit> units, List<GeneratedSegment> segments, Random random)
    {
        private static readonly string CentreSite = Gazetteer.HomeCounty.Name + "政务信息化服务中心机房";

        private readonly Dictionary<string, string> unitTitles = units.ToDictionary(u => u.Id, u => u.Title, StringComparer.Ordinal);
        private readonly Dictionary<string, int> accessNames = new(StringComparer.Ordinal);
        private int managementIndex;

        private PlaneAddressing Addressing { get; } = PlaneAddressing.Of(plane);

        public IEnumerable<GeneratedDevice> Build(int belowCore)
        {
            if (belowCore + 2 > Addressing.DeviceCapacity)
            {
                throw new ArgumentException($"{belowCore + 2} devices do not fit the management subnet {Addressing.Management} of plane {plane.Name}");
            }

            var prefix = plane.HostPrefix;
            var core = NewDraft($"{prefix}-CORE-01", Core.Vendor, Core.ChassisModel, DeviceRole.Core, CentreSite);
            var egress = plane.ViaEgress ? NewDraft("EXT-EGRESS-01", Core.Vendor, Core.EgressModel, DeviceRole.Egress, CentreSite) : null;

            var distributionCount = Distributions(spec.Layout, belowCore, segments.Count);
            if (distributionCount > Addressing.LinkCapacity)
            {
                throw new ArgumentException($"{distributionCount} distribution switches do not fit the link pool {Addressing.LinkPool} of plane {plane.Name}");
            }

            var distributions = Enumerable.Range(0, distributionCount).Select(j =>
            {
                var vendor = PickVendor();
                var draft = NewDraft(string.Create(CultureInfo.InvariantCulture, $"{prefix}-DIST-{j + 1:00}"), vendor, vendor.DistributionModel,
                    DeviceRole.Distribution, string.Create(CultureInfo.InvariantCulture, $"第{j + 1}汇聚节点机房"));
                Cable(core, CorePort(core), draft, vendor.Uplink);
                CableRouted(core, CorePort(core), draft, vendor.RoutedUplink, Addressing.LinkSubnet(j));
                return draft;
            }).ToList();

            var accessCount = belowCore - distributionCount;
            var accesses = new List<Draft>();
            var (group, positionInGroup) = (-1, 0);
            for (var j = 0; j < accessCount; j++)
            {
                var (first, last) = SegmentsOfSwitch(j, accessCount);
                var onSwitch = segments.GetRange(first, last - first);
                var vendor = PickVendor();
                var access = NewDraft(AccessName(onSwitch[0].Unit), vendor, vendor.AccessModel, DeviceRole.Access, unitTitles[onSwitch[0].Unit] + "机房");
                var g = distributionCount == 0 ? 0 : (int)((long)j * distributionCount / accessCount);
                positionInGroup = g == group ? positionInGroup + 1 : 0;
                group = g;
                switch (spec.Layout)
                {
                    case TrunkLayout.Cascade when distributionCount > 0 && positionInGroup % CascadeDepth != 0:
                        Cable(accesses[^1], accesses[^1].Vendor.Cascade, access, vendor.Uplink);
                        access.Distribution = accesses[^1].Distribution;
                        break;
                    case TrunkLayout.TwoTier or TrunkLayout.Cascade when distributionCount > 0:
                        var distribution = distributions[g];
                        Cable(distribution, distribution.Vendor.Gigabit(++distribution.Downlinks), access, vendor.Uplink);
                        access.Distribution = distribution;
                        break;
                    default:
                        Cable(core, CorePort(core), access, vendor.Uplink);
                        break;
                }

                AddAccessPorts(access, onSwitch);
                accesses.Add(access);
            }

            if (egress is not null)
            {
                var link = PlaneAddressing.CoreEgressLink;
                core.Ports.Add(new GeneratedPort(Core.EgressPort, InterfaceMode.Routed, $"{egress.Hostname}:{Core.EgressCorePort}", Address: new InterfaceAddress(link.FirstHost, link.Length)));
                egress.Ports.Add(new GeneratedPort(Core.EgressInternetPort, InterfaceMode.Routed, "internet", Address: PlaneAddressing.InternetUplink));
                egress.Ports.Add(new GeneratedPort(Core.EgressCorePort, InterfaceMode.Routed, $"{core.Hostname}:{Core.EgressPort}", Address: new InterfaceAddress(link.LastHost, link.Length)));
            }

            foreach (var upstream in plane.Upstreams)
            {
                core.Ports.Add(new GeneratedPort(Core.UpstreamPort, InterfaceMode.Routed, $"upstream:{upstream.Name}", Address: upstream.CoreAddress));
            }

            AssignGateways(core, accesses);
            yield return core.Freeze(plane.Name, gatewayForAll: distributions.All(d => d.Served.Count == 0));
            if (egress is not null)
            {
                yield return egress.Freeze(plane.Name);
            }

            foreach (var draft in distributions.Concat(accesses))
            {
                yield return draft.Freeze(plane.Name);
            }
        }

        /// <summary>
        /// A segment's gateway is the distribution switch above all of its access switches; a segment with
        /// access ports below the core directly, or below two distribution switches, keeps its gateway on
        /// the core, which its VLAN reaches over the trunks either way.
        /// </summary>
        private void AssignGateways(Draft core, List<Draft> accesses)
        {
            var above = new Dictionary<string, Draft>(StringComparer.Ordinal);
            foreach (var access in accesses)
            {
                var gateway = access.Distribution ?? core;
                foreach (var segment in access.Ports.Where(p => p.Segment is not null).Select(p => p.Segment!))
                {
                    if (!above.TryAdd(segment, gateway) && above[segment] != gateway)
                    {
                        above[segment] = core;
                    }
                }
            }

            foreach (var segment in segments)
            {
                above[segment.Name].Served.Add(segment.Name);
            }
        }

        private Draft NewDraft(string hostname, VendorProfile vendor, string model, DeviceRole role, string site) =>
            new(hostname, vendor, model, role, site, Addressing.DeviceAddress(managementIndex++));

        /// <summary>Segments [first, last) of the j-th access switch: an even share, or one segment when there are more switches than segments.</summary>
        private (int First, int Last) SegmentsOfSwitch(int j, int switches)
        {
            var first = (int)((long)j * segments.Count / switches);
            var last = (int)((long)(j + 1) * segments.Count / switches);
            return (first, Math.Max(last, first + 1));
        }

        /// <summary>Each segment gets a run of consecutive gigabit ports: fewer the more segments share the switch.</summary>
        private void AddAccessPorts(Draft access, List<GeneratedSegment> onSwitch)
        {
            var most = Math.Min(16, VendorProfile.GigabitPorts / onSwitch.Count);
            var port = 1;
            foreach (var segment in onSwitch)
            {
                var count = random.Next(Math.Max(1, most / 2), most + 1);
                access.Ports.Add(new GeneratedPort(access.Vendor.GigabitRange(port, port + count - 1), InterfaceMode.Access, Segment: segment.Name));
                port += count;
            }
        }

        private string AccessName(string unit)
        {
            var name = unit.ToUpperInvariant();
            var number = accessNames[name] = accessNames.GetValueOrDefault(name) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"{plane.HostPrefix}-ACC-{name}-{number:00}");
        }

        private static string CorePort(Draft core) => Core.Downlink(core.Downlinks++);

        private static void Cable(Draft parent, string parentPort, Draft child, string childPort)
        {
            parent.Ports.Add(new GeneratedPort(parentPort, InterfaceMode.Trunk, $"{child.Hostname}:{childPort}"));
            child.Ports.Add(new GeneratedPort(childPort, InterfaceMode.Trunk, $"{parent.Hostname}:{parentPort}"));
            child.Parent = parent.Hostname;
        }

        /// <summary>A routed point-to-point cable: the parent takes the first host of the /30, the child the second.</summary>
        private static void CableRouted(Draft parent, string parentPort, Draft child, string childPort, Ipv4Prefix link)
        {
            parent.Ports.Add(new GeneratedPort(parentPort, InterfaceMode.Routed, $"{child.Hostname}:{childPort}", Address: new InterfaceAddress(link.FirstHost, link.Length)));
            child.Ports.Add(new GeneratedPort(childPort, InterfaceMode.Routed, $"{parent.Hostname}:{parentPort}", Address: new InterfaceAddress(link.LastHost, link.Length)));
        }

        private VendorProfile PickVendor() => spec.Vendors.Pick(random.Next(spec.Vendors.Total));
    }
}
