using System.CommandLine;
using System.Text.Json.Nodes;
using GovNet.NetCode.Model;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Verify;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary><c>netcode verify</c>: parse the compiled (or given) configs and verify the isolation properties.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json", "markdown", "sarif");
        var today = CommonOptions.Today();
        var configs = CommonOptions.Folder("--configs", CliText.Get("ConfigsOption"));
        var output = CommonOptions.File("--out", CliText.Get("ReportOutOption"));
        var command = new Command("verify", CliText.Format("VerifyDescription", string.Join(", ", Verifier.Evaluated))) { repo, configs, format, output, today };
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(configs),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    private static int Run(DirectoryInfo repo, DirectoryInfo? configs, string format, FileInfo? output, DateOnly today)
    {
        var validation = PolicyValidator.Run(repo.FullName, today);
        if (validation.Model is not { } model)
        {
            // A code-scanning upload or a JSON reader still gets a report: the policy's own errors, at their lines.
            DiagnosticWriter.WriteText(Terminal.Error, validation.Diagnostics);
            Terminal.Error.WriteLine(CliText.Format("VerifyPolicyInvalid", validation.Errors));
            var invalid = format switch
            {
                "sarif" => SarifWriter.Write("netcode", SarifWriter.Of(validation.Diagnostics)),
                "json" => new JsonObject
                {
                    ["command"] = "verify",
                    ["verified"] = false,
                    ["diagnostics"] = DiagnosticWriter.ToJson(validation.Diagnostics),
                }.ToJsonString(DiagnosticWriter.JsonOptions) + "\n",
                _ => null,
            };
            return (int)(invalid is null || ReportOutput.Emit("verify", invalid, output) ? ExitCodes.InvalidInput : ExitCodes.OperationalFailure);
        }

        var folder = configs?.FullName ?? Path.Combine(repo.FullName, "build", "configs");
        if (!Directory.Exists(folder))
        {
            Terminal.Error.WriteLine(CliText.Format("VerifyNoConfigs", folder));
            return (int)ExitCodes.InvalidInput;
        }

        var label = configs is null ? "build/configs" : Path.GetRelativePath(Terminal.CurrentDirectory, folder).Replace('\\', '/');
        var result = Verifier.Run(new ModelIndex(model, today), folder, label);
        string report;
        switch (format)
        {
            case "sarif":
                report = FindingWriter.ToSarif(result);
                break;
            case "json":
                report = FindingWriter.ToJson(result).ToJsonString(DiagnosticWriter.JsonOptions) + "\n";
                break;
            case "markdown":
                report = FindingWriter.ToMarkdown(result);
                break;
            default:
                using (var text = new StringWriter { NewLine = "\n" })
                {
                    FindingWriter.WriteText(Terminal.Error, text, result);
                    report = text.ToString();
                }

                break;
        }

        if (!ReportOutput.Emit("verify", report, output))
        {
            return (int)ExitCodes.OperationalFailure;
        }

        return (int)(result.Errors == 0 ? ExitCodes.Clean : ExitCodes.Findings);
    }
}
