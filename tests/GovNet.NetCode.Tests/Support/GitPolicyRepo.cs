using System.Diagnostics;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// A real Git repository in a temporary folder holding a copy of the example network (policy/ and
/// inventory/ from the repository root), for plan tests: edit files, commit, ask for revisions.
/// </summary>
public sealed class GitPolicyRepo : IDisposable
{
    public GitPolicyRepo()
    {
        Root = Directory.CreateTempSubdirectory("netcode-git-").FullName;
        foreach (var folder in new[] { "policy", "inventory" })
        {
            Copy(Path.Combine(NetcodeProcess.RepositoryRoot(), folder), Path.Combine(Root, folder));
        }

        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.email", "plan-test@example.invalid");
        Git("config", "user.name", "plan test");
        Git("config", "commit.gpgsign", "false");
        Commit("the example network");
    }

    public string Root { get; }

    /// <summary>Replaces text that must occur exactly once in the file.</summary>
    public GitPolicyRepo Replace(string file, string oldText, string newText)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {file}");
        }

        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    public GitPolicyRepo Append(string file, string text)
    {
        File.AppendAllText(Path.Combine(Root, file), text);
        return this;
    }

    public GitPolicyRepo Write(string file, string text)
    {
        var path = Path.Combine(Root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Commits everything and returns the commit id.</summary>
    public string Commit(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => GitIn(Root, arguments);

    /// <summary>Runs the git command line in <paramref name="directory"/> (tests set repositories up and read them back with it; the product does not use it).</summary>
    public string GitIn(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
    }

    public NetcodeProcess.Outcome Plan(params string[] arguments) =>
        Netcode.Run(Root, ["plan", "--today", "2026-11-24", .. arguments]);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
