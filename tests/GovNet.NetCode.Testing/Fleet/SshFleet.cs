using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GovNet.NetCode.FakeDevice;

namespace GovNet.NetCode.Testing.Fleet;

/// <summary>
/// Real OpenSSH servers on 127.0.0.1 whose ForceCommand is the fake device CLI: a pool of ports,
/// each served by one of the servers (at most <see cref="PortsPerServer"/> per server, OpenSSH's
/// listen-socket limit), some of them refusing the client key (<see cref="FleetFault.BadAuth"/>).
/// A <see cref="FleetLease"/> puts devices on free ports for one test and gives them back, so the
/// SSH tests share one fleet. Own host keys and client key live in a temporary folder; dispose
/// kills every sshd (and its sessions) and deletes the folder.
/// </summary>
public sealed class SshFleet : IDisposable
{
    public const string SshdPath = "/usr/sbin/sshd";
    public const int PortsPerServer = 16;

    private readonly List<Process> servers = [];
    private readonly TemporaryDirectory folder;
    private readonly Queue<int> freePorts = new();
    private readonly Queue<int> freeBadAuthPorts = new();
    private readonly Lock gate = new();
    private int leases;

    private SshFleet(TemporaryDirectory folder) => this.folder = folder;

    public string Folder => folder.Path;

    /// <summary>The private key the fleet authorises (except on <see cref="FleetFault.BadAuth"/> ports).</summary>
    public string ClientKey => Path.Combine(Folder, "client_ed25519");

    /// <summary>The account the fake devices accept: the one running the tests.</summary>
    public static string User => Environment.UserName;

    /// <summary>The lease of a fleet started for given devices (<see cref="Start(IEnumerable{FleetDevice})"/>).</summary>
    public FleetLease? Devices { get; private set; }

    /// <summary>Ports of <see cref="Devices"/>, by hostname.</summary>
    public IReadOnlyDictionary<string, int> Ports => Devices?.Ports ?? throw new InvalidOperationException("a pool fleet has no devices of its own; lease them");

    /// <summary>known_hosts of <see cref="Devices"/>.</summary>
    public string KnownHosts => Devices?.KnownHosts ?? throw new InvalidOperationException("a pool fleet has no devices of its own; lease them");

    internal string HostKeyLine => KeyLine("host_ed25519.pub");

    internal string OtherHostKeyLine => KeyLine("other_host_ed25519.pub");

    public static bool IsAvailable => File.Exists(SshdPath) && CanFind("ssh-keygen");

    /// <summary>A fleet of exactly these devices (benchmarks, the demo fleet): <see cref="Ports"/> and <see cref="KnownHosts"/> are theirs.</summary>
    public static SshFleet Start(IEnumerable<FleetDevice> devices)
    {
        var list = devices.ToList();
        var fleet = StartPool(list.Count(d => d.Fault is not (FleetFault.BadAuth or FleetFault.Refused or FleetFault.Silent)), list.Count(d => d.Fault == FleetFault.BadAuth));
        try
        {
            fleet.Devices = fleet.Lease(list);
            return fleet;
        }
        catch
        {
            fleet.Dispose();
            throw;
        }
    }

    /// <summary>A fleet of free ports, <paramref name="badAuthPorts"/> of them refusing the client key; devices come with <see cref="Lease"/>.</summary>
    public static SshFleet StartPool(int ports, int badAuthPorts)
    {
        var fleet = new SshFleet(new TemporaryDirectory("netcode-fleet"));
        try
        {
            fleet.Launch(ports, badAuthPorts);
            return fleet;
        }
        catch
        {
            fleet.Dispose();
            throw;
        }
    }

    /// <summary>Puts <paramref name="devices"/> on free ports until the lease is disposed.</summary>
    public FleetLease Lease(IEnumerable<FleetDevice> devices)
    {
        var list = devices.ToList();
        var id = Interlocked.Increment(ref leases);
        var assigned = new List<(FleetDevice Device, int Port, Socket? Refusing)>();
        lock (gate)
        {
            var wanted = list.Count(d => d.Fault is not (FleetFault.BadAuth or FleetFault.Refused or FleetFault.Silent));
            var wantedBad = list.Count(d => d.Fault == FleetFault.BadAuth);
            if (wanted > freePorts.Count || wantedBad > freeBadAuthPorts.Count)
            {
                throw new InvalidOperationException($"the fleet has {freePorts.Count} free ports and {freeBadAuthPorts.Count} refusing the key; {wanted} and {wantedBad} asked for");
            }

            foreach (var device in list)
            {
                var refusing = device.Fault switch
                {
                    FleetFault.Refused => FleetPorts.Refusing(),
                    FleetFault.Silent => FleetPorts.Silent(),
                    _ => null,
                };
                var port = refusing is not null ? ((IPEndPoint)refusing.LocalEndPoint!).Port
                    : device.Fault == FleetFault.BadAuth ? freeBadAuthPorts.Dequeue()
                    : freePorts.Dequeue();
                assigned.Add((device, port, refusing));
            }
        }

        return new FleetLease(this, id, assigned);
    }

    internal void Return(IEnumerable<(FleetDevice Device, int Port)> ports)
    {
        lock (gate)
        {
            foreach (var (device, port) in ports)
            {
                if (device.Fault == FleetFault.BadAuth)
                {
                    freeBadAuthPorts.Enqueue(port);
                }
                else if (device.Fault is not (FleetFault.Refused or FleetFault.Silent))
                {
                    freePorts.Enqueue(port);
                }
            }
        }
    }

    /// <summary>inventory/collection.yaml reaching every device of <see cref="Devices"/>.</summary>
    public string CollectionYaml(string knownHosts, int parallelism = 8, int commandTimeout = 10, int retries = 0, string extra = "") =>
        (Devices ?? throw new InvalidOperationException("lease devices first")).CollectionYaml(knownHosts, parallelism, commandTimeout, retries, extra);

    /// <summary>What the servers logged (authentication attempts, sessions), for assertions.</summary>
    public string Log() => string.Concat(Directory.EnumerateFiles(Folder, "sshd-*.log").Order(StringComparer.Ordinal).Select(SafeRead));

    public void Dispose()
    {
        Devices?.Dispose();
        foreach (var server in servers)
        {
            Stop(server);
        }

        servers.Clear();
        folder.Dispose();
    }

    private void Launch(int ports, int badAuthPorts)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "devices"));
        Directory.CreateDirectory(Path.Combine(Folder, "configs"));
        Directory.CreateDirectory(Path.Combine(Folder, "home"));
        Keygen("host_ed25519");
        Keygen("other_host_ed25519");
        Keygen("client_ed25519");
        File.Copy(ClientKey + ".pub", Path.Combine(Folder, "authorized_keys"));
        EnsurePrivilegeSeparationFolder();

        // Bad-auth ports first, so they share as few servers as possible; every server gets its share.
        var kinds = Enumerable.Repeat(true, badAuthPorts).Concat(Enumerable.Repeat(false, ports)).ToList();
        var chunks = kinds.Chunk(PortsPerServer).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var (server, good, bad) = FleetServer.Start(this, i, chunks[i].Count(k => !k), chunks[i].Count(k => k));
            servers.Add(server);
            good.ForEach(freePorts.Enqueue);
            bad.ForEach(freeBadAuthPorts.Enqueue);
        }
    }

    private string KeyLine(string file) => string.Join(' ', File.ReadAllText(Path.Combine(Folder, file)).Trim().Split(' ').Take(2));

    internal static void Stop(Process server)
    {
        try
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        server.Dispose();
    }

    internal static string SafeRead(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private void Keygen(string name)
    {
        var start = new ProcessStartInfo("ssh-keygen") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", Path.Combine(Folder, name) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ssh-keygen failed: {process.StandardError.ReadToEnd()}");
        }
    }

    // sshd started as root insists on its privilege separation folder, which the openssh-server
    // package creates at boot; a container that installed the package may not have it yet.
    private static void EnsurePrivilegeSeparationFolder()
    {
        if (Environment.UserName == "root" && !Directory.Exists("/run/sshd"))
        {
            Directory.CreateDirectory("/run/sshd");
        }
    }

    /// <summary>The dotnet host to run the fake device with (sshd gives forced commands a bare PATH).</summary>
    internal static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        return Find("dotnet") ?? throw new InvalidOperationException("dotnet not found on PATH");
    }

    private static bool CanFind(string program) => Find(program) is not null;

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists) is { } found
            ? new FileInfo(found).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? found
            : null;

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static StringBuilder AppendInvariant(StringBuilder builder, FormattableString text) => builder.Append(Invariant(text));
}
