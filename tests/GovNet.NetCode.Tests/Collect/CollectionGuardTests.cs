using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// What stops a pull from writing the wrong thing, through a real sshd: a device that never stops
/// sending fails at the output cap, a device that answers under another name (a swapped address
/// or port) fails the identity check, and nothing of either is written.
/// </summary>
[Collection(SshFleetCollection.Name)]
public sealed class CollectionGuardTests(SharedFleet fleet)
{
    [Fact]
    public void A_device_that_never_stops_sending_fails_at_the_cap_and_nothing_is_written()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, new Dictionary<string, FleetFault> { ["EXT-CORE-01"] = FleetFault.Endless });
        repo.WriteCollection(extra: "max_output_bytes: 200000");

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("fetch: EXT-CORE-01: failed: output over 200000 bytes: the device kept sending (max_output_bytes in collection.yaml)\n", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-ACC-01: ok", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(["EXT-ACC-01.cfg", "EXT-EGRESS-01.cfg"], Directory.GetFiles(Path.Combine(repo.Root, "build", "running")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Swapped_ports_are_an_identity_mismatch_and_nothing_is_filed_under_the_wrong_name()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles);
        var core = repo.Fleet.Ports["EXT-CORE-01"];
        var access = repo.Fleet.Ports["EXT-ACC-01"];
        var collection = Path.Combine(repo.Root, "inventory", "collection.yaml");
        var text = File.ReadAllText(collection);
        File.WriteAllText(collection, text
            .Replace($"hostname: EXT-CORE-01, address: 127.0.0.1, port: {core} ", "hostname: EXT-CORE-01, address: 127.0.0.1, port: SWAP ", StringComparison.Ordinal)
            .Replace($"hostname: EXT-ACC-01, address: 127.0.0.1, port: {access} ", $"hostname: EXT-ACC-01, address: 127.0.0.1, port: {core} ", StringComparison.Ordinal)
            .Replace("port: SWAP ", $"port: {access} ", StringComparison.Ordinal));

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"fetch: EXT-CORE-01: failed: identity mismatch: answered as EXT-ACC-01; the inventory expects EXT-CORE-01 at ssh://{SshFleet.User}@127.0.0.1:{access}", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-ACC-01: failed: identity mismatch: answered as EXT-CORE-01", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(["EXT-EGRESS-01.cfg"], Directory.GetFiles(Path.Combine(repo.Root, "build", "running")).Select(Path.GetFileName));
    }

    [Fact]
    public void Algorithm_lists_from_collection_yaml_are_offered_and_a_pull_succeeds_with_them()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles);
        repo.WriteCollection(extra: "key_exchange: [curve25519-sha256]\nciphers: [aes128-gcm@openssh.com, aes256-ctr]\nmacs: [hmac-sha2-256-etm@openssh.com]");

        var run = Netcode.Run(repo.Root, "fetch", "--device", "EXT-CORE-01");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(FetchDialectTests.Expected(repo.Configs["EXT-CORE-01"]), File.ReadAllText(Path.Combine(repo.Root, "build", "running", "EXT-CORE-01.cfg")));
    }
}
