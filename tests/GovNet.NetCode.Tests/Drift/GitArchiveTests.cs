using GovNet.NetCode.Adapters.Git;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>The archive against real Git repositories: one commit per run, history only grows, a device not collected keeps its file.</summary>
public sealed class GitArchiveTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("netcode-archive-");

    private string Archive => Path.Combine(root.FullName, "nested", "archive");

    public void Dispose() => root.Delete(recursive: true);

    private static string Git(string directory, params string[] arguments) => SecretLeakProperties.Git(directory, arguments);

    [Fact]
    public void Two_runs_make_two_commits_and_keep_the_first()
    {
        var first = GitArchive.Commit(Archive, [("SW-A", "sysname SW-A\nreturn\n"), ("SW-B", "hostname SW-B\nend\n")], "drift: run one\n");
        Assert.Null(first.Error);
        Assert.True(Directory.Exists(Path.Combine(Archive, ".git")));

        var second = GitArchive.Commit(Archive, [("SW-A", "sysname SW-A\nvlan 10\nreturn\n"), ("SW-B", "hostname SW-B\nend\n")], "drift: run two\n");
        Assert.Null(second.Error);
        Assert.NotEqual(first.Commit, second.Commit);

        var log = Git(Archive, "log", "--format=%H %s").Trim().Split('\n');
        Assert.Equal([$"{second.Commit} drift: run two", $"{first.Commit} drift: run one"], log);
        Assert.Equal(first.Commit, Git(Archive, "rev-parse", "HEAD~1").Trim());
        Assert.Equal("sysname SW-A\nreturn\n", Git(Archive, "show", $"{first.Commit}:SW-A.cfg"));
        Assert.Equal("sysname SW-A\nvlan 10\nreturn\n", File.ReadAllText(Path.Combine(Archive, "SW-A.cfg")));
    }

    [Fact]
    public void A_device_not_collected_keeps_its_previous_file()
    {
        Assert.Null(GitArchive.Commit(Archive, [("SW-A", "a1\n"), ("SW-B", "b1\n")], "one").Error);
        var second = GitArchive.Commit(Archive, [("SW-A", "a2\n")], "two: SW-B not collected");
        Assert.Null(second.Error);
        Assert.Equal("b1\n", File.ReadAllText(Path.Combine(Archive, "SW-B.cfg")));
        Assert.Equal("b1\n", Git(Archive, "show", "HEAD:SW-B.cfg"));
        Assert.Equal("SW-A.cfg", Git(Archive, "diff", "--name-only", "HEAD~1", "HEAD").Trim());
    }

    [Fact]
    public void A_run_without_changes_is_still_recorded()
    {
        Assert.Null(GitArchive.Commit(Archive, [("SW-A", "a\n")], "one").Error);
        Assert.Null(GitArchive.Commit(Archive, [("SW-A", "a\n")], "two").Error);
        Assert.Equal("2", Git(Archive, "rev-list", "--count", "HEAD").Trim());
    }

    [Fact]
    public void The_identity_git_is_configured_with_commits_and_the_message_is_kept_as_given()
    {
        Assert.Null(GitArchive.Commit(Archive, [("SW-A", "a\n")], "one").Error);
        Git(Archive, "config", "user.name", "drift auditor");
        Git(Archive, "config", "user.email", "auditor@example.invalid");
        Assert.Null(GitArchive.Commit(Archive, [("SW-A", "a2\n")], "drift: two\n\n3 devices, 1 with drift\n").Error);
        Assert.Equal("drift auditor <auditor@example.invalid>", Git(Archive, "log", "-1", "--format=%an <%ae>").Trim());
        Assert.Equal("drift: two\n\n3 devices, 1 with drift\n", Git(Archive, "log", "-1", "--format=%B").TrimEnd('\n') + "\n");
        Assert.Equal(string.Empty, Git(Archive, "status", "--porcelain"));
    }

    [Theory]
    [InlineData("one")]
    [InlineData("drift: two\n\n3 devices, 1 with drift\n")]
    [InlineData("\n  \nfetch internal:  \t\n\n\n\nEXT-A changed\r\nEXT-B\v\n\n")]
    public void The_message_is_tidied_as_libgit2_prettifies_it(string message)
    {
        // The archive tidies messages itself, since libgit2's prettify gives nothing back to a native netcode.
        LibGit2Sharp.Repository.Init(root.FullName);
        using var repository = new LibGit2Sharp.Repository(root.FullName);
        var who = new LibGit2Sharp.Signature("t", "t@example.invalid", DateTimeOffset.UnixEpoch);
        var prettified = repository.Commit(message, who, who, new LibGit2Sharp.CommitOptions { AllowEmptyCommit = true, PrettifyMessage = true });
        Assert.Equal(prettified.Message, GitArchive.Tidy(message));
    }

    [Fact]
    public void Git_failures_and_unsafe_hostnames_are_reported_not_thrown()
    {
        var blocked = Path.Combine(root.FullName, "file");
        File.WriteAllText(blocked, "not a folder");
        Assert.NotNull(GitArchive.Commit(blocked, [("SW-A", "a\n")], "one").Error);
        Assert.Contains("not a plain host name", GitArchive.Commit(Archive, [("../evil", "a\n")], "one").Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root.FullName, "nested", "evil.cfg")));
    }
}
