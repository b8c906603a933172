using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// A fact that reads the shared real-config corpus (<see cref="RealConfigs"/>). The one rule for all of
/// them: where the corpus is absent (a fresh clone with no ../shared) it is skipped with
/// <see cref="RealConfigs.AbsentReason"/>, never failed and never passed without running.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        Skip = RealConfigs.Present ? null : RealConfigs.AbsentReason;
    }
}

/// <summary>A theory that reads the shared real-config corpus; skipped as <see cref="CorpusFactAttribute"/> is.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        Skip = RealConfigs.Present ? null : RealConfigs.AbsentReason;
    }
}
