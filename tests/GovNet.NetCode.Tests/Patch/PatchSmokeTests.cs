using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Patch;

public sealed class PatchSmokeTests
{
    [Theory]
    [InlineData("EXT-CORE-01")]
    [InlineData("EXT-ACC-GA-01")]
    [InlineData("EXT-ACC-CZ-01")]
    [InlineData("EXT-DIST-01")]
    [InlineData("EXT-DIST-02")]
    [InlineData("INT-CORE-01")]
    [InlineData("EXT-EGRESS-01")]
    public void A_config_typed_back_from_its_tree_has_its_own_facts(string host)
    {
        var config = DriftHarness.Config(host);
        var dialect = DialectRegistry.Find(config.Vendor)!;
        var rendered = PatchNode.Render(PatchNode.Parse(dialect, config.Text, IgnorePatterns.None), dialect.PatchRules.Comment);
        Assert.Equal(PatchHarness.Facts(dialect, config.Text), PatchHarness.Facts(dialect, rendered));
    }
}
