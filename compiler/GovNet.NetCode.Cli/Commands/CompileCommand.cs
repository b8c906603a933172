using System.CommandLine;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode compile</c> (validate, then render every device) and <c>netcode check</c> (the main job:
/// validate + compile + verify the written configs, exit 1 on an isolation violation). Nothing is written unless
/// validation and compilation succeed.
/// </summary>
internal static class CompileCommand
{
    public static Command Create(string name, string description)
    {
        var repo = CommonOptions.Repo();
        var today = CommonOptions.Today();
        var output = CommonOptions.Folder("--out", "Where to write configs/ and manifest.json; default: build/ in the repository");
        var templates = CommonOptions.Folder("--templates", "Template root with one folder per dialect; default: templates/ in the repository, else the templates shipped with netcode");
        var command = new Command(name, description) { repo, output, templates, today };
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(output),
            result.GetValue(templates),
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now),
            name));
        return command;
    }

    private static int Run(DirectoryInfo repo, DirectoryInfo? output, DirectoryInfo? templates, DateOnly today, string name)
    {
        var outDirectory = output?.FullName ?? Path.Combine(repo.FullName, "build");
        var label = $"{Path.GetRelativePath(repo.FullName, outDirectory).Replace('\\', '/')}/{BuildWriter.ConfigsFolder}";
        var library = new TemplateLibrary(TemplateRoot(repo, templates));
        var run = PolicyPipeline.Run(repo.FullName, today, library, name == "check" ? PipelineGoal.Verify : PipelineGoal.Compile, label);
        if (run.Reached <= PipelineStage.Validate && !run.Valid)
        {
            DiagnosticWriter.WriteText(Terminal.Error, run.Diagnostics);
            Terminal.Error.WriteLine($"{name}: {run.Errors} error(s); nothing was written");
            return (int)ExitCodes.InvalidInput;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        var written = run.Configs is { } compiled && BuildWriter.Write(outDirectory, run.Model!.Network.Name.Value, compiled, diagnostics);
        DiagnosticWriter.WriteText(Terminal.Error, diagnostics.ToSortedArray());
        if (!written)
        {
            Terminal.Error.WriteLine($"{name}: failed; nothing was written");
            return (int)ExitCodes.InvalidInput;
        }

        Terminal.Out.WriteLine($"{name}: {run.Model!.Network.Name} compiled {run.Configs!.Value.Length} device configs into {Path.GetRelativePath(Terminal.CurrentDirectory, outDirectory)}/");
        if (run.Verify is not { } verified)
        {
            return (int)ExitCodes.Clean;
        }

        FindingWriter.WriteText(Terminal.Error, Terminal.Out, verified);
        return (int)(verified.Errors == 0 ? ExitCodes.Clean : ExitCodes.Findings);
    }

    internal static string TemplateRoot(DirectoryInfo repo, DirectoryInfo? templates) =>
        templates?.FullName ?? TemplateLibrary.RootFor(repo.FullName, Path.Combine(AppContext.BaseDirectory, "templates"));
}
