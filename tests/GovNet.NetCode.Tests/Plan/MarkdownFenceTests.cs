using GovNet.NetCode.Report;
using Xunit;

namespace GovNet.NetCode.Tests.Plan;

/// <summary>Config text in plan and drift markdown sits in a fence no line of it can close.</summary>
public sealed class MarkdownFenceTests
{
    [Fact]
    public void Plain_config_text_gets_a_four_backtick_fence_and_one_closing_newline()
    {
        Assert.Equal("````text\ninterface X\n quit\n````\n", MarkdownFence.Block("text", "interface X\n quit\n"));
        Assert.Equal("````diff\n+ a\n````\n", MarkdownFence.Block("diff", "+ a"));
    }

    [Fact]
    public void A_description_holding_backticks_makes_the_fence_longer_than_its_longest_run()
    {
        var block = MarkdownFence.Block("text", "interface X\n description `````odd\n");
        Assert.StartsWith("``````text\n", block, StringComparison.Ordinal);
        Assert.EndsWith("\n``````\n", block, StringComparison.Ordinal);
    }
}
