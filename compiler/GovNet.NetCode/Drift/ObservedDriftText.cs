using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Drift;

/// <summary>The words of the observed-state rows (ObservedDriftText.resx and its zh-CN twin), read in the run's language.</summary>
internal static class ObservedDriftText
{
    public static readonly TextResource Texts = new("GovNet.NetCode.Drift.ObservedDriftText");
}
