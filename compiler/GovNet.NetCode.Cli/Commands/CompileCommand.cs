using System.CommandLine;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
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
        var numbersChanged = false;
        var written = run.Configs is { } compiled
            && SaveNumbers(repo.FullName, run.Numbers!, diagnostics, out numbersChanged)
            && BuildWriter.Write(outDirectory, run.Model!.Network.Name.Value, compiled, diagnostics);
        DiagnosticWriter.WriteText(Terminal.Error, diagnostics.ToSortedArray());
        if (!written)
        {
            Terminal.Error.WriteLine($"{name}: failed; nothing was written");
            return (int)ExitCodes.InvalidInput;
        }

        Terminal.Out.WriteLine($"{name}: {run.Model!.Network.Name} compiled {run.Configs!.Value.Length} device configs into {Path.GetRelativePath(Terminal.CurrentDirectory, outDirectory)}/");
        if (numbersChanged)
        {
            Terminal.Out.WriteLine($"{name}: ACL rule numbers written to {AclNumberFile.Path}; commit it with the policy so the next change keeps them");
        }

        if (run.Verify is not { } verified)
        {
            return (int)ExitCodes.Clean;
        }

        FindingWriter.WriteText(Terminal.Error, Terminal.Out, verified);
        return (int)(verified.Errors == 0 ? ExitCodes.Clean : ExitCodes.Findings);
    }

    /// <summary>
    /// Writes the rule numbers the configs carry to <see cref="AclNumberFile.Path"/> when they differ from
    /// the file's, first, so a build is never written whose numbers the next compile would not keep.
    /// </summary>
    private static bool SaveNumbers(string repo, AclNumberBook numbers, DiagnosticBag diagnostics, out bool changed)
    {
        var path = Path.Combine(repo, AclNumberFile.Path);
        var text = AclNumberFile.Format(numbers);
        try
        {
            changed = !File.Exists(path) || File.ReadAllText(path) != text;
            if (changed)
            {
                AtomicFile.WriteAllText(path, text);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            changed = false;
            diagnostics.Error(Codes.OutputNotWritten, SourceSpan.StartOf(AclNumberFile.Path), $"cannot write the ACL rule numbers: {e.Message}; nothing was changed");
            return false;
        }
    }

    internal static string TemplateRoot(DirectoryInfo repo, DirectoryInfo? templates) =>
        templates?.FullName ?? TemplateLibrary.RootFor(repo.FullName, Path.Combine(AppContext.BaseDirectory, "templates"));
}
