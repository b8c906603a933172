using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GovNet.NetCode.FakeDevice;

namespace GovNet.NetCode.Testing.Fleet;

/// <summary>
/// One sshd of the fleet. Its ports are candidates until sshd's own log says it listens on each;
/// a port another process took in the meantime ("Address already in use") is replaced and the
/// server started again, so no port is ever released between choosing it and serving it.
/// </summary>
internal static class FleetServer
{
    private const int Attempts = 20;

    public static (Process Server, List<int> Good, List<int> BadAuth) Start(SshFleet fleet, int index, int good, int badAuth)
    {
        var goodPorts = Enumerable.Range(0, good).Select(_ => FleetPorts.Candidate()).ToList();
        var badPorts = Enumerable.Range(0, badAuth).Select(_ => FleetPorts.Candidate()).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var log = Path.Combine(fleet.Folder, $"sshd-{index}-{attempt}.log");
            var server = Launch(fleet, index, goodPorts, badPorts, log);
            var failed = AwaitBinds(server, log, [.. goodPorts, .. badPorts]);
            if (failed.Count == 0)
            {
                WaitUntilAccepting(server, [.. goodPorts, .. badPorts], log);
                return (server, goodPorts, badPorts);
            }

            SshFleet.Stop(server);
            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"sshd could not bind its ports after {Attempts} attempts: {SshFleet.SafeRead(log)}");
            }

            Replace(goodPorts, failed);
            Replace(badPorts, failed);
        }
    }

    private static void Replace(List<int> ports, HashSet<int> failed)
    {
        for (var i = 0; i < ports.Count; i++)
        {
            if (failed.Contains(ports[i]))
            {
                ports[i] = FleetPorts.Candidate();
            }
        }
    }

    /// <summary>The ports sshd could not bind; empty once it reported listening on all of them.</summary>
    private static HashSet<int> AwaitBinds(Process server, string log, IReadOnlyCollection<int> ports)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var text = File.Exists(log) ? SshFleet.SafeRead(log) : "";
            var failed = ports.Where(p => text.Contains(SshFleet.Invariant($"Bind to port {p} on 127.0.0.1 failed"), StringComparison.Ordinal)).ToHashSet();
            var listening = ports.Count(p => text.Contains(SshFleet.Invariant($"Server listening on 127.0.0.1 port {p}."), StringComparison.Ordinal));
            if (failed.Count > 0 || listening == ports.Count)
            {
                return failed;
            }

            if (server.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"sshd did not start listening (exit {(server.HasExited ? server.ExitCode.ToString(CultureInfo.InvariantCulture) : "none yet")}): {text}");
            }

            Thread.Sleep(20);
        }
    }

    private static void WaitUntilAccepting(Process server, IEnumerable<int> ports, string log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        foreach (var port in ports)
        {
            while (true)
            {
                try
                {
                    using var client = new TcpClient();
                    client.Connect(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline && !server.HasExited)
                {
                    Thread.Sleep(20);
                }
                catch (SocketException)
                {
                    throw new InvalidOperationException($"sshd is not accepting on {port}: {SshFleet.SafeRead(log)}");
                }
            }
        }
    }

    // sshd runs the forced command through the account's login shell, and bash started by sshd
    // reads ~/.bashrc even without a terminal. A developer's rc file (version managers that rehash
    // under a lock, prompts that call git) then costs every session, and serialises parallel ones,
    // so the fake devices get an empty home of their own.
    private static Process Launch(SshFleet fleet, int index, IEnumerable<int> goodPorts, IReadOnlyCollection<int> badPorts, string log)
    {
        var folder = fleet.Folder;
        var config = new StringBuilder();
        foreach (var port in goodPorts.Concat(badPorts))
        {
            SshFleet.AppendInvariant(config, $"ListenAddress 127.0.0.1:{port}\n");
        }

        var deviceDll = typeof(DeviceSpec).Assembly.Location;
        SshFleet.AppendInvariant(config, $"""
            HostKey {folder}/host_ed25519
            PidFile {folder}/sshd-{index}.pid
            AuthorizedKeysFile {folder}/authorized_keys
            UsePAM no
            StrictModes no
            PermitRootLogin yes
            PasswordAuthentication yes
            KbdInteractiveAuthentication no
            AllowAgentForwarding no
            AllowTcpForwarding local
            X11Forwarding no
            PrintMotd no
            PrintLastLog no
            UseDNS no
            LogLevel VERBOSE
            MaxStartups 200:30:400
            MaxAuthTries 3
            LoginGraceTime 20
            SetEnv HOME={folder}/home
            ForceCommand exec {SshFleet.DotnetHost()} {deviceDll} {folder}

            """);
        foreach (var port in badPorts)
        {
            SshFleet.AppendInvariant(config, $"Match LocalPort {port}\n  AuthorizedKeysFile none\n");
        }

        var file = Path.Combine(folder, $"sshd-{index}.conf");
        File.WriteAllText(file, config.ToString());
        var start = new ProcessStartInfo(SshFleet.SshdPath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-D", "-f", file, "-E", log })
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
}
