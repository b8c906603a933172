using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>Every reference to something declared that names nothing suggests the closest declared name, when one is close.</summary>
public sealed class DidYouMeanTests
{
    private const string Flows = "policy/flows.yaml";
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";
    private const string Access = "inventory/devices/EXT-ACC-01.yaml";

    public static TheoryData<string, string, string, string> Typos() => new()
    {
        { Flows, "from unit:finance@public", "from unit:finanse@public", "did you mean 'finance'?" },
        { Flows, "from zone:office", "from zone:ofice", "did you mean 'office'?" },
        { Flows, "to service:int-oa", "to service:int-ao", "did you mean 'int-oa'?" },
        { Flows, "from unit:finance@public", "from unit:finance@pubic", "did you mean 'finance@public'?" },
        { Core, "\"upstream:city\"", "\"upstream:cty\"", "did you mean 'city'?" },
        { Access, "segment: center@dedicated", "segment: center@dedicatd", "did you mean 'center@dedicated'?" },
        { Core, "gateway-for: all", "gateway-for: [centre@public, center@dedicated]", "did you mean 'center@public'?" },
        { Core, "link: \"EXT-ACC-01:GigabitEthernet1/0/24\"", "link: \"EXT-ACC-1:GigabitEthernet1/0/24\"", "did you mean 'EXT-ACC-01'?" },
        { Core, "link: \"EXT-ACC-01:GigabitEthernet1/0/24\"", "link: \"EXT-ACC-01:GigabitEthernt1/0/24\"", "did you mean 'GigabitEthernet1/0/24'?" },
        { Core, "plane: external", "plane: extrenal", "did you mean 'external'?" },
        { Core, "vendor: huawei-vrp", "vendor: huawei-vpr", "did you mean 'huawei-vrp'?" },
        { "policy/services.yaml", "oa: { zone: public", "oa: { zone: pubilc", "did you mean 'public'?" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void A_misspelt_reference_suggests_the_declared_name(string file, string text, string typo, string suggestion)
    {
        using var repo = new MiniRepo().Replace(file, text, typo);
        var result = repo.Validate();
        Assert.True(result.Diagnostics.Any(d => d.Message.Contains(suggestion, StringComparison.Ordinal)), DiagnosticAssert.Describe(result));
    }

    [Fact]
    public void A_misspelt_device_in_the_collection_settings_suggests_the_hostname()
    {
        using var repo = new MiniRepo().With("inventory/collection.yaml", "devices:\n  - { hostname: EXT-CORE-1, port: 2222 }\n");
        var diagnostic = DiagnosticAssert.Reports(repo.Validate(), "NC7002", "inventory/collection.yaml", 2, 17);
        Assert.EndsWith("did you mean 'EXT-CORE-01'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_unlike_every_declared_one_gets_the_list_and_no_guess()
    {
        using var repo = new MiniRepo().Replace(Flows, "to service:oa", "to service:mail");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC4102", Flows, 2, 40);
        Assert.DoesNotContain("did you mean", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(declared: exchange, int-oa, oa)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("finanse", "finance")]
    [InlineData("FINANCE", "finance")]
    [InlineData("ao", "oa")]
    [InlineData("ab", null)]
    [InlineData("x", null)]
    [InlineData("office-buildings", "office-building")]
    [InlineData("transport", null)]
    public void Closest_is_near_enough_or_nothing(string typed, string? expected)
    {
        Assert.Equal(expected, Suggestions.Closest(typed, ["finance", "oa", "office-building", "public", "tax"]));
    }

    [Fact]
    public void A_tie_goes_to_the_name_that_sorts_first_whatever_the_declaration_order()
    {
        Assert.Equal("cat", Suggestions.Closest("bat", ["hat", "cat"]));
        Assert.Equal("cat", Suggestions.Closest("bat", ["cat", "hat"]));
    }

    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }
}
