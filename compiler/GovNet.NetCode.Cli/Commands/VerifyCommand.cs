using System.CommandLine;
using GovNet.NetCode.Model;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Cli.Commands;

/// <summary><c>netcode verify</c>: parse the compiled (or given) configs and verify the isolation properties.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json", "markdown", "sarif");
        var today = CommonOptions.Today();
        var configs = CommonOptions.Folder("--configs", "Folder of HOSTNAME.cfg files to verify; default: build/configs in the repository (run compile first)");
        var command = new Command("verify", $"Parse configs and verify isolation ({string.Join(", ", Verifier.Evaluated)})") { repo, configs, format, today };
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(configs),
            result.GetValue(format)!,
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    private static int Run(DirectoryInfo repo, DirectoryInfo? configs, string format, DateOnly today)
    {
        var validation = PolicyValidator.Run(repo.FullName, today);
        if (validation.Model is not { } model)
        {
            DiagnosticWriter.WriteText(Terminal.Error, validation.Diagnostics);
            Terminal.Error.WriteLine($"verify: {validation.Errors} error(s) in the policy; nothing verified");
            return (int)ExitCodes.InvalidInput;
        }

        var folder = configs?.FullName ?? Path.Combine(repo.FullName, "build", "configs");
        if (!Directory.Exists(folder))
        {
            Terminal.Error.WriteLine($"verify: config folder {folder} does not exist; run 'netcode compile' or pass --configs DIR");
            return (int)ExitCodes.InvalidInput;
        }

        var label = configs is null ? "build/configs" : Path.GetRelativePath(Terminal.CurrentDirectory, folder).Replace('\\', '/');
        var result = Verifier.Run(new ModelIndex(model, today), folder, label);
        switch (format)
        {
            case "sarif":
                Terminal.Out.Write(FindingWriter.ToSarif(result));
                break;
            case "json":
                Terminal.Out.WriteLine(FindingWriter.ToJson(result).ToJsonString(DiagnosticWriter.JsonOptions));
                break;
            case "markdown":
                Terminal.Out.Write(FindingWriter.ToMarkdown(result));
                break;
            default:
                FindingWriter.WriteText(Terminal.Error, Terminal.Out, result);
                break;
        }

        return (int)(result.Errors == 0 ? ExitCodes.Clean : ExitCodes.Findings);
    }
}
