using GovNet.NetCode.Load;

namespace GovNet.NetCode.Plan;

/// <summary>One side of a plan before it is built: its label (base, head), how the report names the revision, and its files.</summary>
public sealed record PlanSide(string Label, string Revision, ISourceTree Files);

/// <summary>
/// The plan stage: build both sides and compare them. Where the files come from (a Git revision read
/// in memory, the working tree) is the caller's business; nothing here knows about Git.
/// </summary>
public static class Planner
{
    /// <param name="shippedTemplates">The templates netcode ships, for a side without its own <c>templates/</c>.</param>
    public static PlanResult Run(PlanSide before, PlanSide after, ISourceTree shippedTemplates, DateOnly today) =>
        PlanResult.Of(
            RevisionBuild.Of(before.Label, before.Revision, before.Files, shippedTemplates, today),
            RevisionBuild.Of(after.Label, after.Revision, after.Files, shippedTemplates, today));
}
