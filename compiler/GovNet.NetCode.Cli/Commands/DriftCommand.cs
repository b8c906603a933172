using System.CommandLine;
using GovNet.NetCode.Adapters.Git;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Report;
using Spectre.Console;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode drift</c>: compile the policy in memory (build/ is never touched), take each device's
/// running config — pulled over SSH from one plane, or read offline from folders and bundles — compare it with the intent, rank the differences with the verifier, report, and archive the
/// masked running configs in Git. Exit 0 in sync, 1 drift, 2 invalid policy or usage, 3 a device
/// not collected or the archive failing.
/// </summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var input = new RunningInput.Options();
        var format = CommonOptions.Format("text", "json", "markdown", "html");
        var output = CommonOptions.File("--out", CliText.Get("DriftOutOption"));
        var archive = CommonOptions.Folder("--archive", CliText.Get("DriftArchiveOption"));
        var command = new Command("drift", CliText.Get("DriftDescription"));
        foreach (var option in input.All.Concat([format, output, archive]))
        {
            command.Options.Add(option);
        }

        var summary = CommonOptions.Summary(command, format);
        command.SetAction(result => Run(new Settings(input.Read(result), result.GetValue(summary) ? Summary : result.GetValue(format)!, result.GetValue(output), result.GetValue(archive))));
        return command;
    }

    /// <summary>The format <c>--format markdown --summary</c> asks for: what an issue body may carry.</summary>
    private const string Summary = "summary";

    private sealed record Settings(RunningInput.Settings Input, string Format, FileInfo? Out, DirectoryInfo? Archive);

    private static int Run(Settings settings)
    {
        if (RunningInput.Load(settings.Input, "drift") is not { } input)
        {
            return (int)ExitCodes.InvalidInput;
        }

        var collection = input.Collection;
        var report = DriftCheck.Run(input.Context(settings.Input.Today), input.Intended, collection, input.Ignore) with
        {
            Origin = Origin(settings.Input, input),
        };
        DiagnosticWriter.WriteText(Terminal.Error, input.Diagnostics.ToSortedArray());

        if (!Emit(settings, report, () => Patches(input, settings.Input.Today)))
        {
            return (int)ExitCodes.OperationalFailure;
        }

        if (settings.Archive is { } archive)
        {
            var outcome = GitArchive.Commit(archive.FullName, [.. collection.Configs.Select(c => (c.Hostname, c.Text))], report.CommitMessage(), [.. collection.Configs.Where(c => c.Observed is not null).Select(c => (c.Hostname, c.Observed!))]);
            if (outcome.Error is { } error)
            {
                Terminal.Error.WriteLine(Diagnostic.Error(Codes.ArchiveFailed, SourceSpan.StartOf(archive.FullName), CliText.Format("ArchiveNotCommitted", error)));
                return (int)ExitCodes.OperationalFailure;
            }

            Terminal.Error.WriteLine(CliText.Format("DriftArchived", collection.Configs.Length, archive.FullName, outcome.Commit![..12]));
        }

        return (int)(!report.Failures.IsEmpty ? ExitCodes.OperationalFailure : report.HasDrift ? ExitCodes.Findings : ExitCodes.Clean);
    }

    /// <summary>The audit header: now, the planes compared, the policy's commit (as plan names it), this netcode and who collected.</summary>
    private static DriftOrigin Origin(RunningInput.Settings settings, RunningInput input)
    {
        var scope = RunningSources.Scope(input.Collection);
        var planes = input.Model.Devices
            .Where(d => scope.Contains(d.Hostname.Value))
            .Select(d => d.Plane.Value).Distinct().Order(StringComparer.Ordinal);
        string revision;
        try
        {
            using var git = GitRevisions.Open(settings.Repo.FullName);
            revision = git.DescribeWorkingTree();
        }
        catch (GitException e)
        {
            revision = CliText.Format("DriftNotFromGit", e.Message);
        }

        var collector = settings.Running.Length == 0
            ? CliText.Format("DriftOverSsh", Environment.MachineName)
            : CliText.Format("DriftOffline", string.Join(", ", settings.Running.Select(Path.GetFileName)));
        return new DriftOrigin(DateTimeOffset.Now, settings.Plane ?? string.Join(", ", planes), revision, SarifWriter.ToolVersion, collector, input.Model.Network.Title);
    }

    /// <summary>Each drifted device's patch in the table's order, for the json, markdown and html reports (issues get the --summary markdown, which carries no config line).</summary>
    private static IReadOnlyDictionary<string, string> Patches(RunningInput input, DateOnly today) =>
        PatchCheck.Run(input.Context(today), input.Intended, input.Collection, input.Ignore, verifySteps: false).Devices.ToDictionary(d => d.Hostname, d => d.PatchText, StringComparer.Ordinal);

    /// <summary>Prints or writes the report; false when --out could not be written.</summary>
    private static bool Emit(Settings settings, DriftReport report, Func<IReadOnlyDictionary<string, string>> patches)
    {
        if (settings.Format == "text" && settings.Out is null && !Terminal.IsOutputRedirected)
        {
            DriftTable.WriteTerminal(AnsiConsole.Console, report);
            return true;
        }

        var text = settings.Format switch
        {
            "json" => DriftJsonWriter.Write(report, patches()),
            "markdown" => DriftMarkdownWriter.Write(report, patches()),
            Summary => PostedSummary.Drift(report),
            "html" => DriftHtmlWriter.Write(report, patches()),
            _ => DriftTextWriter.Plain(report),
        };
        if (settings.Out is null)
        {
            Terminal.Out.Write(text);
            return true;
        }

        try
        {
            AtomicFile.WriteAllText(settings.Out.FullName, text);
            Terminal.Error.WriteLine(CliText.Format("DriftReportWritten", report.Summary(), settings.Out.FullName));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error.WriteLine(Diagnostic.Error(Codes.DriftReportNotWritten, SourceSpan.StartOf(settings.Out.FullName), CliText.Format("DriftReportNotWritten", e.Message)));
            return false;
        }
    }
}
