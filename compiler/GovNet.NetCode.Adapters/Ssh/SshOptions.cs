using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>Settings of one collection run that are the same for every device.</summary>
/// <param name="KeyExchange">Key-exchange algorithms in order of preference; empty keeps the library's order.</param>
/// <param name="Ciphers">Ciphers in order of preference; empty keeps the library's order.</param>
/// <param name="Macs">MAC algorithms in order of preference; empty keeps the library's order.</param>
public sealed record SshOptions(
    string KnownHostsFile,
    bool AcceptNewHostKeys,
    TimeSpan ConnectTimeout,
    TimeSpan CommandTimeout,
    int Parallelism,
    int Retries)
{
    /// <summary>The first wait before a retry; it doubles with each further attempt.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The most one session may send (banner, echo, prompts and config together).</summary>
    public long MaxOutputBytes { get; init; } = CollectionSettings.DefaultMaxOutputBytes;

    public ImmutableArray<string> KeyExchange { get; init; } = [];

    public ImmutableArray<string> Ciphers { get; init; } = [];

    public ImmutableArray<string> Macs { get; init; } = [];
}
