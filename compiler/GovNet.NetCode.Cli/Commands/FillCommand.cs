using System.CommandLine;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode fill --in build/configs/HOST.cfg [--out FILE|-]</c>: the deploy-time step that puts
/// the secrets into one compiled config, from the <c>NETCODE_SECRET_*</c> environment variables its
/// placeholders name (<see cref="SecretFill"/>). The filled config goes to standard output or a
/// file outside <c>build/</c> (which CI publishes and people copy around) and is written whole or
/// not at all, readable by its owner only. Needs no policy repository.
/// </summary>
internal static class FillCommand
{
    public static Command Create()
    {
        var input = CommonOptions.File("--in", CliText.Get("FillInOption"));
        input.Required = true;
        var output = new Option<string>("--out") { Description = CliText.Get("FillOutOption"), DefaultValueFactory = _ => "-" };
        var command = new Command("fill", CliText.Get("FillDescription")) { input, output };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(output)!));
        return command;
    }

    private static int Run(FileInfo input, string output)
    {
        var label = Path.GetRelativePath(Terminal.CurrentDirectory, input.FullName).Replace('\\', '/');
        if (!input.Exists)
        {
            DiagnosticWriter.WriteText(Terminal.Error, [Diagnostic.Error(Codes.MissingInput, SourceSpan.StartOf(label), CliText.Get("ParseNoFile"))]);
            return (int)ExitCodes.InvalidInput;
        }

        var target = output == "-" ? null : Terminal.FullPath(output);
        if (target is not null && (InsideBuild(target) || Path.GetFullPath(target) == input.FullName))
        {
            Terminal.Error.WriteLine(CliText.Format("FillOutInBuild", output));
            return (int)ExitCodes.InvalidInput;
        }

        var filled = SecretFill.Fill(File.ReadAllText(input.FullName), label, Environment.GetEnvironmentVariable);
        if (filled.Text is not { } text)
        {
            DiagnosticWriter.WriteText(Terminal.Error, filled.Diagnostics);
            Terminal.Error.WriteLine(CliText.Format("FillNothingWritten", filled.Diagnostics.Length, label));
            return (int)ExitCodes.InvalidInput;
        }

        if (target is null)
        {
            Terminal.Out.Write(text);
            return (int)ExitCodes.Clean;
        }

        try
        {
            AtomicFile.WriteAllText(target, text, ownerOnly: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error.WriteLine(CliText.Format("FillNotWritten", output, e.Message));
            return (int)ExitCodes.OperationalFailure;
        }

        Terminal.Error.WriteLine(CliText.Format("FillWrote", filled.Filled, output));
        return (int)ExitCodes.Clean;
    }

    /// <summary>A path inside a folder named build: where compile writes, so a filled config there would travel with the build.</summary>
    private static bool InsideBuild(string path) =>
        Path.GetDirectoryName(path)!.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains("build", StringComparer.OrdinalIgnoreCase);
}
