using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>A password reaches ssh only through SSH_ASKPASS reading an environment variable: never argv, never output.</summary>
public sealed class PasswordTests
{
    [Fact]
    public void A_wrong_password_is_offered_through_askpass_and_reported_as_auth_failure()
    {
        var variable = "NETCODE_TEST_PASSWORD_" + Guid.NewGuid().ToString("N")[..8];
        var password = "Pw-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, password);
        try
        {
            using var fleet = SshFleet.Start([new FleetDevice("EXT-CORE-01", "huawei-vrp", "sysname EXT-CORE-01\nreturn\n", FleetFault.BadAuth)]);
            var target = new DeviceTarget("EXT-CORE-01", DialectRegistry.Find("huawei-vrp")!, "127.0.0.1", fleet.Ports["EXT-CORE-01"], SshFleet.User, null, null, variable);
            var options = new SshOptions(fleet.KnownHosts, false, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 1, 0);

            var ssh = SshInvocation.For(target, "/run/ssh.conf", "/askpass");
            var config = SshInvocation.Config(target, options).Text!;
            var result = Collector.Collect([target], options);

            Assert.DoesNotContain(ssh.ArgumentList, a => a.Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(password, config, StringComparison.Ordinal);
            Assert.Equal(variable, ssh.Environment[SshRunFolder.AskPassVariableOfName]);
            Assert.Contains("  BatchMode no\n", config, StringComparison.Ordinal);
            var failure = Assert.Single(result.Failures);
            Assert.StartsWith("auth failed", failure.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(password, failure.Reason, StringComparison.Ordinal);
            // sshd saw a password attempt: the askpass helper handed it over.
            Assert.Contains($"Failed password for {SshFleet.User}", fleet.Log(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
