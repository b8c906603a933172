using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Plan;

/// <summary>The words a plan describes changes with (PlanText.resx and its zh-CN twin), read in the run's language.</summary>
internal static class PlanText
{
    public static readonly TextResource Texts = new("GovNet.NetCode.Plan.PlanText");
}
