using System.CommandLine;
using System.CommandLine.Help;
using GovNet.NetCode.Cli.Commands;

namespace GovNet.NetCode.Cli;

/// <summary>Runs a command line; a usage mistake is invalid input (exit 2), as DESIGN.md's exit codes say.</summary>
public static class NetcodeCli
{
    /// <summary>
    /// Every command of netcode, built afresh (options hold no state between runs). The root is named
    /// netcode, not after the process, so help reads the same whether netcode runs as its own
    /// executable, through dotnet or inside another process.
    /// </summary>
    public static Command Root() => new("netcode", "netcode: network-as-code compiler and drift checker for isolated government networks")
    {
        new HelpOption(),
        new VersionOption(),
        ValidateCommand.Create(),
        CompileCommand.Create("compile", "Validate, then render every device's config into build/configs/ with build/manifest.json"),
        CompileCommand.Create("check", "The main job: validate, compile, and verify isolation on the compiled configs (exit 1 on a violation)"),
        VerifyCommand.Create(),
        FetchCommand.Create(),
        DriftCommand.Create(),
        PlanCommand.Create(),
        ParseCommand.Create(),
        SchemaCommand.Create(),
    };

    /// <summary>
    /// Runs netcode in this process as if started in <paramref name="workingDirectory"/> with its
    /// standard streams going to <paramref name="output"/> and <paramref name="error"/>.
    /// </summary>
    public static int Run(string[] args, string workingDirectory, TextWriter output, TextWriter error) =>
        Terminal.With(output, error, workingDirectory, () => Invoke(Root(), args));

    public static int Invoke(Command root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Terminal.Error.WriteLine($"netcode: error: {error.Message}");
            }

            Terminal.Error.WriteLine("Run 'netcode --help' for usage.");
            return (int)ExitCodes.InvalidInput;
        }

        return result.Invoke(new InvocationConfiguration { Output = Terminal.Out, Error = Terminal.Error });
    }
}
