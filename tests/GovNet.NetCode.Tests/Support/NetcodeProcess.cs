using System.Diagnostics;

namespace GovNet.NetCode.Tests.Support;

/// <summary>Runs the real <c>netcode</c> executable (built beside the tests) in a child process, as a user would.</summary>
public static class NetcodeProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>
    /// Runs netcode with <paramref name="environment"/> set on top of this process's; the host is
    /// started by its full path, so PATH may name nothing else.
    /// </summary>
    public static Outcome Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProgram(DotnetHost, workingDirectory, TimeSpan.FromMinutes(2), environment, [Path.Combine(AppContext.BaseDirectory, "netcode.dll"), .. arguments]);

    /// <summary>The full path of the <c>dotnet</c> host running these tests, else of the one on PATH.</summary>
    public static string DotnetHost { get; } =
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? host
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "dotnet"))
                .FirstOrDefault(File.Exists) ?? "dotnet";

    /// <summary>
    /// Runs netcode with a pseudo-terminal as its standard streams (util-linux <c>script</c>), as a
    /// person at a shell would; what the terminal showed comes back as one stream.
    /// </summary>
    public static Outcome RunOnTerminal(string workingDirectory, params string[] arguments)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "netcode.dll") }.Concat(arguments).Select(ShellQuote));
        var start = new ProcessStartInfo("script")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "120";
        return Finish(start, arguments);
    }

    /// <summary>Runs any program (dotnet pack, an installed netcode) with <paramref name="environment"/> set, waiting at most <paramref name="timeout"/>.</summary>
    public static Outcome RunProgram(string program, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Finish(start, arguments, timeout);
    }

    private static Outcome Finish(ProcessStartInfo start, string[] arguments, TimeSpan? timeout = null)
    {
        using var process = Process.Start(start)!;
        if (start.RedirectStandardInput)
        {
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(start.FileName)} {string.Join(' ', arguments)} did not finish");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    private static string ShellQuote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

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
