using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Collect;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>Shards split a plane's devices into disjoint parts whose union is the plane, whatever the inventory.</summary>
public sealed class ShardTests
{
    [Property(MaxTest = 200)]
    public Property Every_device_falls_in_exactly_one_shard_and_keeps_it_when_others_come_and_go(NonEmptyArray<NonEmptyString> names, PositiveInt shards)
    {
        var count = (shards.Get % 16) + 1;
        var hostnames = names.Get.Select(n => n.Get).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var all = Enumerable.Range(0, count).Select(i => new Shard(i, count)).ToList();
        return (hostnames.All(h => all.Count(s => s.Contains(h)) == 1)
                && hostnames.All(h => all.Single(s => s.Contains(h)) == all.Single(s => s.Contains(h.ToLowerInvariant()))))
            .ToProperty();
    }

    [Fact]
    public void Shards_of_a_real_plane_are_balanced_and_stable()
    {
        var hostnames = Enumerable.Range(1, 2000).Select(i => $"EXT-ACC-{i:0000}").ToList();
        var sizes = Enumerable.Range(0, 4).Select(i => hostnames.Count(h => new Shard(i, 4).Contains(h))).ToList();
        Assert.Equal(2000, sizes.Sum());
        Assert.All(sizes, size => Assert.InRange(size, 400, 600));
        Assert.True(new Shard(0, 1).Contains("ANY"));
    }

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void A_shard_is_i_of_n(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text, out _));

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/5000")]
    [InlineData(" 0/4")]
    public void Anything_else_is_refused_with_the_reason(string text)
    {
        Assert.Null(Shard.Parse(text, out var error));
        Assert.Contains("expected I/N", error, StringComparison.Ordinal);
    }
}
