using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// Lays out the inventory of each plane: a Huawei core that is every segment's gateway, on the
/// external plane a Huawei egress behind a routed /30, and below the core distribution and access
/// switches of mixed vendors joined by symmetric <c>vlans: auto</c> trunks in a tree. Segments are
/// dealt to access switches in unit order (a switch has 48 gigabit ports, so a plane needs one access
/// switch per 48 segments at least); with more switches than segments, segments span several switches.
/// </summary>
internal static class DevicePlanner
{
    /// <summary>Access switches per distribution switch in the tiered layouts.</summary>
    public const int AccessPerDistribution = 24;

    /// <summary>Longest chain of cascaded access switches below one distribution port.</summary>
    public const int CascadeDepth = 3;

    private const int CorePortsPerSlot = 48;

    private const string CoreEgressPort = "GigabitEthernet0/0/1";
    private const string CoreUpstreamPort = "GigabitEthernet0/0/2";
    private const string EgressInternetPort = "GigabitEthernet0/0/0";
    private const string EgressCorePort = "GigabitEthernet0/0/1";

    public static int MinimumDevices(NetworkSpec spec, IReadOnlyList<GeneratedUnit> units) =>
        FixedDevices(spec) + PlaneNames(spec).Sum(p => MinimumBelowCore(spec.Layout, SegmentsOf(units, p).Count));

    public static ImmutableArray<GeneratedDevice> Plan(NetworkSpec spec, IReadOnlyList<GeneratedUnit> units, IReadOnlyList<GeneratedPlane> planes)
    {
        var minimum = MinimumDevices(spec, units);
        if (spec.Devices < minimum)
        {
            throw new ArgumentException($"{spec} needs at least {minimum} devices: one access switch per {VendorProfile.GigabitPorts} segments of a plane, plus cores, egress and distribution switches");
        }

        // Devices beyond the minimum go to the planes in proportion to their segments.
        var segments = planes.ToDictionary(p => p.Name, p => SegmentsOf(units, p.Name));
        var spare = spec.Devices - minimum;
        var total = segments.Values.Sum(s => s.Count);
        var devices = new List<GeneratedDevice>();
        var givenOut = 0;
        for (var i = 0; i < planes.Count; i++)
        {
            var plane = planes[i];
            var share = i == planes.Count - 1 ? spare - givenOut : (int)((long)spare * segments[plane.Name].Count / total);
            givenOut += share;
            var belowCore = MinimumBelowCore(spec.Layout, segments[plane.Name].Count) + share;
            devices.AddRange(new PlaneBuilder(spec, plane, units, segments[plane.Name], SeededRandom.For(spec.Seed, 10 + i)).Build(belowCore));
        }

        return [.. devices];
    }

    private static int FixedDevices(NetworkSpec spec) => spec.HasInternalPlane ? 3 : 2;

    private static IEnumerable<string> PlaneNames(NetworkSpec spec) =>
        spec.HasInternalPlane ? [GeneratedPlane.External, GeneratedPlane.Internal] : [GeneratedPlane.External];

    private static List<GeneratedSegment> SegmentsOf(IReadOnlyList<GeneratedUnit> units, string plane) =>
        [.. units.SelectMany(u => u.Segments).Where(s => s.Plane == plane)];

    private static int Distributions(TrunkLayout layout, int belowCore) =>
        layout == TrunkLayout.Star || belowCore < 2 ? 0 : (belowCore + AccessPerDistribution) / (AccessPerDistribution + 1);

    private static int MinimumBelowCore(TrunkLayout layout, int segments)
    {
        var access = (segments + VendorProfile.GigabitPorts - 1) / VendorProfile.GigabitPorts;
        var belowCore = access;
        while (belowCore - Distributions(layout, belowCore) < access)
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

        /// <summary>Cables and routed ports first, then access ports, as an engineer lists them.</summary>
        public GeneratedDevice Freeze(string plane, bool gatewayForAll) =>
            new(Hostname, Vendor, model, plane, role, site, management, gatewayForAll, [.. Ports.OrderBy(p => p.Mode == InterfaceMode.Access ? 1 : 0)])
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

        private PlaneAddressing Addressing => plane.Name == GeneratedPlane.External ? PlaneAddressing.External : PlaneAddressing.Internal;

        public IEnumerable<GeneratedDevice> Build(int belowCore)
        {
            if (belowCore + 2 > Addressing.DeviceCapacity)
            {
                throw new ArgumentException($"{belowCore + 2} devices do not fit the management subnet {Addressing.Management} of plane {plane.Name}");
            }

            var prefix = plane.HostPrefix;
            var core = NewDraft($"{prefix}-CORE-01", VendorProfile.Huawei, segments.Count > 1000 ? "S12708" : "S7706", DeviceRole.Core, CentreSite);
            var egress = plane.ViaEgress ? NewDraft("EXT-EGRESS-01", VendorProfile.Huawei, "AR6280", DeviceRole.Egress, CentreSite) : null;

            var distributionCount = Distributions(spec.Layout, belowCore);
            var distributions = Enumerable.Range(0, distributionCount).Select(j =>
            {
                var vendor = PickVendor();
                var draft = NewDraft(string.Create(CultureInfo.InvariantCulture, $"{prefix}-DIST-{j + 1:00}"), vendor, vendor.DistributionModel,
                    DeviceRole.Distribution, string.Create(CultureInfo.InvariantCulture, $"第{j + 1}汇聚节点机房"));
                Cable(core, CorePort(core), draft, vendor.Uplink);
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
                        break;
                    case TrunkLayout.TwoTier or TrunkLayout.Cascade when distributionCount > 0:
                        var distribution = distributions[g];
                        Cable(distribution, distribution.Vendor.Gigabit(++distribution.Downlinks), access, vendor.Uplink);
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
                core.Ports.Add(new GeneratedPort(CoreEgressPort, InterfaceMode.Routed, $"{egress.Hostname}:{EgressCorePort}", Address: new InterfaceAddress(link.FirstHost, link.Length)));
                egress.Ports.Add(new GeneratedPort(EgressInternetPort, InterfaceMode.Routed, "internet", Address: PlaneAddressing.InternetUplink));
                egress.Ports.Add(new GeneratedPort(EgressCorePort, InterfaceMode.Routed, $"{core.Hostname}:{CoreEgressPort}", Address: new InterfaceAddress(link.LastHost, link.Length)));
            }

            foreach (var upstream in plane.Upstreams)
            {
                core.Ports.Add(new GeneratedPort(CoreUpstreamPort, InterfaceMode.Routed, $"upstream:{upstream.Name}", Address: upstream.CoreAddress));
            }

            yield return core.Freeze(plane.Name, gatewayForAll: true);
            if (egress is not null)
            {
                yield return egress.Freeze(plane.Name, gatewayForAll: false);
            }

            foreach (var draft in distributions.Concat(accesses))
            {
                yield return draft.Freeze(plane.Name, gatewayForAll: false);
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

        private static string CorePort(Draft core)
        {
            var n = core.Downlinks++;
            return string.Create(CultureInfo.InvariantCulture, $"XGigabitEthernet{1 + (n / CorePortsPerSlot)}/0/{1 + (n % CorePortsPerSlot)}");
        }

        private static void Cable(Draft parent, string parentPort, Draft child, string childPort)
        {
            parent.Ports.Add(new GeneratedPort(parentPort, InterfaceMode.Trunk, $"{child.Hostname}:{childPort}"));
            child.Ports.Add(new GeneratedPort(childPort, InterfaceMode.Trunk, $"{parent.Hostname}:{parentPort}"));
            child.Parent = parent.Hostname;
        }

        private VendorProfile PickVendor()
        {
            var mix = spec.Vendors;
            var draw = random.Next(mix.Total);
            return draw < mix.Huawei ? VendorProfile.Huawei : draw < mix.Huawei + mix.H3c ? VendorProfile.H3c : VendorProfile.Cisco;
        }
    }
}
