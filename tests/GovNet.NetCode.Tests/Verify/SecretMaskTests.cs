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
    [InlineData("snmp-agent community read cipher %@%#Ab1,2%@%#", "Ab1,2")]
    [InlineData(" key authentication cipher $c$3$Zx9Qw==", "Zx9Qw")]
    [InlineData("snmp-agent community write simple Pub1ic", "Pub1ic")]
    [InlineData("tacacs-server key 7 045802150C2E", "045802150C2E")]
    [InlineData("radius-server host 10.0.0.1 key R4dius", "R4dius")]
    [InlineData("username admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM", "nhEmQVczB7dqsO")]
    public void Secrets_never_survive_masking(string line, string secret)
    {
        var masked = SecretMask.Apply(line);
        Assert.DoesNotContain(secret, masked, StringComparison.Ordinal);
        Assert.Contains(SecretMask.Mask, masked, StringComparison.Ordinal);

        // Drift masks text the collector already masked: a second pass changes nothing.
        Assert.Equal(masked, SecretMask.Apply(masked));
    }

    [Fact]
    public void A_re_encrypted_secret_masks_to_the_same_text_and_keeps_the_community_access()
    {
        Assert.Equal(SecretMask.Apply("snmp-agent community read cipher %^%#AAAA%^%#"), SecretMask.Apply("snmp-agent community read cipher %^%#BBBB%^%#"));
        Assert.Equal("snmp-agent community read cipher <masked>", SecretMask.Apply("snmp-agent community read cipher %^%#AAAA%^%#"));
        Assert.NotEqual(SecretMask.Apply("snmp-agent community read X"), SecretMask.Apply("snmp-agent community write X"));
        Assert.Equal("a\nenable secret <masked>\n", SecretMask.ApplyToText("a\nenable secret 5 $1$x$y\n"));
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
