using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Model;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>How one ACL's rules get their numbers: kept where unchanged, round where new, renumbered only where a gap is full.</summary>
public sealed class RuleNumberingTests
{
    private static readonly (long First, long Last) Vrp = (0, 4_294_967_294);
    private static readonly (long First, long Last) Comware = (0, 65_534);
    private static readonly (long First, long Last) Ios = (1, 2_147_483_647);

    [Fact]
    public void A_new_acl_steps_within_a_flow_and_starts_each_flow_at_a_round_thousand()
    {
        var (numbers, moved) = Assign(["a", "b", "c", "d"], [true, false, true, true], [], Vrp, 5);
        Assert.Equal([1000, 1005, 2000, 3000], numbers);
        Assert.Equal(0, moved);
        Assert.Equal([1000, 1010, 2000, 3000], Assign(["a", "b", "c", "d"], [true, false, true, true], [], Ios, 10).Numbers);
    }

    [Fact]
    public void A_small_range_spaces_flows_by_a_hundred_or_only_by_the_step()
    {
        var forty = Keys(40);
        Assert.Equal(100, Assign(forty, [.. forty.Select(_ => true)], [], Comware, 5).Numbers[0]);
        var thousand = Keys(1000);
        Assert.Equal([5, 10, 15], Assign(thousand, [.. thousand.Select(_ => true)], [], Comware, 5).Numbers[..3]);
    }

    [Fact]
    public void Unchanged_rules_keep_their_numbers_and_a_new_one_takes_a_round_number_between()
    {
        var (numbers, moved) = Assign(["a", "x", "b", "c"], [true, false, false, true], [new(1000, "a"), new(1005, "b"), new(2000, "c")], Vrp, 5);
        Assert.Equal([1000, 1002, 1005, 2000], numbers);
        Assert.Equal(0, moved);
    }

    [Fact]
    public void Rules_before_the_first_and_after_the_last_find_room()
    {
        var (numbers, _) = Assign(["x", "y", "a", "z"], [true, false, true, true], [new(1000, "a")], Vrp, 5);
        Assert.Equal([0, 200, 1000, 2000], numbers);
        Assert.Equal([200, 400, 1000], Assign(["x", "y", "a"], [true, false, true], [new(1000, "a")], Ios, 10).Numbers);
    }

    [Fact]
    public void A_full_gap_renumbers_the_fewest_neighbours_and_says_how_many()
    {
        var (numbers, moved) = Assign(["a", "x", "b", "c"], [true, true, true, true], [new(1, "a"), new(2, "b"), new(3, "c")], Vrp, 5);
        Assert.Equal(1, moved);
        Assert.True(numbers.Zip(numbers.Skip(1)).All(p => p.First < p.Second));
        Assert.Equal([2, 3], numbers[2..]);
    }

    [Fact]
    public void Two_rules_a_merge_gave_one_number_and_a_rule_that_moved_cost_only_themselves()
    {
        var merged = Assign(["a", "b", "c", "d"], [true, true, true, true], [new(1000, "a"), new(1002, "b"), new(1002, "c"), new(1005, "d")], Vrp, 5).Numbers;
        Assert.Equal(1000, merged[0]);
        Assert.Equal(1005, merged[3]);
        Assert.True(merged[1] == 1002 ^ merged[2] == 1002, "one of the two keeps 1002, the other gets a free number beside it");

        var moved = Assign(["c", "a", "b"], [true, true, true], [new(1000, "a"), new(2000, "b"), new(3000, "c")], Vrp, 5).Numbers;
        Assert.Equal([1000, 2000], moved[1..]);
        Assert.True(moved[0] < 1000);
    }

    [Fact]
    public void Rules_with_the_same_match_keep_their_numbers_in_turn()
    {
        Assert.Equal([10, 20], Assign(["a", "a"], [true, false], [new(10, "a"), new(20, "a")], Vrp, 5).Numbers);
    }

    [Fact]
    public void More_rules_than_the_range_holds_cannot_be_numbered()
    {
        Assert.Null(RuleNumbering.Assign(Keys(4), [true, true, true, true], [], (0, 2), 1));
    }

    private static string[] Keys(int count) => [.. Enumerable.Range(0, count).Select(i => $"rule {i}")];

    private static (long[] Numbers, int Moved) Assign(string[] rules, bool[] startsGroup, NumberedRule[] previous, (long First, long Last) range, int step)
    {
        var result = RuleNumbering.Assign(rules, startsGroup, previous, range, step);
        Assert.NotNull(result);
        Assert.True(result.Value.Numbers.Zip(result.Value.Numbers.Skip(1)).All(p => p.First < p.Second), "numbers must rise in first-match order");
        Assert.All(result.Value.Numbers, n => Assert.InRange(n, range.First, range.Last));
        return result.Value;
    }
}
