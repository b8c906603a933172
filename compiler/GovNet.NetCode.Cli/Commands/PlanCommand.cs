using System.CommandLine;
using GovNet.NetCode.Adapters.Git;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Report;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode plan</c>: what a change does to the network, like <c>terraform plan</c>: policy changes,
/// per-device config diffs, the flow-matrix diff and the isolation verdict on head.
/// </summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json", "markdown", "sarif");
        var today = CommonOptions.Today();
        var baseRevision = new Option<string>("--base") { Description = CliText.Get("BaseOption"), Required = true };
        var headRevision = new Option<string?>("--head") { Description = CliText.Get("HeadOption") };
        var output = CommonOptions.File("--out", CliText.Get("ReportOutOption"));
        var command = new Command("plan", CliText.Get("PlanDescription"))
        {
            repo, baseRevision, headRevision, format, output, today,
        };
        var summary = CommonOptions.Summary(command, format);
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(baseRevision)!,
            result.GetValue(headRevision),
            result.GetValue(summary) ? "summary" : result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    private static int Run(DirectoryInfo repo, string baseRevision, string? headRevision, string format, FileInfo? output, DateOnly today)
    {
        PlanResult plan;
        try
        {
            // Both revisions are read from Git in memory; the repository stays open until both are built.
            using var git = GitRevisions.Open(repo.FullName);
            var before = git.Read(baseRevision);
            var after = headRevision is null ? null : git.Read(headRevision);
            plan = Planner.Run(
                new PlanSide("base", before.Description, before.Files),
                after is null ? new PlanSide("head", git.DescribeWorkingTree(), new FolderSource(repo.FullName)) : new PlanSide("head", after.Description, after.Files),
                new FolderSource(Path.Combine(AppContext.BaseDirectory, "templates")),
                today);
        }
        catch (GitException e)
        {
            Terminal.Error.WriteLine($"plan: error {e.Code}: {e.Message}");
            return (int)(e.Code == Diagnostics.Codes.UnknownRevision ? ExitCodes.InvalidInput : ExitCodes.OperationalFailure);
        }

        var commands = format is "json" or "markdown" ? Commands(plan, today) : null;
        var report = format switch
        {
            "json" => PlanJsonWriter.Write(plan, commands),
            "markdown" => PlanMarkdownWriter.Write(plan, commands: commands),
            "summary" => PostedSummary.Plan(plan),
            "sarif" => PlanSarif.Write(plan),
            _ => Text(plan),
        };
        if (!ReportOutput.Emit("plan", report, output))
        {
            return (int)ExitCodes.OperationalFailure;
        }

        foreach (var error in plan.Head.InputErrors)
        {
            Terminal.Error.WriteLine(error.ToString());
        }

        Terminal.Error.WriteLine(plan.Verdict switch
        {
            Verdict.Holds => CliText.Get("PlanHolds"),
            Verdict.Violated => CliText.Format("PlanViolated", plan.Isolation.Length),
            _ => CliText.Get("PlanNotEvaluated"),
        });
        return (int)(plan.Verdict switch
        {
            Verdict.Holds => ExitCodes.Clean,
            Verdict.Violated => ExitCodes.Findings,
            _ => ExitCodes.InvalidInput,
        });
    }

    /// <summary>What a reviewer will see typed on each changed device: base's config patched into head's.</summary>
    private static IReadOnlyDictionary<string, string>? Commands(PlanResult plan, DateOnly today) =>
        plan.Base.Valid && plan.Head.Valid && plan.Head.Model is { } model
            ? PatchCheck.Between(new ModelIndex(model, today), plan.Base.Configs, plan.Head.Configs)
            : null;

    private static string Text(PlanResult plan)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        PlanTextWriter.Write(writer, plan);
        return writer.ToString();
    }
}
