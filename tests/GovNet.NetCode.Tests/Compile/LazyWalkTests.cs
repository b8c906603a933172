using GovNet.NetCode.Model;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

public sealed class LazyWalkTests
{
    // core → d1, d2; d1 → a1, a2; d2 → a2 (a second way in), a3; x is cut off.
    private static readonly Dictionary<string, string[]> Cables = new(StringComparer.Ordinal)
    {
        ["core"] = ["d1", "d2"],
        ["d1"] = ["core", "a1", "a2"],
        ["d2"] = ["core", "a2", "a3"],
        ["a1"] = ["d1"],
        ["a2"] = ["d1", "d2"],
        ["a3"] = ["d2"],
        ["x"] = [],
    };

    [Fact]
    public void It_walks_only_as_far_as_asked_and_records_the_first_way_in_as_a_full_walk_would()
    {
        var expanded = new List<string>();
        var walk = new LazyWalk<(string From, string To)>("core", host =>
        {
            expanded.Add(host);
            return Cables[host].Select(next => (next, (host, next)));
        });

        Assert.True(walk.Reaches("d2"));
        Assert.Equal(["core"], expanded);
        Assert.True(walk.Reaches("a2"));
        Assert.Equal(["core", "d1"], expanded);
        Assert.Equal(("d1", "a2"), walk.EnteredOver("a2"));
        Assert.Null(walk.EnteredOver("core"));
        Assert.True(walk.Reaches("a3"));
        Assert.Equal(("d2", "a3"), walk.EnteredOver("a3"));
        Assert.False(walk.Reaches("x"));
        Assert.Equal(["core", "d1", "d2", "a1", "a2", "a3"], expanded);
    }
}
