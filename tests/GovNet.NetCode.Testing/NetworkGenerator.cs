using System.Collections.Immutable;
using GovNet.NetCode.Testing.Generation;
using GovNet.NetCode.Testing.Yaml;

namespace GovNet.NetCode.Testing;

/// <summary>
/// Turns a <see cref="NetworkSpec"/> into a valid policy repository (policy/README.md), the same
/// files for the same spec every time. Valid means <c>netcode validate</c> reports nothing at all: no
/// error and no warning.
/// </summary>
public static class NetworkGenerator
{
    public const string NetworkId = "yulin-egov";
    public const string NetworkTitle = "榆林市电子政务网络";

    public static GeneratedNetwork Generate(NetworkSpec spec)
    {
        spec.Check();
        var zones = Zones(spec);
        var units = UnitPlanner.Plan(spec, zones);
        var planes = Planes(spec, DevicePlanner.BelowCore(spec, units));
        var services = Services(units, zones);
        var devices = DevicePlanner.Plan(spec, units, planes);
        units = VlanPlanner.Number(units, devices);
        var flows = FlowPlanner.Plan(spec, planes, zones, units, services);
        CheckUnique(devices.Select(d => d.Hostname), "hostname");
        CheckUnique(units.Select(u => u.Id), "unit id");

        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [NetworkFile.Path] = NetworkFile.Write(NetworkId, NetworkTitle, planes, zones),
            [ServicesFile.Path] = ServicesFile.Write(services),
            [FlowsFile.Path] = FlowsFile.Write(flows),
        };
        foreach (var unit in units)
        {
            files.Add(unit.File, UnitFile.Write(unit));
        }

        foreach (var device in devices)
        {
            files.Add(device.File, DeviceFile.Write(device));
        }

        if (HostsFile.Write(devices, units) is { } hosts)
        {
            files.Add(HostsFile.Path, hosts);
        }

        return new GeneratedNetwork(spec, new RepositoryFiles(files), planes, zones, units, services, flows, devices);
    }

    /// <summary>The fewest devices a spec (its other fields as given) can have: enough access ports for every segment.</summary>
    public static int MinimumDevices(NetworkSpec spec)
    {
        spec.Check();
        return DevicePlanner.MinimumDevices(spec, UnitPlanner.Plan(spec, Zones(spec)));
    }

    /// <summary>The planes, each numbered by the plan its devices fit: those below the core, the core and the egress (which the internal plane leaves unused).</summary>
    private static ImmutableArray<GeneratedPlane> Planes(NetworkSpec spec, Dictionary<string, int> belowCore)
    {
        var external = PlaneAddressing.For(GeneratedPlane.External, belowCore[GeneratedPlane.External] + 2);
        var planes = ImmutableArray.CreateBuilder<GeneratedPlane>();
        planes.Add(new GeneratedPlane(GeneratedPlane.External, "政务外网", true, external.Management, external.ManagementVlan, external.Servers, [PlaneAddressing.ProvinceUpstream]));
        if (spec.HasInternalPlane)
        {
            var @internal = PlaneAddressing.For(GeneratedPlane.Internal, belowCore[GeneratedPlane.Internal] + 2);
            planes.Add(new GeneratedPlane(GeneratedPlane.Internal, "政务内网", false, @internal.Management, @internal.ManagementVlan, @internal.Servers, []));
        }

        return planes.ToImmutable();
    }

    private static ImmutableArray<GeneratedZone> Zones(NetworkSpec spec)
    {
        var random = SeededRandom.For(spec.Seed, 0);
        var internetAccess = ZoneCatalogue.InternetAccess;
        var zones = ImmutableArray.CreateBuilder<GeneratedZone>();
        zones.Add(new GeneratedZone(internetAccess.Name, GeneratedPlane.External, internetAccess.Title, true, false));
        zones.AddRange(ZoneCatalogue.External.Take(spec.ExternalZones).Select(z => new GeneratedZone(z.Name, GeneratedPlane.External, z.Title, false, random.Chance(0.3))));
        if (spec.HasInternalPlane)
        {
            zones.AddRange(ZoneCatalogue.Internal.Take(spec.InternalZones).Select(z => new GeneratedZone(z.Name, GeneratedPlane.Internal, z.Title, false, random.Chance(0.3))));
        }

        return zones.ToImmutable();
    }

    /// <summary>The centre runs each zone's services in its own segment of that zone.</summary>
    private static ImmutableArray<GeneratedService> Services(IReadOnlyList<GeneratedUnit> units, IReadOnlyList<GeneratedZone> zones)
    {
        var templates = ZoneCatalogue.External.Concat(ZoneCatalogue.Internal).Append(ZoneCatalogue.InternetAccess).ToDictionary(z => z.Name, StringComparer.Ordinal);
        var centre = units.Single(u => u.Kind == UnitKind.Centre);
        return [.. zones.SelectMany(zone =>
        {
            var segment = centre.Segments.Single(s => s.Zone == zone.Name);
            return templates[zone.Name].Services.Select(t => new GeneratedService(
                t.Name, t.Title, zone.Name, zone.Plane, new Model.Ipv4Address(segment.Subnet.Network.Value + (uint)t.Host), [.. t.Ports]));
        })];
    }

    private static void CheckUnique(IEnumerable<string> names, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names.Where(n => !seen.Add(n)))
        {
            throw new InvalidOperationException($"generator bug: {what} {name} generated twice");
        }
    }
}
