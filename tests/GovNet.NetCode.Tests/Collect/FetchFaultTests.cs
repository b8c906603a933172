using System.Diagnostics;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// Every fault a device can show, against a real sshd: each is reported with its reason and the
/// others are still collected. Faults that need a timeout run on a small fleet with a short one;
/// the rest run together with a timeout generous enough for a loaded machine, never reached.
/// </summary>
[Collection(SshFleetCollection.Name)]
public sealed class FetchFaultTests(SharedFleet fleet)
{
    private static readonly NetworkSpec Spec = NetworkSpec.County with { Units = 12, Devices = 14, HasInternalPlane = false, Seed = 5 };

    [Fact]
    public void Each_fault_is_reported_with_its_reason_while_the_other_devices_are_collected()
    {
        var network = NetworkGenerator.Generate(Spec);
        var hosts = network.Devices.Select(d => d.Hostname).Order(StringComparer.Ordinal).ToList();
        var expected = new (FleetFault Fault, string Reason)[]
        {
            (FleetFault.Disconnect, "connection cut mid-config"),
            (FleetFault.BadAuth, "auth failed"),
            (FleetFault.WrongHostKey, "host key changed"),
            (FleetFault.UnknownHostKey, "host key unknown"),
            (FleetFault.Refused, "connection refused"),
            (FleetFault.ErrorReply, "error reply to '"),
        };
        Assert.True(hosts.Count >= expected.Length + 3, $"the network needs more devices than {hosts.Count}");
        var faults = expected.Select((e, i) => (Host: hosts[i], e.Fault)).ToDictionary(p => p.Host, p => p.Fault);
        using var repo = FleetRepo.Start(fleet, network, faults);
        repo.WriteCollection(parallelism: 16);
        var output = Path.Combine(repo.Root, "running");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, hosts[0] + ".cfg"), "previous config of a device that now drops the connection\n");
        File.WriteAllText(Path.Combine(output, hosts[^1] + ".cfg"), "previous config, replaced\n");

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external", "--out", output);

        Assert.Equal(3, run.ExitCode);
        for (var i = 0; i < expected.Length; i++)
        {
            var line = $"fetch: {hosts[i]}: failed: {expected[i].Reason}";
            Assert.True(run.StandardError.Contains(line, StringComparison.Ordinal), $"{expected[i].Fault}: expected '{line}' in:\n{run.StandardError}");
        }

        Assert.True(run.StandardOutput.Contains($"{hosts.Count - expected.Length} of {hosts.Count} device(s) collected", StringComparison.Ordinal), run.StandardError);
        Assert.Equal("previous config of a device that now drops the connection\n", File.ReadAllText(Path.Combine(output, hosts[0] + ".cfg")));
        foreach (var host in hosts.Skip(1).Take(expected.Length - 1))
        {
            Assert.False(File.Exists(Path.Combine(output, host + ".cfg")), $"{host} failed; nothing may be written for it");
        }

        foreach (var host in hosts.Skip(expected.Length))
        {
            Assert.Equal(FetchDialectTests.Expected(repo.Configs[host]), File.ReadAllText(Path.Combine(output, host + ".cfg")));
        }

        Assert.Empty(Directory.GetDirectories(output, ".netcode-fetch-*"));
    }

    [Fact]
    public void A_device_that_hangs_or_is_too_slow_times_out_while_the_others_are_collected()
    {
        var faults = new Dictionary<string, FleetFault> { ["EXT-CORE-01"] = FleetFault.Hang, ["EXT-EGRESS-01"] = FleetFault.Slow };
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, faults);
        repo.WriteCollection(commandTimeout: 15);

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("fetch: EXT-CORE-01: failed: timeout: no complete reply within 15 s (the first prompt)", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-EGRESS-01: failed: timeout: no complete reply within 15 s (the end of the config)", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-ACC-01: ok", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(["EXT-ACC-01.cfg"], Directory.GetFiles(Path.Combine(repo.Root, "build", "running")).Select(Path.GetFileName));
    }

    /// <summary>
    /// A port that takes the connection and then says nothing must not hold the fetch: it ends
    /// within connect_timeout (5 s) plus command_timeout and the collector's slack, far below the
    /// two minutes after which the child process counts as hung.
    /// </summary>
    [Fact]
    public void A_device_that_accepts_the_connection_but_never_speaks_SSH_times_out_within_the_timeouts()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, new Dictionary<string, FleetFault> { ["EXT-CORE-01"] = FleetFault.Silent });
        repo.WriteCollection(commandTimeout: 10);
        var clock = Stopwatch.StartNew();

        var run = NetcodeProcess.Run(repo.Root, "fetch", "--plane", "external");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"fetch took {clock.Elapsed.TotalSeconds:0} s");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("fetch: EXT-CORE-01: failed: connect timeout: no answer from the device", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("fetch: EXT-ACC-01: ok", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transient_failure_is_retried_and_says_how_often()
    {
        var network = NetworkGenerator.Generate(Spec);
        var host = network.Devices.Select(d => d.Hostname).Order(StringComparer.Ordinal).First();
        using var repo = FleetRepo.Start(fleet, network, new Dictionary<string, FleetFault> { [host] = FleetFault.Refused });
        repo.WriteCollection(retries: 1);

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external", "--device", host);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"fetch: {host}: failed: connection refused: nothing listens on the SSH port (after 2 attempts)", run.StandardError, StringComparison.Ordinal);
    }
}
