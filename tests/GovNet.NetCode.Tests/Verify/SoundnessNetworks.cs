using System.Collections.Concurrent;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Mutations;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// A generated network compiled once, its configs held as text and facts, and its unedited verdict.
/// An edit re-parses only the device it touched, so a property can try dozens of edits per network
/// on two shared cores.
/// </summary>
public sealed class SoundnessNetwork
{
    private const string Label = "configs";

    private SoundnessNetwork(NetworkSpec spec, ModelIndex context, IReadOnlyDictionary<string, string> texts)
    {
        Spec = spec;
        Context = context;
        Texts = texts;
        Facts = texts.ToDictionary(t => t.Key, t => Parse(t.Key, t.Value), StringComparer.Ordinal);
        Baseline = Verifier.Run(context, Facts, []);
    }

    public NetworkSpec Spec { get; }

    public ModelIndex Context { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    public IReadOnlyDictionary<string, DeviceFacts> Facts { get; }

    public VerifyResult Baseline { get; }

    public static string FileOf(string host) => $"{Label}/{host}.cfg";

    public static SoundnessNetwork Compile(NetworkSpec spec)
    {
        using var repository = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
        var (context, folder) = VerifyHarness.Compiled(repository.Path);
        var texts = Directory.GetFiles(folder, "*.cfg").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);

        // Compiled lays out <temp>/build/configs; the texts are all a property needs from disk.
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(folder))!, recursive: true);
        return new SoundnessNetwork(spec, context, texts);
    }

    public string Vendor(string host) => Context.Devices[host].Vendor.Value;

    public string PlaneOf(string host) => Context.Devices[host].Plane.Value;

    public string OtherPlane(string plane) => Context.Planes.Keys.Single(p => p != plane);

    public string Tag(string plane) => $"[{Context.Planes[plane].Tag}]";

    public ConfigText Text(string host) => new(Texts[host], Vendor(host));

    /// <summary>Hosts of a dialect, optionally of one plane and among some roles, in a stable order.</summary>
    public IReadOnlyList<string> Hosts(string dialect, string? plane = null, params DeviceRole[] roles) =>
        [.. Context.Devices.Values
            .Where(d => d.Vendor.Value == dialect && (plane is null || d.Plane.Value == plane) && (roles.Length == 0 || roles.Contains(d.Role.Value)))
            .Select(d => d.Hostname.Value)
            .Order(StringComparer.Ordinal)];

    /// <summary>The first role, in the order given, that has hosts: a core when the dialect has one, a distribution switch else, and so on.</summary>
    public IReadOnlyList<string> Preferring(string dialect, string plane, params DeviceRole[] roles) =>
        roles.Select(r => Hosts(dialect, plane, r)).FirstOrDefault(h => h.Count > 0) ?? [];

    public Segment SegmentOf(string plane, Random random)
    {
        var segments = Context.Model.Segments.Where(s => Context.PlaneOf(s) == plane).OrderBy(s => s.Vlan.Value).ToList();
        return segments[random.Next(segments.Count)];
    }

    /// <summary>A host address inside a segment of <paramref name="plane"/>; high in the subnet, where the generator puts nothing.</summary>
    public Ipv4Address AddressIn(string plane, Random random)
    {
        var subnet = SegmentOf(plane, random).Subnet.Value;
        return new Ipv4Address(subnet.LastHost.Value - (uint)random.Next(1, Math.Min(20, (int)subnet.Size - 3)));
    }

    /// <summary>An address of the plane's management subnet that no interface and no server holds: a next hop nobody answers for.</summary>
    public Ipv4Address UnusedManagementAddress(string plane)
    {
        var subnet = Context.Planes[plane].Management.Subnet.Value;
        var used = Facts.Values.SelectMany(f => f.Interfaces).SelectMany(i => i.Addresses).Select(a => a.Address)
            .Concat(Context.Planes[plane].Management.Servers.Select(s => s.Address.Value))
            .Append(Context.Planes[plane].Management.Gateway.Value)
            .ToHashSet();
        for (var candidate = subnet.LastHost.Value; ; candidate--)
        {
            if (!used.Contains(new Ipv4Address(candidate)))
            {
                return new Ipv4Address(candidate);
            }
        }
    }

    public int ManagementVlan(string plane) => Context.Planes[plane].Management.Vlan!.Value.Value;

    /// <summary>The device's SVIs with an address, management first.</summary>
    public IReadOnlyList<InterfaceFact> Svis(string host) =>
        [.. Facts[host].Interfaces.Where(i => i.SviVlan is not null && !i.Addresses.IsEmpty).OrderBy(i => i.SviVlan != ManagementVlan(PlaneOf(host)))];

    /// <summary>
    /// A physical port name the config does not use, spelled like the device's own ports: the
    /// highest-numbered port of its first port family, counted on until the name is free.
    /// </summary>
    public string SparePort(string host)
    {
        var physical = Facts[host].Interfaces.Where(i => i.SviVlan is null && !i.Loopback && char.IsDigit(i.Name[^1])).Select(i => i.Name).ToList();
        var family = physical[0][..(physical[0].LastIndexOfAny(['/', 't', 'T']) + 1)];
        var numbers = physical.Where(n => n.StartsWith(family, StringComparison.Ordinal) && int.TryParse(n[family.Length..], out _)).Select(n => int.Parse(n[family.Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var next = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        var used = physical.ToHashSet(StringComparer.Ordinal);
        while (used.Contains($"{family}{next}"))
        {
            next++;
        }

        return $"{family}{next}";
    }

    /// <summary>Verifies the network with one device's config replaced by <paramref name="text"/>.</summary>
    public VerifyResult Verify(string host, string text)
    {
        var facts = new Dictionary<string, DeviceFacts>(Facts, StringComparer.Ordinal) { [host] = Parse(host, text) };
        return Verifier.Run(Context, facts, []);
    }

    public override string ToString() => $"network seed {Spec.Seed} ({Spec.Units} units, {Spec.Devices} devices, {Spec.Layout})";

    private DeviceFacts Parse(string host, string text) =>
        GovNet.NetCode.Dialects.DialectRegistry.Find(Vendor(host))!.Parse(text, FileOf(host));
}

/// <summary>
/// The few networks the soundness properties edit. Each has, in each dialect, a device of each plane
/// and an external access switch, so every edit class finds a target; they are compiled on first use
/// and shared by every property in the run.
/// </summary>
public static class SoundnessNetworks
{
    public const int Count = 3;

    private static readonly ConcurrentDictionary<int, Lazy<SoundnessNetwork>> Compiled = new();

    private static readonly TrunkLayout[] Layouts = [TrunkLayout.Star, TrunkLayout.TwoTier, TrunkLayout.Cascade];

    public static SoundnessNetwork Get(int index) =>
        Compiled.GetOrAdd(index, i => new Lazy<SoundnessNetwork>(() => SoundnessNetwork.Compile(Spec(i)))).Value;

    /// <summary>
    /// The first seed from a fixed start whose network covers every dialect: generating is cheap,
    /// compiling is not, so the search runs on the generated inventory only.
    /// </summary>
    public static NetworkSpec Spec(int index)
    {
        for (var seed = 1000 * (index + 1); ; seed++)
        {
            var spec = NetworkSpecs.WithDevices(new NetworkSpec(8 + (4 * index), 30, 2, 2, true, 0, VendorMix.Even, Layouts[index], seed), 6);
            var devices = NetworkGenerator.Generate(spec).Devices;
            var covered = VendorProfile.All.All(v =>
                devices.Any(d => d.Vendor == v && d.Plane == GeneratedPlane.Internal) &&
                devices.Any(d => d.Vendor == v && d.Plane == GeneratedPlane.External && d.Role == DeviceRole.Access));
            if (covered)
            {
                return spec;
            }
        }
    }
}
