using System.CommandLine;
using GovNet.NetCode.Adapters.Git;
using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using Spectre.Console;

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
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json", "markdown", "html");
        var today = CommonOptions.Today();
        var running = new Option<string[]>("--running") { Description = "Running configs read offline instead of over SSH: a folder of HOSTNAME.cfg files or a bundle written by 'fetch --bundle' (repeatable: one bundle per plane)" };
        var plane = new Option<string?>("--plane") { Description = "Only this plane's devices; required when pulling over SSH (a collector reaches one plane)" };
        var collection = CommonOptions.File("--collection", "Connection settings and drift.ignore patterns; default: inventory/collection.yaml");
        var output = CommonOptions.File("--out", "Write the report to this file (atomically) instead of standard output");
        var archive = CommonOptions.Folder("--archive", "Git repository to commit the masked running configs into, one commit per run; created if missing");
        var templates = CommonOptions.Folder("--templates", "Template root with one folder per dialect; default: templates/ in the repository, else the templates shipped with netcode");
        var ignore = new Option<string[]>("--ignore") { Description = "Regular expression for config lines and sections the tool does not manage, besides drift.ignore in the collection file (repeatable)" };
        var command = new Command("drift", "Compare running configs with what the policy compiles to; rank, report and archive the drift")
        {
            repo, running, plane, collection, format, output, archive, templates, ignore, today,
        };
        command.SetAction(result => Run(new Settings(
            result.GetValue(repo)!,
            result.GetValue(running) ?? [],
            result.GetValue(plane),
            result.GetValue(collection),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(archive),
            result.GetValue(templates),
            result.GetValue(ignore) ?? [],
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now))));
        return command;
    }

    private sealed record Settings(DirectoryInfo Repo, string[] Running, string? Plane, FileInfo? Collection, string Format, FileInfo? Out, DirectoryInfo? Archive, DirectoryInfo? Templates, string[] Ignore, DateOnly Today);

    private static int Run(Settings settings)
    {
        var run = PolicyPipeline.Run(settings.Repo.FullName, settings.Today, new TemplateLibrary(CompileCommand.TemplateRoot(settings.Repo, settings.Templates)), PipelineGoal.Compile);
        if (run.Reached <= PipelineStage.Validate && !run.Valid)
        {
            DiagnosticWriter.WriteText(Terminal.Error, run.Diagnostics);
            Terminal.Error.WriteLine($"drift: {run.Errors} error(s) in the policy; nothing compared");
            return (int)ExitCodes.InvalidInput;
        }

        var model = run.Model!;
        var configs = run.Configs;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        var collectionSettings = CollectionLoader.Load(settings.Repo.FullName, settings.Collection?.FullName, [.. model.Devices.Select(d => d.Hostname.Value)], diagnostics);
        var ignore = collectionSettings is null ? null : IgnorePatterns.Create(
            [.. collectionSettings.DriftIgnore.Select(p => p.Value), .. settings.Ignore], SourceSpan.StartOf("--ignore"), diagnostics);
        var collection = ignore is null || configs is null || diagnostics.HasErrors ? null : Running(settings, model, collectionSettings!, diagnostics);
        if (collection is null)
        {
            DiagnosticWriter.WriteText(Terminal.Error, diagnostics.ToSortedArray());
            Terminal.Error.WriteLine("drift: nothing compared");
            return (int)ExitCodes.InvalidInput;
        }

        var scope = RunningSources.Scope(collection);
        var report = DriftCheck.Run(new ModelIndex(model, settings.Today), [.. configs!.Value.Where(c => scope.Contains(c.Hostname))], collection, ignore!);
        DiagnosticWriter.WriteText(Terminal.Error, diagnostics.ToSortedArray());

        if (!Emit(settings, report))
        {
            return (int)ExitCodes.OperationalFailure;
        }

        if (settings.Archive is { } archive)
        {
            var outcome = GitArchive.Commit(archive.FullName, [.. collection.Configs.Select(c => (c.Hostname, c.Text))], report.CommitMessage());
            if (outcome.Error is { } error)
            {
                Terminal.Error.WriteLine(Diagnostic.Error(Codes.ArchiveFailed, SourceSpan.StartOf(archive.FullName), $"archive not committed: {error}"));
                return (int)ExitCodes.OperationalFailure;
            }

            Terminal.Error.WriteLine($"drift: archived {collection.Configs.Length} running config(s) in {archive.FullName} as commit {outcome.Commit![..12]}");
        }

        return (int)(!report.Failures.IsEmpty ? ExitCodes.OperationalFailure : report.HasDrift ? ExitCodes.Findings : ExitCodes.Clean);
    }

    /// <summary>The running configs: read offline when --running is given, else pulled over SSH from the one plane --plane names.</summary>
    private static CollectionResult? Running(Settings settings, Model.PolicyModel model, Model.CollectionSettings collection, DiagnosticBag diagnostics)
    {
        if (settings.Running.Length > 0)
        {
            var sources = settings.Running.Select(r => (Terminal.FullPath(r), Path.GetRelativePath(Terminal.CurrentDirectory, Terminal.FullPath(r)).Replace('\\', '/'))).ToList();
            return RunningSources.Load(sources, model, settings.Plane, diagnostics);
        }

        var plan = FetchPlan.Create(model, collection, settings.Repo.FullName, settings.Plane, [], acceptNewHostKeys: false, diagnostics);
        return plan is null ? null : FetchProgress.Collect(plan, barAllowed: true);
    }

    /// <summary>Prints or writes the report; false when --out could not be written.</summary>
    private static bool Emit(Settings settings, DriftReport report)
    {
        if (settings.Format == "text" && settings.Out is null && !Terminal.IsOutputRedirected)
        {
            DriftTable.WriteTerminal(AnsiConsole.Console, report);
            return true;
        }

        var text = settings.Format switch
        {
            "json" => DriftJsonWriter.Write(report),
            "markdown" => DriftMarkdownWriter.Write(report),
            "html" => DriftHtmlWriter.Write(report),
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
            Terminal.Error.WriteLine($"drift: {report.Summary()}; report written to {settings.Out.FullName}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error.WriteLine(Diagnostic.Error(Codes.DriftReportNotWritten, SourceSpan.StartOf(settings.Out.FullName), $"drift report not written: {e.Message}"));
            return false;
        }
    }
}
