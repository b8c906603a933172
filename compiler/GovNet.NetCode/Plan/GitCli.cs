using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Plan;

/// <summary>A Git failure: <see cref="Code"/> says whether the user named a revision that does not exist or Git itself failed.</summary>
public sealed class GitException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// The one place that runs the <c>git</c> command line (DESIGN.md: no Git library restores here):
/// plan reads revisions through an instance, the drift archive commits through the static
/// <see cref="RunToEnd"/>. Revisions are read with <c>git archive</c>, never checked out, so the
/// user's working tree and index are never touched.
/// </summary>
public sealed class GitCli(string workingDirectory)
{
    /// <summary>The full commit id <paramref name="revision"/> names.</summary>
    public string ResolveCommit(string revision)
    {
        // Option-like revisions would be read by git as options; no real revision starts with '-'.
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new GitException(Codes.UnknownRevision, $"revision '{revision}' is not a revision name");
        }

        Text("rev-parse", "--is-inside-work-tree");
        var (exit, output, _) = Run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        if (exit != 0)
        {
            throw new GitException(Codes.UnknownRevision, $"revision '{revision}' does not exist in the Git repository at {workingDirectory}");
        }

        return output.Trim();
    }

    /// <summary>Writes the tree of <paramref name="commit"/> below the repository folder into <paramref name="target"/>.</summary>
    public void Extract(string commit, string target)
    {
        var prefix = Text("rev-parse", "--show-prefix").Trim().TrimEnd('/');
        var treeish = prefix.Length == 0 ? commit : $"{commit}:{prefix}";
        var start = Start(["archive", "--format=tar", treeish]);
        using var process = Launch(start);
        var error = process.StandardError.ReadToEndAsync();
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        var archive = process.StandardOutput.BaseStream;
        using (var reader = new TarReader(archive, leaveOpen: true))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                var full = Path.GetFullPath(Path.Combine(root, entry.Name));
                if (!full.StartsWith(root, StringComparison.Ordinal))
                {
                    continue;
                }

                // Only files and folders: a symbolic link in a revision could point anywhere on this machine.
                if (entry.EntryType == TarEntryType.Directory)
                {
                    Directory.CreateDirectory(full);
                }
                else if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    entry.ExtractToFile(full, overwrite: true);
                }
            }
        }

        // The reader stops at the end-of-archive marker, but git still writes the record's padding:
        // closing the pipe before that kills git with SIGPIPE, a failure that would only show sometimes.
        archive.CopyTo(Stream.Null);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new GitException(Codes.GitFailed, $"git archive {treeish} failed: {error.Result.Trim()}");
        }
    }

    private string Text(params string[] arguments)
    {
        var (exit, output, error) = Run(arguments);
        return exit == 0
            ? output
            : throw new GitException(Codes.GitFailed, $"git {string.Join(' ', arguments)} failed in {workingDirectory}: {error.Trim()}");
    }

    private (int Exit, string Output, string Error) Run(string[] arguments)
    {
        RequireFolder();
        try
        {
            return RunToEnd(workingDirectory, arguments, Timeout.InfiniteTimeSpan);
        }
        catch (Win32Exception e)
        {
            throw new GitException(Codes.GitFailed, $"git could not be started: {e.Message}");
        }
    }

    /// <summary>
    /// Runs git in <paramref name="directory"/> to the end and returns its exit code and output; past
    /// <paramref name="timeout"/> git is killed and <see cref="TimeoutException"/> thrown. A git that
    /// cannot be started throws <see cref="Win32Exception"/>.
    /// </summary>
    public static (int Exit, string Output, string Error) RunToEnd(string directory, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(directory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static Process Launch(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new GitException(Codes.GitFailed, "git could not be started");
        }
        catch (Win32Exception e)
        {
            throw new GitException(Codes.GitFailed, $"git could not be started: {e.Message}");
        }
    }

    private ProcessStartInfo Start(string[] arguments)
    {
        RequireFolder();
        return StartInfo(workingDirectory, arguments);
    }

    private void RequireFolder()
    {
        if (!Directory.Exists(workingDirectory))
        {
            throw new GitException(Codes.GitFailed, $"repository folder {workingDirectory} does not exist");
        }
    }

    // Nothing may wait on a terminal prompt or a pager, and messages stay in one language.
    private static ProcessStartInfo StartInfo(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
