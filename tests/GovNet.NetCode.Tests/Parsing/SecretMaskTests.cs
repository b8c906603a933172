using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

public sealed class SecretMaskTests
{
    /// <summary>Every registered dialect's own secret lines, and each of them in every other dialect's session: masked, and masking twice changes nothing.</summary>
    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void Secrets_never_survive_masking(string dialectId)
    {
        var samples = DialectRegistry.Find(dialectId)!.SecretSamples;
        Assert.NotEmpty(samples);
        foreach (var (line, secret) in samples)
        {
            var masked = SecretMask.Apply(line);
            Assert.DoesNotContain(secret, masked, StringComparison.Ordinal);
            Assert.Contains(SecretMask.Mask, masked, StringComparison.Ordinal);

            // Drift masks text the collector already masked: a second pass changes nothing.
            Assert.Equal(masked, SecretMask.Apply(masked));
        }
    }

    /// <summary>A dialect's normaliser (what drift compares and archives) masks its secret lines too.</summary>
    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void A_dialects_normalised_text_holds_none_of_its_secrets(string dialectId)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        var normalised = dialect.Normalise(string.Join('\n', dialect.SecretSamples.Select(s => s.Line)));
        Assert.All(dialect.SecretSamples, s => Assert.DoesNotContain(s.Secret, normalised, StringComparison.Ordinal));
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
        var facts = DialectRegistry.Find("cisco-ios")!.Parse("hostname X\ninterface GigabitEthernet0/1\n frobnicate secret 5 $1$abcd$efgh\nend\n", "x.cfg");
        var line = Assert.Single(facts.Unparsed, u => u.Text.Contains("frobnicate", StringComparison.Ordinal));
        Assert.DoesNotContain("$1$abcd", SecretMask.Apply(line.Text), StringComparison.Ordinal);
    }
}
