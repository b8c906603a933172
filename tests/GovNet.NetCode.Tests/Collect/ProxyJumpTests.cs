using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Testing.Fleet;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// A device reached through a bastion, both real sshd on loopback: one fleet device serves as the
/// bastion (its sshd forwards; the forced command only applies to sessions). The bastion is held to
/// the same known_hosts, key and batch mode as the device.
/// </summary>
public sealed class ProxyJumpTests
{
    private const string Config = "sysname EXT-CORE-01\n#\nvlan batch 10\n#\nreturn\n";

    [Fact]
    public void A_device_behind_a_bastion_is_collected_with_the_bastion_pinned_in_the_same_known_hosts()
    {
        using var fleet = SshFleet.Start([Device("BASTION-01"), Device("EXT-CORE-01", Config)]);

        var result = Collect(fleet);

        Assert.Empty(result.Failures);
        Assert.Equal(FetchDialectTests.Expected(Config), Assert.Single(result.Configs).Text);
        Assert.Contains($"on 127.0.0.1 port {fleet.Ports["BASTION-01"]}", fleet.Log(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bastion_whose_host_key_changed_stops_the_device_with_that_reason()
    {
        using var fleet = SshFleet.Start([Device("BASTION-01", fault: FleetFault.WrongHostKey), Device("EXT-CORE-01", Config)]);

        var result = Collect(fleet);

        Assert.Empty(result.Configs);
        Assert.StartsWith("host key changed", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
    }

    private static FleetDevice Device(string hostname, string config = "sysname BASTION-01\nreturn\n", FleetFault fault = FleetFault.None) =>
        new(hostname, "huawei-vrp", config, fault);

    private static CollectionResult Collect(SshFleet fleet)
    {
        var target = new DeviceTarget(
            "EXT-CORE-01", DialectRegistry.Find("huawei-vrp")!, "127.0.0.1", fleet.Ports["EXT-CORE-01"], SshFleet.User, fleet.ClientKey,
            $"{SshFleet.User}@127.0.0.1:{fleet.Ports["BASTION-01"]}", null);
        return Collector.Collect([target], new SshOptions(fleet.KnownHosts, false, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), 1, 0));
    }
}
