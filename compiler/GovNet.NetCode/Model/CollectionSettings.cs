using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>
/// inventory/collection.yaml: how the collector reaches devices over SSH. Credentials are never in
/// it: an identity file path and the name of an environment variable holding a password at most.
/// </summary>
public sealed record CollectionSettings(
    string? User,
    int Port,
    Located<string>? IdentityFile,
    string? ProxyJump,
    Located<string>? PasswordEnv,
    string KnownHosts,
    int Parallelism,
    TimeSpan ConnectTimeout,
    TimeSpan CommandTimeout,
    int Retries,
    ImmutableArray<DeviceConnectionOverride> Devices,
    ImmutableArray<Located<string>> DriftIgnore,
    string File)
{
    /// <summary>
    /// The most one device's session may send, in bytes: a device that never stops sending (a
    /// looping pager, a broken CLI) fails with a reason instead of filling the collector's memory.
    /// </summary>
    public long MaxOutputBytes { get; init; } = DefaultMaxOutputBytes;

    /// <summary>Key-exchange algorithms in order of preference; empty: the SSH library's own order.</summary>
    public ImmutableArray<Located<string>> KeyExchange { get; init; } = [];

    /// <summary>Ciphers in order of preference; empty: the SSH library's own order.</summary>
    public ImmutableArray<Located<string>> Ciphers { get; init; } = [];

    /// <summary>MAC algorithms in order of preference; empty: the SSH library's own order.</summary>
    public ImmutableArray<Located<string>> Macs { get; init; } = [];

    /// <summary>64 MiB: the largest real configs are a few MiB, so this only stops a runaway device.</summary>
    public const long DefaultMaxOutputBytes = 64L * 1024 * 1024;

    public const string DefaultFile = "inventory/collection.yaml";
    public const string DefaultKnownHosts = "inventory/known_hosts";

    /// <summary>The settings used when a repository has no collection file: key or agent auth on port 22.</summary>
    public static CollectionSettings Defaults(string file) => new(
        null, 22, null, null, null, DefaultKnownHosts, 8, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(120), 1, [], [], file);

    public DeviceConnectionOverride? OverrideFor(string hostname) =>
        Devices.FirstOrDefault(d => string.Equals(d.Hostname.Value, hostname, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Per-device settings that differ from the file's defaults (a device behind NAT, another account).</summary>
public sealed record DeviceConnectionOverride(
    Located<string> Hostname,
    string? Address,
    int? Port,
    string? User,
    Located<string>? IdentityFile,
    string? ProxyJump,
    Located<string>? PasswordEnv);
