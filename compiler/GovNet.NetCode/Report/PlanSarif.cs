using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Plan;

namespace GovNet.NetCode.Report;

/// <summary>
/// SARIF for a plan: head's validation diagnostics and isolation findings, each at its YAML line
/// (a verifier finding in a generated config points at the policy line it contradicts instead).
/// </summary>
public static class PlanSarif
{
    public static string Write(PlanResult plan) => SarifWriter.Write(
        "netcode",
        SarifWriter.Of(plan.Head.Diagnostics.Where(d => !IsolationCodes.IsIsolation(d)))
            .Concat(plan.Isolation.Select(i => new SarifWriter.Result(i.Code, Severity.Error, $"{i.Property}: {i.Message}", i.At, i.Config)))
            .OrderBy(r => r.At)
            .ThenBy(r => r.RuleId, StringComparer.Ordinal));
}
