using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

public sealed class DeterminismTests
{
    [Fact]
    public void Compiling_twice_gives_the_same_bytes_with_lf_line_ends_and_no_trailing_spaces()
    {
        var model = CompileHarness.Model(NetcodeProcess.RepositoryRoot());
        var first = CompileHarness.CompileClean(model);
        var second = CompileHarness.CompileClean(CompileHarness.Model(NetcodeProcess.RepositoryRoot()));
        Assert.Equal(first.Select(c => (c.Hostname, c.Sha256)), second.Select(c => (c.Hostname, c.Sha256)));
        foreach (var config in first)
        {
            Assert.DoesNotContain('\r', config.Text);
            Assert.DoesNotContain(config.Text.Split('\n'), line => line.EndsWith(' '));
            Assert.EndsWith("\n", config.Text, StringComparison.Ordinal);
            Assert.All(config.Text, c => Assert.True(c == '\n' || (c >= ' ' && c <= '~'), $"{config.Hostname}: character U+{(int)c:X4} is not printable ASCII"));
        }
    }
}
