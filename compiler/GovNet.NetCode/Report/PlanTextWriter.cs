using GovNet.NetCode.Plan;
using static GovNet.NetCode.Report.ReportText;

namespace GovNet.NetCode.Report;

/// <summary>The plan for a terminal: one line per change, the diffs, the verdict last where the eye lands.</summary>
public static class PlanTextWriter
{
    public static void Write(TextWriter output, PlanResult plan)
    {
        output.WriteLine(Format("PlanTextHeading", plan.Base.Revision, plan.Head.Revision));
        if (Network(plan) is { } network)
        {
            output.WriteLine(Format("PlanTextNetwork", network));
        }

        if (!plan.Base.Valid)
        {
            output.WriteLine(Format("PlanTextBaseInvalid", plan.Base.InputErrors.Count() + plan.Base.IsolationErrors.Count()));
        }

        foreach (var change in plan.Changes)
        {
            output.WriteLine($"  {Sign(change.Change)} {Kind(change.Kind)} {change.Name}: {change.Detail}");
        }

        foreach (var change in plan.Flows.Changes)
        {
            output.WriteLine(Format("PlanTextFlow", change.Sign, change.Entry.Key) + Reply(change));
        }

        foreach (var device in plan.Devices)
        {
            output.WriteLine(Format("PlanTextDevice", device.Hostname, Change(device.Change), device.Added, device.Removed));
            output.Write(device.Unified);
        }

        foreach (var error in plan.Head.InputErrors)
        {
            output.WriteLine(error.ToString());
        }

        foreach (var issue in plan.Isolation)
        {
            output.WriteLine($"{issue.At}: error {issue.Property}{(issue.Code == issue.Property ? string.Empty : " " + issue.Code)}: {issue.Message}");
        }

        output.WriteLine(Format("PlanTextSummary", plan.Changes.Length, plan.Devices.Length, plan.Flows.PermittedCount, plan.Flows.DeniedCount, plan.Verdict switch
        {
            Verdict.Holds => Get("PlanTextHolds"),
            Verdict.Violated => Format("PlanTextViolated", plan.Isolation.Length),
            _ => Get("PlanTextNotEvaluated"),
        }));
    }

    /// <summary>The network a plan is about, by its title and name (the head's, else the base's).</summary>
    public static string? Network(PlanResult plan) =>
        (plan.Head.Model ?? plan.Base.Model)?.Network is { } network ? Titled(network.Title, network.Name.Value) : null;

    /// <summary>The words after a flow that is the reply half of a stateless permit, naming the permit; empty otherwise.</summary>
    public static string Reply(FlowChange change) =>
        change.ReplyOf is { } forward ? Format("FlowReplyHalf", forward.Key) : string.Empty;

    /// <summary>unit, segment, flow or device in the run's language.</summary>
    public static string Kind(string kind) => Get("Kind_" + kind);

    /// <summary>added, removed or changed in the run's language.</summary>
    public static string Change(ChangeKind change) => Get("Change" + change);

    private static string Sign(ChangeKind change) => change switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        _ => "~",
    };
}
