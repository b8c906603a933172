using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Vlans;

/// <summary>Two segments on VLAN 300 behind separate gateways: each device names its own, and the verifier keeps them apart until a trunk joins them.</summary>
public sealed class VlanReuseCompileVerifyTests
{
    private const string Trunk = "interface GigabitEthernet0/0/9\n";
    private const string NoVlan1 = " undo port trunk allow-pass vlan 1\n";

    /// <summary>The reuse network with a <c>vlans: auto</c> trunk between the distribution switches, which then carries nothing.</summary>
    private static MiniRepo WithIdleTrunk() => VlanReuseRepo.Create()
        .Replace(VlanReuseRepo.WaterDistribution, "interfaces:\n", "interfaces:\n  - { name: GigabitEthernet0/0/9, link: \"EXT-DIST-03:GigabitEthernet0/0/9\", mode: trunk, vlans: auto }\n")
        .Replace(VlanReuseRepo.ForestDistribution, "interfaces:\n", "interfaces:\n  - { name: GigabitEthernet0/0/9, link: \"EXT-DIST-02:GigabitEthernet0/0/9\", mode: trunk, vlans: auto }\n");

    private static bool Joined(Layer2Domains domains) =>
        domains.Find(("EXT-DIST-02", Layer2Domains.Key(300))) == domains.Find(("EXT-DIST-03", Layer2Domains.Key(300)));

    [Fact]
    public void Each_gateway_names_VLAN_300_after_its_own_segment_and_no_trunk_to_the_core_carries_it()
    {
        using var repo = VlanReuseRepo.Create();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        string Config(string host) => File.ReadAllText(Path.Combine(folder, host + ".cfg"));

        Assert.Contains("vlan 300\n name water-dedicated\n description [EXT] water@dedicated\n", Config("EXT-DIST-02"), StringComparison.Ordinal);
        Assert.Contains("vlan 300\n name forest-dedicated\n description [EXT] forest@dedicated\n", Config("EXT-DIST-03"), StringComparison.Ordinal);
        var core = Config("EXT-CORE-01");
        Assert.DoesNotContain("vlan 300\n", core, StringComparison.Ordinal);
        Assert.DoesNotContain(" 300\n", core.Split('\n').Where(l => l.Contains("allow-pass", StringComparison.Ordinal)).Select(l => l + "\n"));
    }

    [Fact]
    public void No_unit_is_named_as_the_owner_of_a_VLAN_number_two_units_share()
    {
        using var repo = VlanReuseRepo.Create();
        var (context, _) = VerifyHarness.Compiled(repo.Write());
        var owner = GovNet.NetCode.Model.VlanOwners.Of(context.Model, "external");

        Assert.Null(owner(300));
    }

    [Fact]
    public void The_two_VLAN_300s_are_two_broadcast_domains_and_the_network_verifies_clean()
    {
        using var repo = WithIdleTrunk();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var input = new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts);

        Assert.False(Joined(new Layer2Domains(input)));
        var result = Verifier.Run(context, folder, "configs");
        Assert.True(result.Errors == 0, string.Join('\n', result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message)));
    }

    [Fact]
    public void A_trunk_that_carries_VLAN_300_between_them_makes_one_broadcast_domain()
    {
        using var repo = WithIdleTrunk();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        foreach (var host in new[] { "EXT-DIST-02", "EXT-DIST-03" })
        {
            VerifyHarness.Edit(folder, host, text =>
            {
                var at = text.IndexOf(NoVlan1, text.IndexOf(Trunk, StringComparison.Ordinal), StringComparison.Ordinal) + NoVlan1.Length;
                return text[..at] + " port trunk allow-pass vlan 300\n" + text[at..];
            });
        }

        var input = new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts);
        Assert.True(Joined(new Layer2Domains(input)));
    }
}
