using System.Diagnostics;
using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// No device holds a fetch up past its budget: a session stuck where no timeout reaches it (as
/// SSH.NET's teardown once deadlocked, hanging netcode fetch) is abandoned and reported, and the
/// other devices are still collected.
/// </summary>
public sealed class CollectorBudgetTests
{
    private static readonly SshOptions Options = new(Path.Combine(Path.GetTempPath(), "netcode-no-known-hosts"), false, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 2, 0);

    [Fact]
    public void A_session_that_never_ends_is_abandoned_within_the_budget_and_the_others_are_collected()
    {
        using var never = new ManualResetEventSlim();
        DeviceSession.Outcome Attempt(DeviceTarget target, SshRun run)
        {
            if (target.Hostname == "STUCK-01")
            {
                never.Wait();
            }

            return new DeviceSession.Outcome(new RunningConfig(target.Hostname, "sysname " + target.Hostname + "\n", target.Source), null, false);
        }

        var clock = Stopwatch.StartNew();
        var result = Collector.Collect([Target("STUCK-01"), Target("CORE-01"), Target("CORE-02")], Options, null, Attempt, TimeSpan.FromSeconds(1));
        never.Set();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        var failure = Assert.Single(result.Failures);
        Assert.Equal("STUCK-01", failure.Hostname);
        Assert.Equal("timeout: the session did not end within 1 s (stuck in the SSH library; abandoned)", failure.Reason);
        Assert.Equal(["CORE-01", "CORE-02"], result.Configs.Select(c => c.Hostname));
    }

    [Fact]
    public void The_budget_covers_every_attempt_with_its_backoff_and_some_slack_for_teardown()
    {
        Assert.Equal(TimeSpan.FromSeconds(25), Collector.DeviceBudget(Options));
        Assert.Equal(TimeSpan.FromSeconds(15 * 3 + 1 + 2 + 10), Collector.DeviceBudget(Options with { Retries = 2 }));
    }

    private static DeviceTarget Target(string hostname) =>
        new(hostname, DialectRegistry.Find("huawei-vrp")!, "127.0.0.1", 22, null, null, null, null);
}
