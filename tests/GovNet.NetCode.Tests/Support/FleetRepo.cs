using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Fleet;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// A valid policy repository whose devices are served by a real sshd fleet on loopback: each device
/// serves its own compiled config, with the fault a test asks for, and the repository's
/// inventory/collection.yaml points at the fleet. The devices are leased from the shared fleet
/// (<see cref="SharedFleet"/>) and given back on dispose.
/// </summary>
public sealed class FleetRepo : IDisposable
{
    private readonly TemporaryDirectory folder;

    private FleetRepo(TemporaryDirectory folder, FleetLease fleet, IReadOnlyDictionary<string, string> configs)
    {
        this.folder = folder;
        Fleet = fleet;
        Configs = configs;
    }

    public string Root => folder.Path;

    public FleetLease Fleet { get; }

    /// <summary>The compiled config each device serves, by hostname.</summary>
    public IReadOnlyDictionary<string, string> Configs { get; }

    public string KnownHosts => Path.Combine(Root, "inventory", "known_hosts");

    /// <summary>Generated with one repository file per path; <paramref name="faults"/> by hostname.</summary>
    /// <param name="observe">Changes what a device reports about the wire (by hostname); by default each reports exactly the declared cabling and registered hosts (<see cref="FleetObserved"/>).</param>
    public static FleetRepo Start(SharedFleet shared, IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, FleetFault>? faults = null, Func<string, string, string>? serve = null, Func<string, FakeDevice.ObservedTables, FakeDevice.ObservedTables>? observe = null)
    {
        var folder = new TemporaryDirectory("netcode-fleet-repo");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var model = CompileHarness.Model(folder.Path);
        var configs = CompileHarness.CompileClean(model).ToDictionary(c => c.Hostname, c => serve is null ? c.Text : serve(c.Hostname, c.Text), StringComparer.Ordinal);
        var observed = FleetObserved.From(model);
        var devices = model.Devices.Select(d => new FleetDevice(
            d.Hostname.Value,
            d.Vendor.Value,
            configs[d.Hostname.Value],
            faults?.GetValueOrDefault(d.Hostname.Value) ?? FleetFault.None)
        {
            Observed = observe is null ? observed[d.Hostname.Value] : observe(d.Hostname.Value, observed[d.Hostname.Value]),
        });
        var fleet = shared.Fleet.Lease(devices);
        File.Copy(fleet.KnownHosts, Path.Combine(folder.Path, "inventory", "known_hosts"));
        var repo = new FleetRepo(folder, fleet, configs);
        repo.WriteCollection();
        return repo;
    }

    public static FleetRepo Start(SharedFleet shared, GeneratedNetwork network, IReadOnlyDictionary<string, FleetFault>? faults = null) =>
        Start(shared, network.Files.ToDictionary(f => f.Key, f => f.Value), faults);

    /// <summary>
    /// Timeouts are generous by default: every session starts a dotnet process for the fake device,
    /// and on a shared two-core machine under load that alone can take seconds.
    /// </summary>
    public void WriteCollection(int commandTimeout = 30, int retries = 0, int parallelism = 8, string extra = "") =>
        File.WriteAllText(Path.Combine(Root, "inventory", "collection.yaml"),
            Fleet.CollectionYaml("inventory/known_hosts", parallelism: parallelism, commandTimeout: commandTimeout, retries: retries, extra: extra));

    public void Dispose()
    {
        Fleet.Dispose();
        folder.Dispose();
    }
}
