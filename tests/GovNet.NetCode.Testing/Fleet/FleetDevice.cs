namespace GovNet.NetCode.Testing.Fleet;

/// <summary>What can go wrong with a fake device, one fault at a time.</summary>
public enum FleetFault
{
    None,

    /// <summary>Accepts the session but never shows a prompt.</summary>
    Hang,

    /// <summary>Serves the config slowly (<see cref="FleetDevice.SlowMilliseconds"/> per line).</summary>
    Slow,

    /// <summary>Drops the connection after <see cref="FleetDevice.DisconnectAfterBytes"/> bytes of the config.</summary>
    Disconnect,

    /// <summary>The client's key is not authorised on this device's port.</summary>
    BadAuth,

    /// <summary>known_hosts pins another key for this device than the one it presents.</summary>
    WrongHostKey,

    /// <summary>known_hosts has no entry for this device.</summary>
    UnknownHostKey,

    /// <summary>Nothing listens on the device's port.</summary>
    Refused,

    /// <summary>The port completes the TCP handshake but never says a word of SSH (no banner): a wedged sshd, a tarpit.</summary>
    Silent,

    /// <summary>The paging command is refused, so the pager stays on.</summary>
    PagingStuck,

    /// <summary>The show command gets an error reply.</summary>
    ErrorReply,

    /// <summary>The config never ends: its lines come again and again until the client hangs up.</summary>
    Endless,
}

/// <summary>One device of a fake fleet: the config it serves in its dialect, and its fault.</summary>
public sealed record FleetDevice(string Hostname, string Dialect, string Config, FleetFault Fault = FleetFault.None)
{
    public int SlowMilliseconds { get; init; } = 500;

    public int DisconnectAfterBytes { get; init; } = 200;

    /// <summary>How long the device takes before its config starts, healthy or not: real switches take a second or more.</summary>
    public int ReplyDelayMilliseconds { get; init; }

    /// <summary>The LLDP, MAC and ARP tables the device reports (see <see cref="FleetObserved"/>); null: it answers those commands with an error.</summary>
    public FakeDevice.ObservedTables? Observed { get; init; }
}
