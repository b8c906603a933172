using GovNet.NetCode.Plan;

namespace GovNet.NetCode.Report;

/// <summary>The plan for a terminal: one line per change, the diffs, the verdict last where the eye lands.</summary>
public static class PlanTextWriter
{
    public static void Write(TextWriter output, PlanResult plan)
    {
        output.WriteLine($"plan: base {plan.Base.Revision} → head {plan.Head.Revision}");
        if (!plan.Base.Valid)
        {
            output.WriteLine($"note NC8003: base does not validate ({plan.Base.InputErrors.Count() + plan.Base.IsolationErrors.Count()} error(s)); compared as if it compiled to nothing");
        }

        foreach (var change in plan.Changes)
        {
            output.WriteLine($"  {Sign(change.Change)} {change.Kind} {change.Name}: {change.Detail}");
        }

        foreach (var change in plan.Flows.Changes)
        {
            output.WriteLine($"  {change.Sign} permits {change.Entry.Key}");
        }

        foreach (var device in plan.Devices)
        {
            output.WriteLine($"device {device.Hostname} {device.Change.ToString().ToLowerInvariant()} (+{device.Added} −{device.Removed})");
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

        output.WriteLine($"plan: {plan.Changes.Length} policy change(s), {plan.Devices.Length} device config(s) changed, flows +{plan.Flows.PermittedCount} −{plan.Flows.DeniedCount}; isolation on head: {plan.Verdict switch
        {
            Verdict.Holds => "holds",
            Verdict.Violated => $"VIOLATED ({plan.Isolation.Length})",
            _ => "not evaluated (head is invalid)",
        }}");
    }

    private static string Sign(ChangeKind change) => change switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        _ => "~",
    };
}
