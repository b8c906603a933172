using System.CommandLine;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
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
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write configs/ and manifest.json; default: build/ in the repository" };
        var templates = new Option<DirectoryInfo?>("--templates") { Description = "Template root with one folder per dialect; default: templates/ in the repository, else the templates shipped with netcode" };
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
        var validation = PolicyValidator.Run(repo.FullName, today);
        if (validation.Model is not { } model)
        {
            DiagnosticWriter.WriteText(Console.Error, validation.Diagnostics);
            Console.Error.WriteLine($"{name}: {validation.Errors} error(s); nothing was written");
            return (int)ExitCodes.InvalidInput;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(validation.Diagnostics);
        var library = new TemplateLibrary(TemplateRoot(repo, templates));
        var configs = NetworkCompiler.Compile(model, today, library, diagnostics);
        var outDirectory = output?.FullName ?? Path.Combine(repo.FullName, "build");
        var written = configs is { } compiled && BuildWriter.Write(outDirectory, model.Network.Name.Value, compiled, diagnostics);
        DiagnosticWriter.WriteText(Console.Error, diagnostics.ToSortedArray());
        if (!written)
        {
            Console.Error.WriteLine($"{name}: failed; nothing was written");
            return (int)ExitCodes.InvalidInput;
        }

        Console.Out.WriteLine($"{name}: {model.Network.Name} compiled {configs!.Value.Length} device configs into {Path.GetRelativePath(Directory.GetCurrentDirectory(), outDirectory)}/");
        if (name != "check")
        {
            return (int)ExitCodes.Clean;
        }

        // The proof runs on the configs just written, parsed back: the verifier trusts only configs.
        var label = $"{Path.GetRelativePath(repo.FullName, outDirectory).Replace('\\', '/')}/{BuildWriter.ConfigsFolder}";
        var verified = Verifier.Run(new ValidationContext(model, today), Path.Combine(outDirectory, BuildWriter.ConfigsFolder), label);
        FindingWriter.WriteText(Console.Error, Console.Out, verified);
        return (int)(verified.Errors == 0 ? ExitCodes.Clean : ExitCodes.Findings);
    }

    internal static string TemplateRoot(DirectoryInfo repo, DirectoryInfo? templates) =>
        templates?.FullName ?? TemplateLibrary.RootFor(repo.FullName, Path.Combine(AppContext.BaseDirectory, "templates"));
}
