using GovNet.NetCode.Dialects;
using GovNet.NetCode.Render;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Secrets;

/// <summary>The deploy-time fill: every placeholder from its variable, all or nothing, values never in a message.</summary>
public sealed class SecretFillTests
{
    private const string Value = "Zq9-fill-VALUE";

    [Theory]
    [InlineData("EXT-CORE-01")]
    [InlineData("EXT-ACC-GA-01")]
    [InlineData("EXT-ACC-CZ-01")]
    [InlineData("INT-CORE-01")]
    public void Every_placeholder_of_a_compiled_config_is_filled_from_its_variable(string host)
    {
        var config = DriftHarness.Config(host);
        var asked = new List<string>();
        var result = SecretFill.Fill(config.Text, $"build/configs/{host}.cfg", name =>
        {
            asked.Add(name);
            return Value + name.Length;
        });

        Assert.Empty(result.Diagnostics);
        var text = Assert.IsType<string>(result.Text);
        Assert.DoesNotContain("${NETCODE_SECRET_", text, StringComparison.Ordinal);
        Assert.Equal(SecretPlaceholder.Pattern().Count(config.Text), result.Filled);
        Assert.All(asked, name => Assert.StartsWith(SecretPlaceholder.Prefix, name, StringComparison.Ordinal));
        Assert.Equal(config.Text.Split('\n').Length, text.Split('\n').Length);
        Assert.Equal(SecretMask.ApplyToText(config.Text), SecretMask.ApplyToText(text)); // only the secrets changed
    }

    [Fact]
    public void A_missing_variable_is_NC6150_at_its_line_and_column_and_nothing_is_given()
    {
        const string Text = "sysname X\n local-user a password irreversible-cipher ${NETCODE_SECRET_EXTERNAL_LOCAL_PASSWORD}\nsnmp-agent usm-user v3 n authentication-mode sha cipher ${NETCODE_SECRET_EXTERNAL_SNMP_AUTH_KEY}\n";
        var result = SecretFill.Fill(Text, "build/configs/X.cfg", name => name.EndsWith("LOCAL_PASSWORD", StringComparison.Ordinal) ? Value : null);

        Assert.Null(result.Text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NC6150", diagnostic.Code);
        Assert.Equal("build/configs/X.cfg:3:57", diagnostic.Span.ToString());
        Assert.Contains("NETCODE_SECRET_EXTERNAL_SNMP_AUTH_KEY is not set", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Value, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("line\nbreak")]
    [InlineData("ask?")]
    [InlineData("quo\"te")]
    [InlineData("密钥")]
    [InlineData("${NETCODE_SECRET_OTHER}")]
    [InlineData("")]
    public void A_value_a_config_line_cannot_carry_is_refused_and_never_printed(string value)
    {
        var result = SecretFill.Fill("enable secret ${NETCODE_SECRET_EXTERNAL_ENABLE_SECRET}\n", "X.cfg", _ => value);

        Assert.Null(result.Text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NC6150", "X.cfg:1:15"), (diagnostic.Code, diagnostic.Span.ToString()));
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_malformed_placeholder_is_refused_rather_than_left_in_the_config()
    {
        var result = SecretFill.Fill(" key ${NETCODE_SECRET_lower}\n", "X.cfg", _ => Value);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NC6150", "X.cfg:1:6"), (diagnostic.Code, diagnostic.Span.ToString()));
        Assert.Contains("${NETCODE_SECRET_lower}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Text);
    }

    [Fact]
    public void A_placeholder_is_the_variable_that_fills_it()
    {
        Assert.Equal("${NETCODE_SECRET_EXTERNAL_TACACS_KEY}", SecretPlaceholder.For("external_TACACS-KEY"));
        Assert.Throws<ArgumentException>(() => SecretPlaceholder.For("a b"));
        Assert.Equal("enable secret <masked>", SecretMask.Apply("enable secret ${NETCODE_SECRET_EXTERNAL_ENABLE_SECRET}"));
    }
}
