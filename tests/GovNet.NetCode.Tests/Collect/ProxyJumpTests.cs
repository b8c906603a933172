using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// A device reached through a bastion, both real sshd on loopback: one fleet device serves as the
/// bastion (its sshd forwards; the forced command only applies to sessions). The bastion is held to
/// the same known_hosts and key as the device, and the device's key is pinned under its own
/// address, not the loopback end of the forwarding.
/// </summary>
[Collection(SshFleetCollection.Name)]
public sealed class ProxyJumpTests(SharedFleet shared)
{
    private const string Config = "sysname EXT-CORE-01\n#\nvlan batch 10\n#\nreturn\n";

    [Fact]
    public void A_device_behind_a_bastion_is_collected_with_the_bastion_pinned_in_the_same_known_hosts()
    {
        using var fleet = shared.Fleet.Lease([Device("BASTION-01"), Device("EXT-CORE-01", Config)]);

        var result = Collect(fleet);

        Assert.Empty(result.Failures);
        Assert.Equal(FetchDialectTests.Expected(Config), Assert.Single(result.Configs).Text);
        Assert.Contains($"on 127.0.0.1 port {fleet.Ports["BASTION-01"]}", shared.Fleet.Log(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bastion_whose_host_key_changed_stops_the_device_with_that_reason()
    {
        using var fleet = shared.Fleet.Lease([Device("BASTION-01", fault: FleetFault.WrongHostKey), Device("EXT-CORE-01", Config)]);

        var result = Collect(fleet);

        Assert.Empty(result.Configs);
        var reason = Assert.Single(result.Failures).Reason;
        Assert.StartsWith("host key changed: the bastion [127.0.0.1]:", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_behind_the_bastion_is_pinned_under_its_own_address_and_a_changed_key_is_refused()
    {
        using var fleet = shared.Fleet.Lease([Device("BASTION-01"), Device("EXT-CORE-01", Config, FleetFault.WrongHostKey)]);

        var result = Collect(fleet);

        Assert.Empty(result.Configs);
        Assert.StartsWith($"host key changed: the device presents", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_and_identity_hold_through_the_bastion_too()
    {
        var other = Config.Replace("EXT-CORE-01", "EXT-CORE-02", StringComparison.Ordinal);
        using var fleet = shared.Fleet.Lease([Device("BASTION-01"), Device("EXT-CORE-01", Config, FleetFault.Endless), Device("EXT-CORE-02", other)]);

        var capped = Collect(fleet, options => options with { MaxOutputBytes = 64 * 1024 });
        var swapped = Collect(fleet, portOf: "EXT-CORE-02");

        Assert.Equal("output over 65536 bytes: the device kept sending (max_output_bytes in collection.yaml)", Assert.Single(capped.Failures).Reason);
        Assert.StartsWith("identity mismatch: answered as EXT-CORE-02; the inventory expects EXT-CORE-01", Assert.Single(swapped.Failures).Reason, StringComparison.Ordinal);
        Assert.Empty(swapped.Configs);
    }

    private static FleetDevice Device(string hostname, string config = "sysname BASTION-01\nreturn\n", FleetFault fault = FleetFault.None) =>
        new(hostname, "huawei-vrp", config, fault);

    /// <summary>Collects EXT-CORE-01 at the port of <paramref name="portOf"/> (by default its own), through BASTION-01.</summary>
    private static CollectionResult Collect(FleetLease fleet, Func<SshOptions, SshOptions>? adjust = null, string portOf = "EXT-CORE-01")
    {
        var target = new DeviceTarget(
            "EXT-CORE-01", DialectRegistry.Find("huawei-vrp")!, "127.0.0.1", fleet.Ports[portOf], SshFleet.User, fleet.ClientKey,
            $"{SshFleet.User}@127.0.0.1:{fleet.Ports["BASTION-01"]}", null);
        var options = new SshOptions(fleet.KnownHosts, false, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), 1, 0);
        return Collector.Collect([target], adjust is null ? options : adjust(options));
    }
}
