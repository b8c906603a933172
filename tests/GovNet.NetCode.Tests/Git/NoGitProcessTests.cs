using System.Text.RegularExpressions;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Git;

/// <summary>
/// The product starts no <c>git</c> process: plan and the drift archive work with no <c>git</c> on
/// PATH, nothing in compiler/ starts one, and only the Git adapter knows libgit2.
/// </summary>
public sealed partial class NoGitProcessTests
{
    private static readonly string Compiler = Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler");


    private static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(Compiler, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Plan_and_the_archive_work_with_no_git_on_PATH_and_no_identity_configured()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196").Commit("move caizheng's public VLAN");
        repo.Replace("policy/flows.yaml", "  - permit tcp/53 from zone:public to service:dns\n", string.Empty);
        var empty = Directory.CreateTempSubdirectory("netcode-no-git-");
        try
        {
            // An empty PATH finds no git; an empty HOME holds no Git identity, so the archive falls back to netcode's.
            var environment = new Dictionary<string, string> { ["PATH"] = empty.FullName, ["HOME"] = empty.FullName, ["XDG_CONFIG_HOME"] = empty.FullName };
            var plan = NetcodeProcess.Run(repo.Root, environment, "plan", "--base", "HEAD~1", "--today", "2026-11-24");
            Assert.True(plan.ExitCode == 0, plan.StandardError);
            Assert.Contains("caizheng@public", plan.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("permit tcp/53 from zone:public to service:dns", plan.StandardOutput, StringComparison.Ordinal);
            var commits = NetcodeProcess.Run(repo.Root, environment, "plan", "--base", "HEAD~1", "--head", "HEAD", "--today", "2026-11-24");
            Assert.True(commits.ExitCode == 0, commits.StandardError);

            var running = Path.Combine(empty.FullName, "running");
            Directory.CreateDirectory(running);
            foreach (var config in CompileHarness.CompileAsNetcode(repo.Root))
            {
                File.WriteAllText(Path.Combine(running, config.FileName), config.Text);
            }

            var archive = Path.Combine(empty.FullName, "archive");
            var drift = NetcodeProcess.Run(repo.Root, environment, "drift", "--running", running, "--archive", archive, "--today", "2026-11-24");
            Assert.True(drift.ExitCode == 0, drift.StandardError);
            Assert.Equal("netcode <netcode@localhost>\n", repo.GitIn(archive, "log", "--format=%an <%ae>"));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Nothing_in_the_product_starts_a_process_so_neither_git_nor_ssh()
    {
        var offenders = Sources()
            .Where(f => ChildProcess().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Compiler, f))
            .ToList();
        Assert.Empty(offenders);
    }

    // Git and SSH are libraries in process (LibGit2Sharp, SSH.NET); the product starts no program at all.
    [GeneratedRegex(@"\bProcessStartInfo\b|\bProcess\.Start\b|\bnew\s+Process\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChildProcess();

}
