using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Secrets;

/// <summary>NC2150: a secret written into the policy or inventory is refused where it stands; names of variables are not secrets.</summary>
public sealed class LiteralSecretTests
{
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";
    private const string Finance = "policy/units/finance.yaml";

    [Theory]
    [InlineData("password: Admin@123\n", 7, 11)]
    [InlineData("tacacs_key: \"s3cr3t\"\n", 7, 14)]
    [InlineData("snmp:\n  community: public\n", 8, 14)]
    [InlineData("secrets: [a1b2c3]\n", 7, 11)]
    public void A_value_under_a_key_naming_a_secret_is_NC2150_at_the_value(string line, int lineNumber, int column)
    {
        using var repo = new MiniRepo().Replace(Core, "gateway-for: all\n", "gateway-for: all\n" + line);
        var result = repo.Validate();
        var diagnostic = DiagnosticAssert.Reports(result, "NC2150", Core, lineNumber, column);
        Assert.Contains("never go into Git", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Theory]
    [InlineData("%^%#x!3Wq5$P(E1X%^%#", 0)]
    [InlineData("see $c$3$AbCdEf0123==", 4)]
    [InlineData("old key: cipher OOCM4m($F4ajUn1v", 9)]
    [InlineData("was enable password 7 0822455D0A16", 11)]
    public void A_value_that_looks_like_a_stored_secret_is_NC2150_where_it_starts(string title, int offset)
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", $"title: \"{title}\"");
        var diagnostic = DiagnosticAssert.Reports(repo.Validate(), "NC2150", Finance, 2, 9 + offset);
        Assert.Contains("stored secret", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_of_variables_and_placeholders_are_not_secrets()
    {
        using var repo = new MiniRepo()
            .With("inventory/collection.yaml", "user: netcode\npassword_env: NETCODE_PASSWORD\nkey_exchange: [curve25519-sha256]\ndevices:\n  - { hostname: EXT-CORE-01, password_env: NETCODE_CORE_PASSWORD }\n");
        DiagnosticAssert.Clean(repo.Validate());

        using var placeholder = new MiniRepo().Replace(Core, "gateway-for: all\n", "gateway-for: all\npassword: ${NETCODE_SECRET_EXTERNAL_LOCAL_PASSWORD}\n");
        var result = placeholder.Validate();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "NC2150");
        Assert.Contains(result.Diagnostics, d => d.Code == "NC2101"); // still no key of the format
    }

    [Fact]
    public void The_example_network_holds_no_secret()
    {
        var result = GovNet.NetCode.Validate.PolicyValidator.Run(NetcodeProcess.RepositoryRoot(), MiniRepo.Today);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "NC2150");
        Assert.NotNull(result.Model);
    }
}
