using System.Collections.Immutable;

namespace GovNet.NetCode.Collect;

public sealed record RunningConfig(string Hostname, string Text, string Source); // Text already secret-masked

public sealed record CollectionFailure(string Hostname, string Reason);

public sealed record CollectionResult(ImmutableArray<RunningConfig> Configs, ImmutableArray<CollectionFailure> Failures);
