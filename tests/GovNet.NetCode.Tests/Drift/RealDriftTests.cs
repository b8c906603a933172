using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>
/// The drift examples of the shared corpus (pybatfish's reference and snapshot configs of the same
/// routers): every change found, in its section, and nothing else.
/// </summary>
public sealed class RealDriftTests
{
    private static readonly Dialect Ios = DialectRegistry.Find("cisco-ios")!;

    private static List<Difference> Drift(string router)
    {
        string Read(string kind) => File.ReadAllText(Path.Combine(RealConfigs.Folder("cisco-ios"), $"batfish__pybatfish__drift-{kind}-{router}.cfg"));
        return [.. ConfigComparer.Compare(router, Ios, Read("reference"), Read("snapshot"), IgnorePatterns.None)];
    }

    private static string Describe(IEnumerable<Difference> differences) =>
        string.Join('\n', differences.Select(d => $"{d.Kind} [{d.Section}] -{string.Join(" | ", d.Intended.Select(l => l.Text))} +{string.Join(" | ", d.Running.Select(l => l.Text))} widening={AccessWidening.Reason(d, Ios)}"));

    [CorpusFact]
    public void A_port_shut_down_with_its_address_and_acl_bindings_commented_out()
    {
        var differences = Drift("as2border2");

        Assert.True(differences.Count > 0, "no drift found");
        Assert.All(differences, d => Assert.StartsWith("interface ", d.Section, StringComparison.Ordinal));
        var text = Describe(differences);
        Assert.Contains("ip access-group OUTSIDE_TO_INSIDE in", text, StringComparison.Ordinal);
        Assert.Contains("+ shutdown", text, StringComparison.Ordinal);
        Assert.Contains(differences, d => AccessWidening.Reason(d, Ios) is { } why && why.StartsWith("ACL binding removed", StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Two_descriptions_added_are_two_low_unexpected_lines()
    {
        var differences = Drift("as2core1");

        Assert.Equal(2, differences.Count);
        Assert.All(differences, d => Assert.Equal((DriftKind.Unexpected, null), (d.Kind, AccessWidening.Reason(d, Ios))));
        Assert.All(differences, d => Assert.StartsWith(" description \"To as2border", Assert.Single(d.Running).Text, StringComparison.Ordinal));
    }

    [CorpusFact]
    public void A_renamed_peer_group_an_added_acl_entry_and_an_added_route_map_clause()
    {
        var differences = Drift("as2dist1");
        var text = Describe(differences);

        Assert.Contains(differences, d => d.Section == Difference.GlobalSection && d.Kind == DriftKind.Unexpected
            && d.Running.Single().Text == "access-list 102 permit tcp host 2.128.0.0 host 255.255.0.0"
            && AccessWidening.Reason(d, Ios) is { } why && why.StartsWith("ACL permits what policy does not", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Section == "route-map dept_to_as2dist permit 200" && d.Kind == DriftKind.Unexpected);
        Assert.True(text.Contains("neighbor dept2 peer-group", StringComparison.Ordinal), text);
    }

    [CorpusFact]
    public void Three_prefix_list_entries_added()
    {
        var differences = Drift("as3border1");

        Assert.Equal(3, differences.Count);
        Assert.All(differences, d => Assert.Equal((DriftKind.Unexpected, Difference.GlobalSection), (d.Kind, d.Section)));
        Assert.All(differences, d => Assert.StartsWith("ip prefix-list bogons seq ", Assert.Single(d.Running).Text, StringComparison.Ordinal));
    }
}
