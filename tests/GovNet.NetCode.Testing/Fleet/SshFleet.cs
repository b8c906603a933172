using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GovNet.NetCode.FakeDevice;

namespace GovNet.NetCode.Testing.Fleet;

/// <summary>
/// A fleet of fake devices behind real OpenSSH servers on 127.0.0.1: each device has its own port,
/// each sshd serves up to <see cref="PortsPerServer"/> ports (OpenSSH's listen-socket limit) and runs
/// the fake device CLI as its ForceCommand. Own host keys, client key and known_hosts live in a
/// temporary folder; dispose kills every sshd (and its sessions) and deletes the folder.
/// </summary>
public sealed class SshFleet : IDisposable
{
    public const string SshdPath = "/usr/sbin/sshd";
    public const int PortsPerServer = 16;

    private readonly List<Process> servers = [];
    private readonly TemporaryDirectory folder;
    private readonly Dictionary<string, int> ports = new(StringComparer.Ordinal);

    private SshFleet(TemporaryDirectory folder) => this.folder = folder;

    public string Folder => folder.Path;

    /// <summary>The private key the fleet authorises (except on <see cref="FleetFault.BadAuth"/> ports).</summary>
    public string ClientKey => Path.Combine(Folder, "client_ed25519");

    /// <summary>known_hosts pinning every device's key (wrong or missing as its fault says).</summary>
    public string KnownHosts => Path.Combine(Folder, "known_hosts");

    /// <summary>The account the fake devices accept: the one running the tests.</summary>
    public static string User => Environment.UserName;

    public IReadOnlyDictionary<string, int> Ports => ports;

    public static bool IsAvailable => File.Exists(SshdPath) && CanFind("ssh") && CanFind("ssh-keygen");

    public static SshFleet Start(IEnumerable<FleetDevice> devices)
    {
        var fleet = new SshFleet(new TemporaryDirectory("netcode-fleet"));
        try
        {
            fleet.Launch([.. devices]);
            return fleet;
        }
        catch
        {
            fleet.Dispose();
            throw;
        }
    }

    private void Launch(IReadOnlyList<FleetDevice> devices)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "devices"));
        Directory.CreateDirectory(Path.Combine(Folder, "configs"));
        Directory.CreateDirectory(Path.Combine(Folder, "home"));
        Keygen("host_ed25519");
        Keygen("other_host_ed25519");
        Keygen("client_ed25519");
        File.Copy(ClientKey + ".pub", Path.Combine(Folder, "authorized_keys"));
        EnsurePrivilegeSeparationFolder();

        var listening = new List<(FleetDevice Device, int Port)>();
        var knownHosts = new StringBuilder();
        var hostKey = File.ReadAllText(Path.Combine(Folder, "host_ed25519.pub")).Trim();
        var otherKey = File.ReadAllText(Path.Combine(Folder, "other_host_ed25519.pub")).Trim();
        foreach (var device in devices)
        {
            var port = FreePort(ports.Values);
            ports[device.Hostname] = port;
            var configFile = Path.Combine(Folder, "configs", device.Hostname + ".cfg");
            File.WriteAllText(configFile, device.Config);
            new DeviceSpec(device.Hostname, device.Dialect, configFile)
            {
                ReplyDelayMilliseconds = device.ReplyDelayMilliseconds,
                Hang = device.Fault == FleetFault.Hang,
                SlowMilliseconds = device.Fault == FleetFault.Slow ? device.SlowMilliseconds : 0,
                DisconnectAfterBytes = device.Fault == FleetFault.Disconnect ? device.DisconnectAfterBytes : 0,
                PagingStuck = device.Fault == FleetFault.PagingStuck,
                ShowFails = device.Fault == FleetFault.ErrorReply,
            }.Save(Folder, port);
            if (device.Fault != FleetFault.UnknownHostKey)
            {
                var key = device.Fault == FleetFault.WrongHostKey ? otherKey : hostKey;
                knownHosts.Append(CultureInfo.InvariantCulture, $"[127.0.0.1]:{port} {string.Join(' ', key.Split(' ').Take(2))}\n");
            }

            if (device.Fault != FleetFault.Refused)
            {
                listening.Add((device, port));
            }
        }

        File.WriteAllText(KnownHosts, knownHosts.ToString());
        var chunks = listening.Chunk(PortsPerServer).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            servers.Add(StartServer(i, chunks[i]));
        }

        WaitUntilListening(listening.Select(l => l.Port));
    }

    // sshd runs the forced command through the account's login shell, and bash started by sshd
    // reads ~/.bashrc even without a terminal. A developer's rc file (version managers that rehash
    // under a lock, prompts that call git) then costs every session, and serialises parallel ones,
    // so the fake devices get an empty home of their own.
    private Process StartServer(int index, (FleetDevice Device, int Port)[] devices)
    {
        var config = new StringBuilder();
        foreach (var (_, port) in devices)
        {
            config.Append(CultureInfo.InvariantCulture, $"ListenAddress 127.0.0.1:{port}\n");
        }

        var deviceDll = typeof(DeviceSpec).Assembly.Location;
        config.Append(CultureInfo.InvariantCulture, $"""
            HostKey {Folder}/host_ed25519
            PidFile {Folder}/sshd-{index}.pid
            AuthorizedKeysFile {Folder}/authorized_keys
            UsePAM no
            StrictModes no
            PermitRootLogin yes
            PasswordAuthentication yes
            KbdInteractiveAuthentication no
            AllowAgentForwarding no
            X11Forwarding no
            PrintMotd no
            PrintLastLog no
            UseDNS no
            LogLevel VERBOSE
            MaxStartups 200:30:400
            MaxAuthTries 3
            LoginGraceTime 20
            SetEnv HOME={Folder}/home
            ForceCommand exec {DotnetHost()} {deviceDll} {Folder}

            """);
        foreach (var (_, port) in devices.Where(d => d.Device.Fault == FleetFault.BadAuth))
        {
            config.Append(CultureInfo.InvariantCulture, $"Match LocalPort {port}\n  AuthorizedKeysFile none\n");
        }

        var file = Path.Combine(Folder, $"sshd-{index}.conf");
        File.WriteAllText(file, config.ToString());
        var start = new ProcessStartInfo(SshdPath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-D", "-f", file, "-E", Path.Combine(Folder, $"sshd-{index}.log") })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("sshd did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>inventory/collection.yaml reaching every fleet device on its loopback port, with the fleet's client key.</summary>
    public string CollectionYaml(string knownHosts, int parallelism = 8, int commandTimeout = 10, int retries = 0, string extra = "")
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            user: {User}
            identity_file: {ClientKey}
            known_hosts: {knownHosts}
            parallelism: {parallelism}
            connect_timeout: 5
            command_timeout: {commandTimeout}
            retries: {retries}
            {extra}
            devices:

            """);
        foreach (var (hostname, port) in ports.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ hostname: {hostname}, address: 127.0.0.1, port: {port} }}\n");
        }

        return text.ToString();
    }

    /// <summary>What the servers logged (authentication attempts, sessions), for assertions.</summary>
    public string Log() => string.Concat(Directory.EnumerateFiles(Folder, "sshd-*.log").Order(StringComparer.Ordinal).Select(SafeRead));

    public void Dispose()
    {
        foreach (var server in servers)
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

        servers.Clear();
        folder.Dispose();
    }

    private static string SafeRead(string path)
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

    /// <summary>
    /// A port free now and not yet given to another device: the kernel hands the same ephemeral
    /// port out again once its listener closes, and two devices on one port would each be
    /// served as the other.
    /// </summary>
    private static int FreePort(IEnumerable<int> taken)
    {
        var given = taken.ToHashSet();
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (!given.Contains(port))
            {
                return port;
            }
        }
    }

    private void WaitUntilListening(IEnumerable<int> listeningPorts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        foreach (var port in listeningPorts)
        {
            while (true)
            {
                try
                {
                    using var client = new TcpClient();
                    client.Connect(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline && servers.TrueForAll(s => !s.HasExited))
                {
                    Thread.Sleep(20);
                }
                catch (SocketException)
                {
                    throw new InvalidOperationException($"sshd is not listening on {port}: {Log()}");
                }
            }
        }
    }

    /// <summary>The dotnet host to run the fake device with (sshd gives forced commands a bare PATH).</summary>
    private static string DotnetHost()
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
}
