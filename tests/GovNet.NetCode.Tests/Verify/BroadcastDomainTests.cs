using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Which VLANs a cable joins, on the mini network's trunk EXT-CORE-01 GE0/0/1 (Huawei, allow-pass
/// 100 110 201) ↔ EXT-ACC-01 GE1/0/24 (H3C, permit 100 110 201), with one end edited at a time.
/// Layer 3 finds next hops through these domains, so a VLAN joined wrongly hides or invents a path.
/// </summary>
public sealed class BroadcastDomainTests
{
    private const string Core = "EXT-CORE-01";
    private const string Access = "EXT-ACC-01";
    private const string AccessTrunk = " port trunk permit vlan 100 110 201\n";

    private static Layer2Domains Domains(string host, Func<string, string> edit)
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, host, edit);
        return new Layer2Domains(new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts));
    }

    private static bool Joined(Layer2Domains domains, int coreVlan, int accessVlan) =>
        domains.Find((Core, Layer2Domains.Key(coreVlan))) == domains.Find((Access, Layer2Domains.Key(accessVlan)));

    [Fact]
    public void A_trunk_joins_the_vlans_both_ends_allow_and_no_vlan_only_one_end_allows()
    {
        var domains = Domains(Access, t => VerifyHarness.Replace(t, AccessTrunk, " port trunk permit vlan 100 110\n"));

        Assert.True(Joined(domains, 100, 100));
        Assert.True(Joined(domains, 110, 110));
        Assert.False(Joined(domains, 201, 201));
        Assert.False(Joined(domains, 110, 100));
        var cable = Assert.Single(domains.Cables, c => c.Host == Core && c.FarHost == Access);
        Assert.Equal(("GigabitEthernet0/0/1", "GigabitEthernet1/0/24"), (cable.Port.Name, cable.FarPort.Name));
    }

    [Fact]
    public void A_routed_cable_joins_its_two_ports_and_each_routed_port_is_a_domain_of_its_own()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var input = new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts);
        var domains = new Layer2Domains(input);
        (string, string) Node(string host, string port) => (host, Layer2Domains.Untagged(input.Port(host, port)!));

        Assert.Equal(domains.Find(Node(Core, "GigabitEthernet0/0/2")), domains.Find(Node("EXT-EGRESS-01", "GigabitEthernet0/0/1")));
        Assert.NotEqual(domains.Find(Node(Core, "GigabitEthernet0/0/2")), domains.Find(Node(Core, "GigabitEthernet0/0/3")));
    }

    [Fact]
    public void A_trunk_allowing_all_vlans_joins_every_vlan_the_far_end_allows()
    {
        var domains = Domains(Access, t => VerifyHarness.Replace(t, AccessTrunk, " port trunk permit vlan all\n"));

        Assert.True(Joined(domains, 100, 100));
        Assert.True(Joined(domains, 201, 201));
        Assert.False(Joined(domains, 101, 101));
    }

    [Fact]
    public void Untagged_frames_go_into_the_native_vlan_at_each_end()
    {
        var plain = Domains(Access, t => t);
        Assert.True(Joined(plain, 1, 1));

        // The access end sends its PVID untagged; the core end puts untagged frames into its native VLAN 1.
        var native = Domains(Access, t => VerifyHarness.Replace(t, AccessTrunk, AccessTrunk + " port trunk pvid vlan 110\n"));
        Assert.True(Joined(native, 1, 110));
        Assert.False(Joined(native, 1, 1));
    }

    [Theory]
    [InlineData(Core, " port trunk allow-pass vlan 100 110 201\n")]
    [InlineData(Access, AccessTrunk)]
    public void A_cable_shut_at_either_end_joins_nothing(string host, string trunk)
    {
        var domains = Domains(host, t => VerifyHarness.Replace(t, trunk, trunk + " shutdown\n"));

        Assert.DoesNotContain(domains.Cables, c => c.Host == Access || c.FarHost == Access);
        Assert.False(Joined(domains, 100, 100));
        Assert.False(Joined(domains, 1, 1));
    }

    [Fact]
    public void A_cable_whose_far_port_the_config_lacks_joins_nothing()
    {
        var domains = Domains(Access, t => VerifyHarness.Replace(t,
            "interface GigabitEthernet1/0/24\n description [EXT] to EXT-CORE-01 GE0/0/1\n port link-type trunk\n undo port trunk permit vlan 1\n" + AccessTrunk, string.Empty));

        Assert.DoesNotContain(domains.Cables, c => c.Host == Access || c.FarHost == Access);
        Assert.False(Joined(domains, 110, 110));
    }
}
