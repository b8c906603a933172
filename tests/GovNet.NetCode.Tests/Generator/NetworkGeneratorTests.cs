using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Generator;

public sealed class NetworkGeneratorTests
{
    [Fact]
    public void The_city_network_of_2000_units_and_500_devices_validates_clean()
    {
        var network = NetworkGenerator.Generate(NetworkSpec.City);
        Assert.Equal(2000, network.Units.Length);
        Assert.Equal(500, network.Devices.Length);
        using var folder = network.Files.WriteToTemporaryDirectory();
        DiagnosticAssert.Clean(PolicyValidator.Run(folder.Path, MiniRepo.Today));
    }

    [Fact]
    public void The_county_network_validates_clean()
    {
        using var folder = NetworkGenerator.Generate(NetworkSpec.County).Files.WriteToTemporaryDirectory();
        DiagnosticAssert.Clean(PolicyValidator.Run(folder.Path, MiniRepo.Today));
    }

    [Theory]
    [InlineData(TrunkLayout.Star)]
    [InlineData(TrunkLayout.TwoTier)]
    [InlineData(TrunkLayout.Cascade)]
    public void Every_layout_of_a_mid_sized_network_validates_clean(TrunkLayout layout)
    {
        var spec = NetworkSpecs.WithDevices(NetworkSpec.County with { Units = 300, Layout = layout, ExternalZones = 5, InternalZones = 3, Seed = 7 }, 20);
        using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
        DiagnosticAssert.Clean(PolicyValidator.Run(folder.Path, MiniRepo.Today));
    }

    [Fact]
    public void The_largest_spec_repeats_vlans_only_behind_different_gateways_and_names_every_unit_apart()
    {
        // Five external zones for 10,000 units would need ~30,000 segments: VLANs repeat per distribution switch,
        // and units give segments up until the 16,384 /24s of the wider pool fit.
        var spec = NetworkSpecs.WithDevices(NetworkSpec.City with { Units = NetworkSpec.MaxUnits, ExternalZones = 5, InternalZones = 3, TownPercent = 50 }, 0);
        var network = NetworkGenerator.Generate(spec);
        foreach (var plane in network.Planes)
        {
            var segments = network.Segments.Where(s => s.Plane == plane.Name).ToList();
            Assert.InRange(segments.Count, 4093, 16_384);
            Assert.DoesNotContain(plane.ManagementVlan, segments.Select(s => s.Vlan));
            Assert.DoesNotContain(BaselinePolicy.DefaultBlackholeVlan, segments.Select(s => s.Vlan));
            Assert.Equal(segments.Count, segments.Select(s => s.Subnet).Distinct().Count());
            AssertVlansApartPerGateway(network, segments);
        }

        Assert.All(network.Units, u => Assert.Contains(u.Segments, s => s.Plane == GeneratedPlane.External));
        Assert.Equal(network.Units.Length, network.Units.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public void Ten_thousand_devices_hold_twenty_thousand_segments_with_a_wider_management_block()
    {
        // The issue 16 scale point (tests/README.md): the city spec at 8,200 units. Devices follow segments, so the external
        // plane gets ~6,800, more than its management /20 numbers, and the internal plane keeps its /20.
        var network = NetworkGenerator.Generate(NetworkSpec.City with { Units = 8_200, Devices = 10_000 });
        Assert.Equal(10_000, network.Devices.Length);
        Assert.InRange(network.Segments.Count(), 20_000, 21_000);
        foreach (var plane in network.Planes)
        {
            var devices = network.Devices.Where(d => d.Plane == plane.Name).ToList();
            Assert.Equal(plane.Name == GeneratedPlane.External ? 18 : 20, plane.ManagementSubnet.Length);
            Assert.Equal(plane.Name == GeneratedPlane.External, devices.Count > 3_810);
            Assert.All(devices, d => Assert.True(plane.ManagementSubnet.Contains(d.Management), $"{d.Hostname} {d.Management}"));
            AssertVlansApartPerGateway(network, [.. network.Segments.Where(s => s.Plane == plane.Name)]);
        }

        Assert.Equal(network.Devices.Length, network.Devices.Select(d => d.Management).Distinct().Count());
    }

    [Fact]
    public void A_plane_past_its_vlans_validates_clean_with_vlans_repeated_per_distribution_switch()
    {
        // 1,300 units with five external zones ask for ~4,900 external segments, more than the 4,092 VLANs of a plane.
        var spec = NetworkSpecs.WithDevices(NetworkSpec.City with { Units = 1_300, ExternalZones = 5, TownPercent = 0, HasInternalPlane = false }, 0);
        var network = NetworkGenerator.Generate(spec);
        Assert.True(network.Segments.Count() > 4_092, $"{network.Segments.Count()} segments");
        Assert.True(network.Segments.Select(s => s.Vlan).Distinct().Count() < network.Segments.Count());
        using var folder = network.Files.WriteToTemporaryDirectory();
        DiagnosticAssert.Clean(PolicyValidator.Run(folder.Path, MiniRepo.Today));
    }

    [Fact]
    public void A_network_within_its_vlans_numbers_them_in_unit_order_as_it_always_did()
    {
        var network = NetworkGenerator.Generate(NetworkSpec.City);
        foreach (var plane in network.Planes)
        {
            var segments = network.Segments.Where(s => s.Plane == plane.Name).ToList();
            Assert.Equal(segments.Count, segments.Select(s => s.Vlan).Distinct().Count());
            Assert.Equal(plane.ManagementVlan + 1, segments[0].Vlan);
        }
    }

    /// <summary>Segments behind one gateway never share a VLAN, and the core's (which cross every domain) share theirs with no other segment.</summary>
    private static void AssertVlansApartPerGateway(GeneratedNetwork network, List<GeneratedSegment> segments)
    {
        var gateways = network.Devices.SelectMany(d => d.GatewayFor.Select(s => (Segment: s, Device: d))).ToDictionary(x => x.Segment, x => x.Device);
        var core = network.Devices.Single(d => d.Role == DeviceRole.Core && d.Plane == segments[0].Plane);
        var byGateway = segments.GroupBy(s => gateways.GetValueOrDefault(s.Name, core).Hostname).ToList();
        Assert.All(byGateway, g => Assert.Equal(g.Count(), g.Select(s => s.Vlan).Distinct().Count()));
        var coreVlans = byGateway.Where(g => g.Key == core.Hostname).SelectMany(g => g.Select(s => s.Vlan)).ToHashSet();
        Assert.All(byGateway.Where(g => g.Key != core.Hostname).SelectMany(g => g), s => Assert.DoesNotContain(s.Vlan, coreVlans));
    }

    [Fact]
    public void A_plane_past_its_20_validates_clean_with_the_wider_block()
    {
        // One plane of 4,000 devices: the smallest network the wide plan serves, validated (the 10,000-device one is measured, not tested).
        var spec = NetworkSpec.City with { Units = 300, HasInternalPlane = false, Devices = 4_000 };
        var network = NetworkGenerator.Generate(spec);
        Assert.Equal("10.61.0.0/18", Assert.Single(network.Planes).ManagementSubnet.ToString());
        using var folder = network.Files.WriteToTemporaryDirectory();
        DiagnosticAssert.Clean(PolicyValidator.Run(folder.Path, MiniRepo.Today));
    }

    [Fact]
    public void A_network_whose_devices_fit_a_20_keeps_the_addressing_it_always_had()
    {
        // The 5,000-device point of the scale curve (tests/README.md): under 3,000 devices a plane.
        var network = NetworkGenerator.Generate(NetworkSpec.City with { Units = 4_000, Devices = 5_000 });
        Assert.Equal(["10.61.0.0/20", "172.16.0.0/20"], network.Planes.Select(p => p.ManagementSubnet.ToString()));
        // Routed links between distribution switches and cores stay in the /20 after the management /20.
        Ipv4Prefix[] pools = [Ipv4Prefix.Parse("10.61.16.0/20"), Ipv4Prefix.Parse("172.16.16.0/20")];
        var links = network.Devices.Where(d => d.Role == DeviceRole.Distribution).SelectMany(d => d.Ports).Where(p => p.Mode == InterfaceMode.Routed).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, p => Assert.Contains(pools, pool => pool.Contains(p.Address!.Value.Address)));
    }

    [Fact]
    public void Too_few_devices_is_refused_with_the_minimum()
    {
        var spec = NetworkSpec.City with { Devices = 20 };
        var error = Assert.Throws<ArgumentException>(() => NetworkGenerator.Generate(spec));
        Assert.Contains($"at least {NetworkGenerator.MinimumDevices(spec)} devices", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_port_name_the_generator_uses_is_its_vendors()
    {
        foreach (var vendor in VendorProfile.All)
        {
            var dialect = DialectRegistry.Find(vendor.Id)!;
            Assert.All(new[] { vendor.Uplink, vendor.Cascade, vendor.RoutedUplink, vendor.Spare, vendor.Gigabit(1), vendor.Gigabit(VendorProfile.GigabitPorts) },
                name => Assert.True(dialect.IsPortName(name), $"{name} is not a {vendor.Id} port"));
        }

        Assert.Equal("GigabitEthernet0/0/7", VendorProfile.Of("huawei-vrp").Gigabit(7));
        Assert.Equal("Ten-GigabitEthernet1/0/49", VendorProfile.Of("h3c-comware").Uplink);
        Assert.Equal("TenGigabitEthernet1/1/1", VendorProfile.Of("cisco-ios").Uplink);
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void A_mix_of_one_dialect_builds_every_switch_below_the_core_of_it_and_the_even_mix_builds_every_dialect(string dialect)
    {
        var spec = NetworkSpecs.WithDevices(NetworkSpec.County with { Vendors = VendorMix.Only(dialect) }, 10);
        var belowCore = NetworkGenerator.Generate(spec).Devices.Where(d => d.Role is DeviceRole.Distribution or DeviceRole.Access).ToList();

        Assert.NotEmpty(belowCore);
        Assert.All(belowCore, d => Assert.Equal(dialect, d.Vendor.Id));
        Assert.Contains(NetworkGenerator.Generate(NetworkSpec.County).Devices, d => d.Vendor.Id == dialect);
        Assert.Equal($"{dialect}:1", Assert.Single(VendorMix.Only(dialect).ToString().Split(' '), w => !w.EndsWith(":0", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_mix_naming_an_unregistered_dialect_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => VendorMix.Of(("juniper-junos", 1)));
        Assert.Contains("no registered dialect juniper-junos", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cascades_are_at_most_three_switches_deep_and_every_trunk_is_cabled_at_both_ends()
    {
        var spec = NetworkSpecs.WithDevices(NetworkSpec.County with { Units = 400, Layout = TrunkLayout.Cascade }, 30);
        var network = NetworkGenerator.Generate(spec);
        var byName = network.Devices.ToDictionary(d => d.Hostname);
        foreach (var device in network.Devices.Where(d => d.Role == DeviceRole.Access))
        {
            var depth = 0;
            for (var up = device; up.Role == DeviceRole.Access; up = byName[up.Parent!])
            {
                depth++;
            }

            Assert.InRange(depth, 1, 3);
        }

        foreach (var device in network.Devices)
        {
            foreach (var port in device.Ports)
            {
                if (port.Link is not { } link || !link.Contains(':', StringComparison.Ordinal) || link.StartsWith("upstream:", StringComparison.Ordinal))
                {
                    continue;
                }

                var colon = link.IndexOf(':', StringComparison.Ordinal);
                var (host, name) = (link[..colon], link[(colon + 1)..]);
                Assert.Contains(byName[host].Ports, p => p.Name == name && p.Link == $"{device.Hostname}:{port.Name}" && p.Mode == port.Mode);
            }
        }
    }

    [Theory]
    [InlineData(TrunkLayout.Star)]
    [InlineData(TrunkLayout.TwoTier)]
    [InlineData(TrunkLayout.Cascade)]
    public void A_segments_gateway_is_the_distribution_switch_above_all_its_access_ports_else_the_core(TrunkLayout layout)
    {
        // With more access switches than segments, segments span several switches, some below two distribution switches.
        var coreServesSome = false;
        foreach (var (units, extra) in new[] { (300, 0), (6, 37), (7, 101) })
        {
            var spec = NetworkSpecs.WithDevices(NetworkSpec.County with { Units = units, Layout = layout, Seed = 11 }, extra);
            var network = NetworkGenerator.Generate(spec);
            var byName = network.Devices.ToDictionary(d => d.Hostname);
            foreach (var segment in network.Segments)
            {
                var above = network.Devices
                    .Where(d => d.Role == DeviceRole.Access && d.Ports.Any(p => p.Segment == segment.Name))
                    .Select(d => TopOf(d, byName))
                    .Distinct()
                    .ToList();
                var expected = above is [{ Role: DeviceRole.Distribution } distribution] ? distribution : network.Devices.Single(d => d is { Role: DeviceRole.Core } && d.Plane == segment.Plane);
                Assert.Equal(expected.Hostname, network.GatewayOf(segment.Name).Hostname);
            }

            foreach (var core in network.Devices.Where(d => d.Role == DeviceRole.Core))
            {
                var distributionsServe = network.Devices.Any(d => d.Role == DeviceRole.Distribution && d.Plane == core.Plane && !d.GatewayFor.IsEmpty);
                Assert.Equal(!distributionsServe, core.GatewayForAll);
                coreServesSome |= !core.GatewayFor.IsEmpty;
            }

            Assert.Equal(layout == TrunkLayout.Star, network.Devices.All(d => d.Role != DeviceRole.Distribution));
        }

        Assert.Equal(layout != TrunkLayout.Star, coreServesSome);

        static GeneratedDevice TopOf(GeneratedDevice device, Dictionary<string, GeneratedDevice> byName) =>
            device.Role == DeviceRole.Access ? TopOf(byName[device.Parent!], byName) : device;
    }

    [Fact]
    public void Every_distribution_switch_has_a_routed_30_to_the_core_beside_its_trunk()
    {
        var network = NetworkGenerator.Generate(NetworkSpecs.WithDevices(NetworkSpec.County with { Units = 400, Layout = TrunkLayout.Cascade }, 30));
        var distributions = network.Devices.Where(d => d.Role == DeviceRole.Distribution).ToList();
        Assert.NotEmpty(distributions);
        foreach (var distribution in distributions)
        {
            Assert.Contains(distribution.Ports, p => p.Mode == InterfaceMode.Trunk && p.Link!.StartsWith(distribution.Parent + ":", StringComparison.Ordinal));
            var routed = Assert.Single(distribution.Ports, p => p.Mode == InterfaceMode.Routed);
            Assert.StartsWith(distribution.Parent + ":", routed.Link, StringComparison.Ordinal);
            Assert.Equal(30, routed.Address!.Value.Length);
            Assert.Equal(distribution.Vendor.RoutedUplink, routed.Name);
        }
    }

    [Theory]
    [InlineData(TrunkLayout.TwoTier)]
    [InlineData(TrunkLayout.Cascade)]
    public void No_huawei_or_h3c_device_needs_more_than_900_numbered_acls(TrunkLayout layout)
    {
        // The city as specified, and the largest spec on the fewest devices: 16,384 external segments on 342 access switches.
        var largest = NetworkSpecs.WithDevices(NetworkSpec.City with { Units = NetworkSpec.MaxUnits, ExternalZones = 5, InternalZones = 3, TownPercent = 50, Layout = layout }, 0);
        foreach (var spec in new[] { NetworkSpec.City with { Layout = layout }, largest })
        {
            var network = NetworkGenerator.Generate(spec);
            foreach (var device in network.Devices.Where(d => DialectRegistry.Find(d.Vendor.Id)!.AclNumbers is not null))
            {
                // One ACL per served segment, two per internet or upstream port (AclNumbering).
                var segments = device.GatewayForAll ? network.Segments.Count(s => s.Plane == device.Plane) : device.GatewayFor.Length;
                var edges = device.Ports.Count(p => p.Link is "internet" || p.Link?.StartsWith("upstream:", StringComparison.Ordinal) == true);
                Assert.True(segments + (2 * edges) <= 900, $"{device.Hostname} of {spec} needs {segments + (2 * edges)} ACLs");
            }
        }
    }
}
