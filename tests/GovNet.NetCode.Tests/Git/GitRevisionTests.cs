using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using LibGit2Sharp;
using Xunit;

namespace GovNet.NetCode.Tests.Git;

/// <summary>
/// How <c>netcode plan</c> reads revisions through libgit2, on real repositories: a policy folder
/// below the repository's top, annotated tags, symbolic links and oversized blobs in a revision,
/// shallow clones and missing objects.
/// </summary>
public sealed class GitRevisionTests
{
    private static JsonElement Json(NetcodeProcess.Outcome outcome)
    {
        using var document = JsonDocument.Parse(outcome.StandardOutput);
        return document.RootElement.Clone();
    }

    [Fact]
    public void The_native_library_loads_on_this_machine()
    {
        Assert.False(string.IsNullOrEmpty(GlobalSettings.Version.InformationalVersion));
        Assert.NotNull(Repository.Discover(NetcodeProcess.RepositoryRoot()));
    }

    [Fact]
    public void A_policy_folder_below_the_top_of_the_repository_is_read_from_that_folder_of_each_revision()
    {
        using var repo = new GitPolicyRepo();
        Directory.CreateDirectory(Path.Combine(repo.Root, "net"));
        repo.Git("mv", "policy", "inventory", "net");
        var moved = repo.Commit("the network moves into net/");
        repo.Replace("net/policy/units/caizheng.yaml", "vlan: 116", "vlan: 196");
        var outcome = Netcode.Run(repo.Root, "plan", "--repo", Path.Combine(repo.Root, "net"), "--base", moved, "--format", "json", "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var change = Assert.Single(Json(outcome).GetProperty("changes").EnumerateArray());
        Assert.Equal("caizheng@public", change.GetProperty("name").GetString());

        // Before the move the revision has no net/: that side does not validate, which is not a Git failure.
        var before = Netcode.Run(repo.Root, "plan", "--repo", Path.Combine(repo.Root, "net"), "--base", "HEAD~1", "--today", "2026-11-24");
        Assert.True(before.ExitCode == 0, before.StandardError);
        Assert.Contains("base does not validate", before.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotated_tag_names_its_commit()
    {
        using var repo = new GitPolicyRepo();
        repo.Git("-c", "tag.gpgsign=false", "tag", "--annotate", "v1", "--message", "release one");
        repo.Replace("policy/flows.yaml", "  - permit tcp/53 from zone:public to service:dns\n", string.Empty).Commit("drop DNS over TCP");
        var outcome = repo.Plan("--base", "v1", "--head", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var plan = Json(outcome);
        Assert.StartsWith("v1 (", plan.GetProperty("base").GetProperty("revision").GetString(), StringComparison.Ordinal);
        Assert.Single(plan.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public void A_link_in_a_revision_is_followed_inside_the_tree_and_refused_when_it_leaves()
    {
        using var repo = new GitPolicyRepo();
        Directory.CreateDirectory(Path.Combine(repo.Root, "shared"));
        File.Move(Path.Combine(repo.Root, "policy/services.yaml"), Path.Combine(repo.Root, "shared/services.yaml"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "policy/services.yaml"), "../shared/services.yaml");
        var inside = repo.Commit("services.yaml lives in shared/");
        var followed = repo.Plan("--base", "HEAD~1", "--head", inside, "--format", "json");
        Assert.True(followed.ExitCode == 0, followed.StandardError);
        Assert.Empty(Json(followed).GetProperty("changes").EnumerateArray());

        File.CreateSymbolicLink(Path.Combine(repo.Root, "policy/units/stolen.yaml"), "/etc/hostname");
        var outside = repo.Commit("a unit that is a link out of the repository");
        var refused = repo.Plan("--base", inside, "--head", outside);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("policy/units/stolen.yaml:1:1: error NC1012", refused.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blob_over_the_size_limit_is_refused_without_being_loaded()
    {
        using var repo = new GitPolicyRepo();
        var huge = repo.Write("policy/units/huge.yaml", "# " + new string('x', 2 * 1024 * 1024) + "\n").Commit("a unit file of 2 MiB");
        var outcome = repo.Plan("--base", "HEAD~1", "--head", huge);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error NC1002: file is 2,097,155 bytes", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_a_shallow_clone_does_not_have_is_an_unknown_revision_exit_2()
    {
        using var repo = new GitPolicyRepo();
        var first = repo.Git("rev-parse", "HEAD").Trim();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196").Commit("move caizheng's public VLAN");
        var shallow = Path.Combine(repo.Root, "shallow");
        repo.Git("clone", "--quiet", "--depth", "1", "file://" + repo.Root, shallow);

        var missing = Netcode.Run(shallow, "plan", "--base", first, "--today", "2026-11-24");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains($"error NC8001: revision '{first}' does not exist", missing.StandardError, StringComparison.Ordinal);

        var present = Netcode.Run(shallow, "plan", "--base", "HEAD", "--today", "2026-11-24");
        Assert.True(present.ExitCode == 0, present.StandardError);
    }

    [Fact]
    public void An_object_missing_below_a_commit_is_a_git_failure_exit_3()
    {
        using var repo = new GitPolicyRepo();
        var blob = repo.Git("rev-parse", "HEAD:policy/flows.yaml").Trim();
        repo.Replace("policy/flows.yaml", "  - permit tcp/53 from zone:public to service:dns\n", string.Empty).Commit("drop DNS over TCP");
        File.Delete(Path.Combine(repo.Root, ".git", "objects", blob[..2], blob[2..]));
        var outcome = repo.Plan("--base", "HEAD~1", "--head", "HEAD");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("error NC8002", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains($"object {blob} (policy/flows.yaml) is missing", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.StandardOutput);
    }

    [Fact]
    public void A_bare_repository_is_a_git_failure_exit_3()
    {
        using var repo = new GitPolicyRepo();
        var bare = Path.Combine(repo.Root, "bare.git");
        repo.Git("clone", "--quiet", "--bare", repo.Root, bare);
        var outcome = Netcode.Run(bare, "plan", "--base", "HEAD", "--today", "2026-11-24");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("error NC8002", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("bare", outcome.StandardError, StringComparison.Ordinal);
    }
}
