using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

public sealed class SecretMaskTests
{
    [Theory]
    [InlineData(" local-user admin password irreversible-cipher $1a$abc$def$", "$1a$abc$def$")]
    [InlineData(" local-user admin password cipher %^%#Qx(8sd!%^%#", "Qx(8sd")]
    [InlineData("username cisco secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0", "mERr")]
    [InlineData("enable password 7 0822455D0A16", "0822455D0A16")]
    [InlineData("snmp-server community s3cr3t RO", "s3cr3t")]
    [InlineData(" hwtacacs-server shared-key cipher %$%$abcd%$%$", "abcd")]
    [InlineData(" key-string 7 1234ABCD", "1234ABCD")]
    [InlineData(" wpa-psk ascii 0 MyWifiKey", "MyWifiKey")]
    public void Secrets_never_survive_masking(string line, string secret)
    {
        var masked = SecretMask.Apply(line);
        Assert.DoesNotContain(secret, masked, StringComparison.Ordinal);
        Assert.Contains(SecretMask.Mask, masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_without_secrets_are_unchanged()
    {
        Assert.Equal(" port trunk allow-pass vlan 100 110", SecretMask.Apply(" port trunk allow-pass vlan 100 110"));
    }

    [Fact]
    public void Unparsed_lines_in_findings_are_masked()
    {
        var facts = GovNet.NetCode.Dialects.DialectRegistry.Find("cisco-ios")!.Parse("hostname X\ninterface GigabitEthernet0/1\n frobnicate secret 5 $1$abcd$efgh\nend\n", "x.cfg");
        var line = Assert.Single(facts.Unparsed, u => u.Text.Contains("frobnicate", StringComparison.Ordinal));
        Assert.DoesNotContain("$1$abcd", SecretMask.Apply(line.Text), StringComparison.Ordinal);
    }
}
