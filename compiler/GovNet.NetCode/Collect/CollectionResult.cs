using System.Collections.Immutable;

namespace GovNet.NetCode.Collect;

/// <summary>One device's running config as pulled, with secrets already masked; <paramref name="Source"/> says where it came from.</summary>
public sealed record RunningConfig(string Hostname, string Text, string Source)
{
    /// <summary>The device's observed state pulled in the same session (see <see cref="Parsing.ObservedText"/>), masked; null when none was (an older bundle, a folder without it).</summary>
    public string? Observed { get; init; }
}

/// <summary>A device that could not be collected, with a reason a person can act on.</summary>
public sealed record CollectionFailure(string Hostname, string Reason);

/// <summary>What a collection run produced: configs and failures, each in hostname order.</summary>
public sealed record CollectionResult(ImmutableArray<RunningConfig> Configs, ImmutableArray<CollectionFailure> Failures);
