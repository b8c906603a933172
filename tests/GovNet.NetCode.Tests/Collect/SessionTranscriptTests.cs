using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>Reading a config out of what a device printed: pager and erase sequences removed, errors and truncation refused.</summary>
public sealed class SessionTranscriptTests
{
    private static SessionProfile Profile(string dialect) => DialectRegistry.Find(dialect)!.Session;

    [Theory]
    [InlineData("huawei-vrp", "#\nsysname A\n  ---- More ----\u001b[42D                                          \u001b[42D interface Vlanif1\nreturn\n", "#\nsysname A\n interface Vlanif1\nreturn\n")]
    [InlineData("h3c-comware", "\r\n#\r\n sysname A\r\n  ---- More ----\u001b[42D                                          \u001b[42D#\r\nreturn", "#\n sysname A\n#\nreturn\n")]
    [InlineData("cisco-ios", "Building configuration...\n\nhostname A\n --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b!\nend\n", "Building configuration...\n\nhostname A\n!\nend\n")]
    public void Pager_markers_and_erase_sequences_are_removed(string dialect, string reply, string config)
    {
        var (text, failure) = SessionTranscript.Extract(reply, Profile(dialect));

        Assert.Null(failure);
        Assert.Equal(config, text);
    }

    [Theory]
    [InlineData("huawei-vrp", "#\nsysname A\n#\ninterface GigabitEthernet0/0/1\n", "incomplete config: it does not end with 'return'")]
    [InlineData("cisco-ios", "hostname A\n!\ninterface Gi1/0/1\n", "incomplete config: it does not end with 'end'")]
    [InlineData("huawei-vrp", "Error: Unrecognized command found at '^' position.\n", "error reply to 'display current-configuration': Error: Unrecognized command found at '^' position.")]
    [InlineData("h3c-comware", "                ^\n % Unrecognized command found at '^' position.\n", "error reply to 'display current-configuration': % Unrecognized command found at '^' position.")]
    [InlineData("cisco-ios", "                ^\n% Invalid input detected at '^' marker.\n", "error reply to 'show running-config': % Invalid input detected at '^' marker.")]
    public void Truncated_configs_and_error_replies_are_refused(string dialect, string reply, string failure)
    {
        var (text, why) = SessionTranscript.Extract(reply, Profile(dialect));

        Assert.Null(text);
        Assert.Equal(failure, why);
    }

    [Fact]
    public void Every_dialect_has_a_session_profile_whose_prompt_its_fake_device_shows()
    {
        Assert.All(DialectRegistry.All, d =>
        {
            Assert.Matches(d.Session.Prompt, "\n" + FakeDevice.DialectCli.For(d.Id).Prompt("EXT-CORE-01"));
            Assert.DoesNotMatch(d.Session.Prompt, "\n interface GigabitEthernet0/0/1");
        });
    }
}
