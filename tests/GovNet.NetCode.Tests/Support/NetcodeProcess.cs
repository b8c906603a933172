using System.Diagnostics;

namespace GovNet.NetCode.Tests.Support;

/// <summary>Runs the real <c>netcode</c> executable (built beside the tests) in a child process, as a user would.</summary>
public static class NetcodeProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "netcode.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"netcode {string.Join(' ', arguments)} did not finish");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The repository root (the folder holding GovNet.NetCode.sln), found from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovNet.NetCode.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovNet.NetCode.sln not found above " + AppContext.BaseDirectory);
    }
}
