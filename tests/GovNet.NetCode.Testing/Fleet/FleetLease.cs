using System.Net.Sockets;
using System.Text;
using GovNet.NetCode.FakeDevice;

namespace GovNet.NetCode.Testing.Fleet;

/// <summary>
/// Devices put on free ports of a shared <see cref="SshFleet"/> for one test: each port's device
/// spec and config, a known_hosts of the lease's own (pinning each device's key, another key or
/// none as its fault says), and for <see cref="FleetFault.Refused"/> a port held bound but never
/// listening (for <see cref="FleetFault.Silent"/>, listening but never accepting). Dispose removes the devices and gives the ports back.
/// </summary>
public sealed class FleetLease : IDisposable
{
    private readonly SshFleet fleet;
    private readonly List<(FleetDevice Device, int Port, Socket? Refusing)> devices;
    private readonly Dictionary<string, int> ports = new(StringComparer.Ordinal);

    internal FleetLease(SshFleet fleet, int id, List<(FleetDevice Device, int Port, Socket? Refusing)> devices)
    {
        this.fleet = fleet;
        this.devices = devices;
        var configs = Path.Combine(fleet.Folder, "configs", id == 1 ? "" : $"lease-{id}");
        Directory.CreateDirectory(configs);
        KnownHosts = Path.Combine(fleet.Folder, $"known_hosts-{id}");
        var knownHosts = new StringBuilder();
        foreach (var (device, port, _) in devices)
        {
            ports[device.Hostname] = port;
            var configFile = Path.Combine(configs, device.Hostname + ".cfg");
            File.WriteAllText(configFile, device.Config);
            new DeviceSpec(device.Hostname, device.Dialect, configFile)
            {
                ReplyDelayMilliseconds = device.ReplyDelayMilliseconds,
                Hang = device.Fault == FleetFault.Hang,
                SlowMilliseconds = device.Fault == FleetFault.Slow ? device.SlowMilliseconds : 0,
                DisconnectAfterBytes = device.Fault == FleetFault.Disconnect ? device.DisconnectAfterBytes : 0,
                PagingStuck = device.Fault == FleetFault.PagingStuck,
                ShowFails = device.Fault == FleetFault.ErrorReply,
                Endless = device.Fault == FleetFault.Endless,
                Observed = device.Observed,
            }.Save(fleet.Folder, port);
            if (device.Fault != FleetFault.UnknownHostKey)
            {
                var key = device.Fault == FleetFault.WrongHostKey ? fleet.OtherHostKeyLine : fleet.HostKeyLine;
                SshFleet.AppendInvariant(knownHosts, $"[127.0.0.1]:{port} {key}\n");
            }
        }

        File.WriteAllText(KnownHosts, knownHosts.ToString());
    }

    public IReadOnlyDictionary<string, int> Ports => ports;

    /// <summary>known_hosts pinning this lease's devices (wrong or missing as each fault says).</summary>
    public string KnownHosts { get; }

    public string ClientKey => fleet.ClientKey;

    public SshFleet Fleet => fleet;

    /// <summary>inventory/collection.yaml reaching every device of the lease on its loopback port, with the fleet's client key.</summary>
    public string CollectionYaml(string knownHosts, int parallelism = 8, int commandTimeout = 10, int retries = 0, string extra = "")
    {
        var text = new StringBuilder();
        SshFleet.AppendInvariant(text, $"""
            user: {SshFleet.User}
            identity_file: {fleet.ClientKey}
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
            SshFleet.AppendInvariant(text, $"  - {{ hostname: {hostname}, address: 127.0.0.1, port: {port} }}\n");
        }

        return text.ToString();
    }

    public void Dispose()
    {
        foreach (var (_, port, refusing) in devices)
        {
            refusing?.Dispose();
            File.Delete(DeviceSpec.FileFor(fleet.Folder, port));
        }

        fleet.Return(devices.Select(d => (d.Device, d.Port)));
        devices.Clear();
    }
}
