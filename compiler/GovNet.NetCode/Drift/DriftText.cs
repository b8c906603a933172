using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Drift;

/// <summary>Why a difference matters and the drift summary, in words (DriftText.resx and its zh-CN twin), read in the run's language.</summary>
internal static class DriftText
{
    public static readonly TextResource Texts = new("GovNet.NetCode.Drift.DriftText");
}
