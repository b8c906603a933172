using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>A password is read from the environment variable password_env names, in process: never an argument, a file or output.</summary>
[Collection(SshFleetCollection.Name)]
public sealed class PasswordTests(SharedFleet shared)
{
    [Fact]
    public void A_wrong_password_is_offered_and_reported_as_auth_failure_without_the_password()
    {
        var variable = "NETCODE_TEST_PASSWORD_" + Guid.NewGuid().ToString("N")[..8];
        var password = "Pw-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, password);
        try
        {
            using var fleet = shared.Fleet.Lease([new FleetDevice("EXT-CORE-01", "huawei-vrp", "sysname EXT-CORE-01\nreturn\n", FleetFault.BadAuth)]);
            var target = new DeviceTarget("EXT-CORE-01", DialectRegistry.Find("huawei-vrp")!, "127.0.0.1", fleet.Ports["EXT-CORE-01"], SshFleet.User, null, null, variable);
            var options = new SshOptions(fleet.KnownHosts, false, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 1, 0);

            var result = Collector.Collect([target], options);

            var failure = Assert.Single(result.Failures);
            Assert.StartsWith("auth failed", failure.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(password, failure.Reason, StringComparison.Ordinal);
            // sshd saw a password attempt: the password went from the environment to the server.
            Assert.Contains($"Failed password for {SshFleet.User} from 127.0.0.1", shared.Fleet.Log(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
