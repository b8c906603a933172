using System.Text.Json;

namespace GovNet.NetCode.FakeDevice;

/// <summary>
/// What one fake device is: its hostname, dialect, the config it serves and its fault. The fleet
/// writes one file per SSH server port (<c>devices/PORT.json</c>); the device picks its own from the
/// port in SSH_CONNECTION.
/// </summary>
public sealed record DeviceSpec(string Hostname, string Dialect, string ConfigFile)
{
    /// <summary>Never shows a prompt; the session hangs until the client gives up.</summary>
    public bool Hang { get; init; }

    /// <summary>Delay before the config starts, in milliseconds: a real device assembling its configuration.</summary>
    public int ReplyDelayMilliseconds { get; init; }

    /// <summary>Delay before each config line, in milliseconds.</summary>
    public int SlowMilliseconds { get; init; }

    /// <summary>Drops the connection after this many bytes of the config (0: never).</summary>
    public int DisconnectAfterBytes { get; init; }

    /// <summary>The paging command is refused with an error reply, so the pager stays on.</summary>
    public bool PagingStuck { get; init; }

    /// <summary>The show command itself gets an error reply.</summary>
    public bool ShowFails { get; init; }

    /// <summary>The config never ends: its lines are sent again and again until the client hangs up.</summary>
    public bool Endless { get; init; }

    /// <summary>The LLDP, MAC and ARP tables the device reports; null: those commands get an error reply, as from a device without them.</summary>
    public ObservedTables? Observed { get; init; }

    public static string FileFor(string fleetFolder, int port) => Path.Combine(fleetFolder, "devices", port + ".json");

    public void Save(string fleetFolder, int port) =>
        File.WriteAllText(FileFor(fleetFolder, port), JsonSerializer.Serialize(this, DeviceSpecJson.Default.DeviceSpec));

    public static DeviceSpec Load(string fleetFolder, int port) =>
        JsonSerializer.Deserialize(File.ReadAllText(FileFor(fleetFolder, port)), DeviceSpecJson.Default.DeviceSpec)
        ?? throw new InvalidDataException("empty device spec");
}

[System.Text.Json.Serialization.JsonSerializable(typeof(DeviceSpec))]
internal sealed partial class DeviceSpecJson : System.Text.Json.Serialization.JsonSerializerContext;
