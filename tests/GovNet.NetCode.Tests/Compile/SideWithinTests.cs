using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// A segment's ACL cuts every flow direction to its subnet by <see cref="Side.Within(Ipv4Prefix)"/>;
/// that must give exactly the prefixes the general <see cref="Side.Within(IReadOnlyList{Ipv4Prefix})"/>
/// gives for a region of that one prefix, in the same order, and nothing where that is empty.
/// </summary>
public sealed class SideWithinTests
{
    /// <summary>Prefixes of one /16 from /12 to /32, so that sides and regions hold, lie inside and miss each other often.</summary>
    private static readonly Gen<Ipv4Prefix> Prefixes =
        Gen.Choose(0, 65535).SelectMany(low => Gen.Choose(12, 32).Select(length =>
            Ipv4Prefix.Containing(new Ipv4Address(0x0A000000u | (uint)low), length)));

    [Property(MaxTest = 3000)]
    public Property Within_one_prefix_equals_within_a_region_of_it() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Prefixes)), Arb.From(Prefixes), Arb.From(Gen.Elements(true, false)), (inside, region, collapsed) =>
        {
            var side = new Side(collapsed ? PrefixSet.Collapse(inside) : [.. inside], null);
            var general = side.Within([region]);
            var single = side.Within(region);
            Assert.Equal(general.IsEmpty, single.IsEmpty);
            Assert.Equal(general.Inside, single.Inside);
            Assert.Null(single.Outside);
        });

    [Fact]
    public void A_side_holding_the_region_gives_the_region_and_one_missing_it_nothing()
    {
        var side = new Side([Ipv4Prefix.Parse("10.1.0.0/16"), Ipv4Prefix.Parse("10.9.0.0/24")], null);
        Assert.Equal([Ipv4Prefix.Parse("10.1.2.0/24")], side.Within(Ipv4Prefix.Parse("10.1.2.0/24")).Inside);
        Assert.Same(Side.Nothing, side.Within(Ipv4Prefix.Parse("10.2.0.0/24")));
        Assert.Equal([Ipv4Prefix.Parse("10.9.0.0/24")], side.Within(Ipv4Prefix.Parse("10.8.0.0/15")).Inside);
    }
}
