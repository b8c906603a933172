using System.Runtime.InteropServices;
using GovNet.NetCode.Testing.Fleet;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// <c>fleet REPO DIR</c>: serve a repository's compiled configs from fake devices behind real sshd on
/// 127.0.0.1 until interrupted, and write DIR/collection.yaml so <c>netcode fetch --collection</c>
/// reaches them. tests/fleet/demo-fleet.sh runs this for the example network.
/// </summary>
internal static class FleetCommand
{
    public static int Run(string repository, string directory)
    {
        if (!SshFleet.IsAvailable)
        {
            Console.Error.WriteLine($"fleet: {SshFleet.SshdPath} and ssh-keygen are needed (apt-get install openssh-server)");
            return 3;
        }

        if (FleetConfigs.Compile(Path.GetFullPath(repository)) is not { } compiled)
        {
            return 2;
        }

        using var fleet = SshFleet.Start(compiled.Devices);
        Directory.CreateDirectory(directory);
        var collection = Path.GetFullPath(Path.Combine(directory, "collection.yaml"));
        File.WriteAllText(collection, fleet.CollectionYaml(fleet.KnownHosts));
        Console.WriteLine($"fleet: {compiled.Devices.Count} fake devices on 127.0.0.1 (ports {fleet.Ports.Values.Min()}-{fleet.Ports.Values.Max()}), served from {fleet.Folder}");
        Console.WriteLine($"fleet: connection settings in {collection}; try:");
        Console.WriteLine($"  dotnet run --project compiler/GovNet.NetCode.Cli -- fetch --repo {repository} --collection {collection} --plane external --out {Path.Combine(directory, "running")}");
        Console.WriteLine($"  dotnet run --project compiler/GovNet.NetCode.Cli -- drift --repo {repository} --collection {collection} --plane external");
        Console.WriteLine($"fleet: each device serves {Path.Combine(fleet.Folder, "configs")}/HOSTNAME.cfg, read anew for every session: edit one to make drift");
        Console.WriteLine("fleet: Ctrl-C stops the fleet");

        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Set();
        });
        stop.Wait();
        Console.WriteLine("fleet: stopped");
        return 0;
    }
}
