using System.Text;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// <c>netcode drift</c> and <c>fetch --archive</c> end to end against a real sshd: pulled per plane,
/// or carried offline in one bundle per plane, and archived in a real Git repository.
/// </summary>
[Collection(SshFleetCollection.Name)]
public sealed class DriftOverSshTests(SharedFleet fleet)
{
    private static NetcodeProcess.Outcome Netcode(FleetRepo repo, params string[] arguments) =>
        Support.Netcode.Run(repo.Root, [.. arguments, .. arguments[0] == "drift" ? new[] { "--today", "2026-11-24" } : []]);

    [Fact]
    public void Drift_pulls_one_plane_over_ssh_and_finds_a_change_made_on_the_device()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, serve: (hostname, text) => hostname == "EXT-ACC-01"
            ? text.Replace(" port access vlan 201\n", " port access vlan 202\n", StringComparison.Ordinal)
            : text);

        var run = Netcode(repo, "drift", "--plane", "external", "--format", "json");

        Assert.True(run.ExitCode == 1, run.StandardError);
        Assert.Contains("\"EXT-ACC-01\"", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("port access vlan 202", run.StandardOutput, StringComparison.Ordinal);
        // Only the external plane was reached: the internal core is neither compared nor reported missing.
        Assert.DoesNotContain("INT-CORE-01", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_that_cannot_be_reached_is_exit_3_while_the_others_are_compared()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, new Dictionary<string, FleetFault> { ["EXT-ACC-01"] = FleetFault.Refused });
        var archive = Path.Combine(repo.Root, "archive");

        var run = Netcode(repo, "drift", "--plane", "external", "--archive", archive);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("EXT-ACC-01: failed: connection refused", run.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(archive, "EXT-CORE-01.cfg")));
        Assert.False(File.Exists(Path.Combine(archive, "EXT-ACC-01.cfg")), "nothing is archived for a device that failed");
    }

    [Fact]
    public void One_bundle_per_plane_is_checked_offline_and_a_tampered_bundle_is_refused()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles);
        var external = Path.Combine(repo.Root, "external.tar");
        var internalPlane = Path.Combine(repo.Root, "internal.tar");
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "external", "--bundle", external).ExitCode);
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "internal", "--bundle", internalPlane).ExitCode);

        var both = Netcode(repo, "drift", "--running", external, "--running", internalPlane);
        Assert.True(both.ExitCode == 0, both.StandardError + both.StandardOutput);
        Assert.Contains("4 device", both.StandardOutput, StringComparison.Ordinal);

        // Alone, a plane's bundle speaks for its own plane: the other plane is not "missing".
        var one = Netcode(repo, "drift", "--running", external, "--format", "json");
        Assert.True(one.ExitCode == 0, one.StandardError);
        Assert.DoesNotContain("INT-CORE-01", one.StandardOutput, StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(external);
        var at = Encoding.ASCII.GetString(bytes).IndexOf("sysname EXT-CORE-01", StringComparison.Ordinal);
        Assert.True(at > 0);
        bytes[at + "sysname ".Length] = (byte)'X';
        File.WriteAllBytes(external, bytes);
        var tampered = Netcode(repo, "drift", "--running", external);
        Assert.Equal(2, tampered.ExitCode);
        Assert.Contains("error NC7008", tampered.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_fetched_apart_and_merged_give_exactly_the_drift_of_one_run_and_overlapping_shards_are_refused()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, serve: (hostname, text) => hostname == "EXT-ACC-01"
            ? text.Replace(" port access vlan 201\n", " port access vlan 202\n", StringComparison.Ordinal)
            : text);
        var whole = Path.Combine(repo.Root, "whole.tar");
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "external", "--bundle", whole).ExitCode);
        var shards = Enumerable.Range(0, 3).Select(i => Path.Combine(repo.Root, $"shard-{i}.tar")).ToList();
        for (var i = 0; i < shards.Count; i++)
        {
            var fetch = Netcode(repo, "fetch", "--plane", "external", "--shard", $"{i}/3", "--bundle", shards[i]);
            Assert.True(fetch.ExitCode == 0, fetch.StandardError);
        }

        var single = Netcode(repo, "drift", "--running", whole, "--format", "json");
        var merged = Netcode(repo, "drift", "--running", shards[0], "--running", shards[1], "--running", shards[2], "--format", "json");
        Assert.Equal(1, single.ExitCode);
        Assert.Equal(single.ExitCode, merged.ExitCode);
        // The header names the bundles read and the time; everything compared must be the same.
        Assert.Equal(WithoutOrigin(single.StandardOutput), WithoutOrigin(merged.StandardOutput));
        Assert.Contains("\"collector\": \"offline: shard-0.tar, shard-1.tar, shard-2.tar\"", merged.StandardOutput, StringComparison.Ordinal);

        var overlap = Netcode(repo, "drift", "--running", whole, "--running", shards[0]);
        Assert.Equal(2, overlap.ExitCode);
        Assert.Contains("error " + "NC7106", overlap.StandardError, StringComparison.Ordinal);

        var bad = Netcode(repo, "fetch", "--plane", "external", "--shard", "3/3", "--bundle", Path.Combine(repo.Root, "bad.tar"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("error " + "NC7012", bad.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo.Root, "bad.tar")));
    }

    private static string WithoutOrigin(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Assert.NotNull(node["origin"]);
        node.Remove("origin");
        return node.ToJsonString();
    }

    [Fact]
    public void Fetch_archives_masked_configs_one_commit_per_run()
    {
        const string secret = "%^%#Archived-Secret-77%^%#";
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, serve: (hostname, text) => hostname == "EXT-CORE-01"
            ? text.Replace("\nreturn", $"\nlocal-user admin password irreversible-cipher {secret}\nreturn", StringComparison.Ordinal)
            : text);
        var archive = Path.Combine(repo.Root, "archive");

        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "external", "--archive", archive).ExitCode);
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "external", "--archive", archive).ExitCode);

        Assert.False(Directory.Exists(Path.Combine(repo.Root, "build", "running")), "with --archive alone no folder is written");
        var log = GovNet.NetCode.Tests.Drift.SecretLeakProperties.Git(archive, "log", "-p", "--format=%B");
        Assert.Equal("2", GovNet.NetCode.Tests.Drift.SecretLeakProperties.Git(archive, "rev-list", "--count", "HEAD").Trim());
        Assert.Contains("fetch external: 3 collected, 0 failed", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Archived-Secret-77", log, StringComparison.Ordinal);
        Assert.Contains("password <masked>", File.ReadAllText(Path.Combine(archive, "EXT-CORE-01.cfg")), StringComparison.Ordinal);
    }
}
