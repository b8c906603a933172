using System.CommandLine;
using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Report;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode patch</c>: from the same running configs as drift, per drifted device the commands that
/// bring it to the policy (<c>HOSTNAME.patch</c>) and back (<c>HOSTNAME.rollback</c>), each typed
/// step by step into the simulated network with the verifier run after every step. The folder is
/// replaced whole, or not at all. Exit 0 nothing to patch, 1 patches written (and any step no
/// order makes safe reported), 2 invalid policy or usage, 3 a device without a running config or
/// the folder not written.
/// </summary>
internal static class PatchCommand
{
    public static Command Create()
    {
        var input = new RunningInput.Options();
        var devices = new Option<string[]>("--device") { Description = CliText.Get("DeviceOption"), AllowMultipleArgumentsPerToken = true };
        var output = CommonOptions.Folder("--out", CliText.Get("PatchOutOption"));
        var format = CommonOptions.Format("text", "json");
        var command = new Command("patch", CliText.Get("PatchDescription"));
        foreach (var option in input.All.Concat([devices, output, format]))
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Run(input.Read(result, result.GetValue(devices)), result.GetValue(output), result.GetValue(format)!));
        return command;
    }

    private static int Run(RunningInput.Settings settings, DirectoryInfo? output, string format)
    {
        if (RunningInput.Load(settings, "patch") is not { } input)
        {
            return (int)ExitCodes.InvalidInput;
        }

        var result = PatchCheck.Run(input.Context(settings.Today), input.Intended, input.Collection, input.Ignore);
        DiagnosticWriter.WriteText(Terminal.Error, input.Diagnostics.ToSortedArray());
        var folder = output?.FullName ?? Path.Combine(settings.Repo.FullName, "build", "patch");
        try
        {
            AtomicFolder.Replace(folder, staging =>
            {
                foreach (var device in result.Devices)
                {
                    File.WriteAllText(Path.Combine(staging, device.PatchFile), device.PatchText, new UTF8Encoding(false));
                    File.WriteAllText(Path.Combine(staging, device.RollbackFile), device.RollbackText, new UTF8Encoding(false));
                }
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error.WriteLine(Diagnostic.Error(Codes.OutputNotWritten, SourceSpan.StartOf(folder), CliText.Format("PatchNotWritten", folder, e.Message)));
            return (int)ExitCodes.OperationalFailure;
        }

        var shown = Path.GetRelativePath(Terminal.CurrentDirectory, folder).Replace('\\', '/');
        Terminal.Out.Write(format == "json" ? PatchReportWriter.Json(result, shown) : PatchReportWriter.Text(result, shown));
        return (int)(!result.Failures.IsEmpty ? ExitCodes.OperationalFailure : result.HasPatches ? ExitCodes.Findings : ExitCodes.Clean);
    }
}
