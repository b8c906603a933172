using GovNet.NetCode.Dialects;
using GovNet.NetCode.FakeDevice;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// The fake device plays each registered dialect from rows of its own (<see cref="DialectCli"/>), kept
/// apart from the <see cref="Dialect"/> the collector uses so that fetch tests do not test the session
/// against itself. The two descriptions must still agree on the words the collector types and waits
/// for, so a new dialect fails here, by name, until the fake device can play it.
/// </summary>
public sealed class FakeDeviceDialectTests
{
    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void The_fake_device_answers_the_commands_the_dialects_session_sends(string id)
    {
        var session = DialectRegistry.Find(id)!.Session;
        var cli = DialectCli.For(id);

        Assert.Equal(session.DisablePaging, cli.DisablePaging);
        Assert.Equal(session.ShowConfiguration, cli.Show);
        Assert.Contains(session.Quit, cli.QuitWords);
        Assert.Matches(session.MorePrompt, cli.MoreMarker);
        Assert.Matches(session.ErrorReply, cli.ErrorReply);
    }
}
