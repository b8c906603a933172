using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

public sealed class PortMatchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(443)]
    [InlineData(65535)]
    public void Neq_matches_every_port_but_its_own_at_the_ends_of_the_port_space_too(int port)
    {
        var match = PortMatch.Neq(port);
        Assert.False(match.Matches(port));
        foreach (var other in new[] { 0, 1, 442, 443, 444, 65534, 65535 }.Where(p => p != port))
        {
            Assert.True(match.Matches(other), $"neq {port} must match {other}");
        }
    }

    [Fact]
    public void Lt_0_and_gt_65535_match_no_port()
    {
        Assert.False(PortMatch.Lt(0).Matches(0));
        Assert.False(PortMatch.Gt(65535).Matches(65535));
    }
}
