using GovNet.NetCode.Cli;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// Runs netcode's command line in this process, as if started in a folder with its standard streams
/// captured: the same parsing, commands and exit codes as the executable, without starting a
/// runtime per call. <see cref="NetcodeProcess"/> keeps a few runs of the real executable.
/// </summary>
public static class Netcode
{
    public static NetcodeProcess.Outcome Run(string workingDirectory, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = NetcodeCli.Run(arguments, workingDirectory, output, error);
        return new NetcodeProcess.Outcome(exitCode, output.ToString(), error.ToString());
    }
}
