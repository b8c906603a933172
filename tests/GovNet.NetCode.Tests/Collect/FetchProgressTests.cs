using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>A person at a terminal sees a progress bar; a log (CI, cron mail) gets one plain line per device.</summary>
[Collection(SshFleetCollection.Name)]
public sealed class FetchProgressTests(SharedFleet fleet)
{
    [Fact]
    public void On_a_terminal_fetch_draws_a_progress_bar_and_in_a_log_a_line_per_device()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, new Dictionary<string, FleetFault> { ["EXT-ACC-01"] = FleetFault.BadAuth });

        var terminal = NetcodeProcess.RunOnTerminal(repo.Root, "fetch", "--plane", "external");
        var log = NetcodeProcess.Run(repo.Root, "fetch", "--plane", "external");

        Assert.Equal(3, terminal.ExitCode);
        Assert.Contains("\u001b[", terminal.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("100%", terminal.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(1 failed)", terminal.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(": ok", terminal.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(3, log.ExitCode);
        Assert.DoesNotContain("\u001b[", log.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-CORE-01: ok\n", log.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-ACC-01: failed: auth failed", log.StandardError, StringComparison.Ordinal);
    }
}
