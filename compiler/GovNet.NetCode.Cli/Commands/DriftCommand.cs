using System.CommandLine;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using Spectre.Console;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode drift</c>: compile the policy in memory (build/ is never touched), compare every
/// device's running config with it, rank the differences with the verifier, report, and archive the
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
        var running = new Option<DirectoryInfo?>("--running") { Description = "Folder of running configs, one HOSTNAME.cfg per device (required until SSH collection is wired into drift)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to this file (atomically) instead of standard output" };
        var archive = new Option<DirectoryInfo?>("--archive") { Description = "Git repository to commit the masked running configs into, one commit per run; created if missing" };
        var templates = new Option<DirectoryInfo?>("--templates") { Description = "Template root with one folder per dialect; default: templates/ in the repository, else the templates shipped with netcode" };
        var ignore = new Option<string[]>("--ignore") { Description = "Regular expression for config lines and sections the tool does not manage (repeatable)" };
        var command = new Command("drift", "Compare running configs with what the policy compiles to; rank, report and archive the drift")
        {
            repo, running, format, output, archive, templates, ignore, today,
        };
        command.SetAction(result => Run(new Settings(
            result.GetValue(repo)!,
            result.GetValue(running),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(archive),
            result.GetValue(templates),
            result.GetValue(ignore) ?? [],
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now))));
        return command;
    }

    private sealed record Settings(DirectoryInfo Repo, DirectoryInfo? Running, string Format, FileInfo? Out, DirectoryInfo? Archive, DirectoryInfo? Templates, string[] Ignore, DateOnly Today);

    private static int Run(Settings settings)
    {
        var validation = PolicyValidator.Run(settings.Repo.FullName, settings.Today);
        if (validation.Model is not { } model)
        {
            DiagnosticWriter.WriteText(Console.Error, validation.Diagnostics);
            Console.Error.WriteLine($"drift: {validation.Errors} error(s) in the policy; nothing compared");
            return (int)ExitCodes.InvalidInput;
        }

        var diagnostics = new DiagnosticBag();
        var ignore = IgnorePatterns.Create(settings.Ignore, SourceSpan.StartOf("--ignore"), diagnostics);
        if (settings.Running is null)
        {
            Console.Error.WriteLine("drift: needs --running DIR (one HOSTNAME.cfg per device) until SSH collection is wired into drift");
            return (int)ExitCodes.InvalidInput;
        }

        if (!settings.Running.Exists)
        {
            Console.Error.WriteLine($"drift: running config folder {settings.Running.FullName} does not exist");
            return (int)ExitCodes.InvalidInput;
        }

        var configs = NetworkCompiler.Compile(model, settings.Today, new TemplateLibrary(CompileCommand.TemplateRoot(settings.Repo, settings.Templates)), diagnostics);
        if (ignore is null || configs is null || diagnostics.HasErrors)
        {
            DiagnosticWriter.WriteText(Console.Error, diagnostics.ToSortedArray());
            Console.Error.WriteLine("drift: the policy does not compile or an ignore pattern is invalid; nothing compared");
            return (int)ExitCodes.InvalidInput;
        }

        var label = Path.GetRelativePath(Directory.GetCurrentDirectory(), settings.Running.FullName).Replace('\\', '/');
        var collection = RunningFolder.Load(settings.Running.FullName, label, configs.Value.Select(c => c.Hostname), diagnostics);
        var report = DriftCheck.Run(new ValidationContext(model, settings.Today), configs.Value, collection, ignore);
        DiagnosticWriter.WriteText(Console.Error, diagnostics.ToSortedArray());

        if (!Emit(settings, report))
        {
            return (int)ExitCodes.OperationalFailure;
        }

        if (settings.Archive is { } archive)
        {
            var outcome = GitArchive.Commit(archive.FullName, [.. collection.Configs.Select(c => (c.Hostname, c.Text))], report.CommitMessage());
            if (outcome.Error is { } error)
            {
                Console.Error.WriteLine(Diagnostic.Error(Codes.ArchiveFailed, SourceSpan.StartOf(archive.FullName), $"archive not committed: {error}"));
                return (int)ExitCodes.OperationalFailure;
            }

            Console.Error.WriteLine($"drift: archived {collection.Configs.Length} running config(s) in {archive.FullName} as commit {outcome.Commit![..12]}");
        }

        return (int)(!report.Failures.IsEmpty ? ExitCodes.OperationalFailure : report.HasDrift ? ExitCodes.Findings : ExitCodes.Clean);
    }

    /// <summary>Prints or writes the report; false when --out could not be written.</summary>
    private static bool Emit(Settings settings, DriftReport report)
    {
        if (settings.Format == "text" && settings.Out is null && !Console.IsOutputRedirected)
        {
            DriftTextWriter.WriteTerminal(AnsiConsole.Console, report);
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
            Console.Out.Write(text);
            return true;
        }

        try
        {
            AtomicFile.WriteAllText(settings.Out.FullName, text);
            Console.Error.WriteLine($"drift: {report.Summary()}; report written to {settings.Out.FullName}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Diagnostic.Error(Codes.DriftReportNotWritten, SourceSpan.StartOf(settings.Out.FullName), $"drift report not written: {e.Message}"));
            return false;
        }
    }
}
