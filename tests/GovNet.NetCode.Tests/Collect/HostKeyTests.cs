using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>Host keys are pinned in inventory/known_hosts; only --accept-new-host-keys enrols a new one, and never replaces a changed one.</summary>
[Collection(SshFleetCollection.Name)]
public sealed class HostKeyTests(SharedFleet fleet)
{
    [Fact]
    public void An_unknown_device_is_refused_until_enrolled_then_pinned()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, new Dictionary<string, FleetFault>
        {
            ["EXT-CORE-01"] = FleetFault.UnknownHostKey,
            ["EXT-EGRESS-01"] = FleetFault.WrongHostKey,
        });
        var port = repo.Fleet.Ports["EXT-CORE-01"];

        var before = Netcode.Run(repo.Root, "fetch", "--plane", "external");
        var enrol = Netcode.Run(repo.Root, "fetch", "--plane", "external", "--accept-new-host-keys");
        var after = Netcode.Run(repo.Root, "fetch", "--device", "EXT-CORE-01");

        Assert.Equal(3, before.ExitCode);
        Assert.Contains("fetch: EXT-CORE-01: failed: host key unknown", before.StandardError, StringComparison.Ordinal);
        Assert.Equal(3, enrol.ExitCode);
        Assert.DoesNotContain("EXT-CORE-01: failed", enrol.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-EGRESS-01: failed: host key changed", enrol.StandardError, StringComparison.Ordinal);
        Assert.Contains($"[127.0.0.1]:{port} ssh-ed25519 ", File.ReadAllText(repo.KnownHosts), StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.StandardError);
    }
}
