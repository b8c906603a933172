using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>
/// Drift the table's order would patch through a window in the planes: the patch stage reorders it
/// (make before break) so every state on the way verifies as clean as the first and the last, and
/// where no order it may take avoids the window, it names the step and what it opens. Each order is
/// walked again here, step by step with the verifier (<see cref="PatchHarness.Opened"/>), apart from the stage's own check.
/// </summary>
public sealed class MakeBeforeBreakTests(ITestOutputHelper output)
{
    private const string Egress = "EXT-EGRESS-01", Core = "EXT-CORE-01";

    private const string Internet = "interface GigabitEthernet0/0/1\n description [EXT] to internet\n ip address 203.0.113.2 255.255.255.252\n traffic-filter inbound acl 3999\n traffic-filter outbound acl 3998\n";
    private const string Inside = "interface GigabitEthernet0/0/2\n description [EXT] to EXT-CORE-01 GE2/0/47\n ip address 10.61.255.2 255.255.255.252\n";

    /// <summary>The intent moves the egress's filter towards the internet from its uplink (outbound) to its inside port (inbound).</summary>
    private static string FilterMovedInside(string config) =>
        DriftHarness.ReplaceFirst(
            DriftHarness.ReplaceFirst(config, Internet, Internet.Replace(" traffic-filter outbound acl 3998\n", string.Empty, StringComparison.Ordinal)),
            Inside,
            Inside + " traffic-filter inbound acl 3998\n");

    private static readonly Dictionary<string, Func<string, string>> None = [];

    [Fact]
    public void A_filter_moved_to_another_port_is_bound_there_before_it_is_unbound_here()
    {
        var intent = new Dictionary<string, Func<string, string>> { [Egress] = FilterMovedInside };
        var (intended, running) = PatchHarness.Texts(intent, None);

        var naive = Assert.Single(PatchHarness.Network(intent, None, verifySteps: false).Devices);
        var result = PatchHarness.Network(intent, None);
        var patch = Assert.Single(result.Devices);
        output.WriteLine(patch.PatchText + patch.RollbackText);

        // The table's order unbinds first: undeclared packets reach the internet until the second step.
        Assert.Equal(["interface GigabitEthernet0/0/1", "interface GigabitEthernet0/0/2"], PatchHarness.Titles(naive.Patch));
        var window = PatchHarness.Opened(Egress, naive.Patch, running, intended[Egress]);
        Assert.Contains(window, w => w.Step == 1 && w.Finding.Property == "P2");

        Assert.Equal(["interface GigabitEthernet0/0/2", "interface GigabitEthernet0/0/1"], PatchHarness.Titles(patch.Patch));
        Assert.Contains("interface GigabitEthernet0/0/2\n traffic-filter inbound acl 3998\n quit\n# step 2: interface GigabitEthernet0/0/1\ninterface GigabitEthernet0/0/1\n undo traffic-filter outbound\n", patch.PatchText, StringComparison.Ordinal);
        Assert.Empty(PatchHarness.Opened(Egress, patch.Patch, running, intended[Egress]));

        // Back again the same way round: the filter is bound on the uplink before it leaves the inside port.
        Assert.Equal(["interface GigabitEthernet0/0/1", "interface GigabitEthernet0/0/2"], PatchHarness.Titles(patch.Rollback));
        Assert.Empty(PatchHarness.Opened(Egress, patch.Rollback, intended, running[Egress]));

        var moved = Assert.Single(result.Moved, m => m.Direction == PatchDirection.Patch);
        Assert.Equal((Egress, 1, "interface GigabitEthernet0/0/2"), (moved.Hostname, moved.Step, moved.Title));
        Assert.Contains("typed before EXT-EGRESS-01 'interface GigabitEthernet0/0/1', which would open: P2", moved.Why, StringComparison.Ordinal);
        Assert.Empty(result.Unsafe);
    }

    [Fact]
    public void A_link_renumbered_at_both_ends_has_no_safe_order_back_and_the_step_and_what_it_opens_are_named()
    {
        var result = PatchHarness.Network(None, PatchHarness.LinkRenumbered);
        foreach (var device in result.Devices)
        {
            output.WriteLine(device.PatchText + device.RollbackText);
        }

        Assert.Equal([Core, Egress], result.Devices.Select(d => d.Hostname));

        // Towards the policy an order exists: the egress takes its old address back before the core's route returns to it.
        Assert.DoesNotContain(result.Unsafe, u => u.Direction == PatchDirection.Patch);
        var moved = Assert.Single(result.Moved, m => m.Direction == PatchDirection.Patch);
        Assert.Equal((Egress, 1), (moved.Hostname, moved.Step));
        Assert.Contains($"typed before {Core} 'ip route-static 0.0.0.0 0.0.0.0 10.61.255.2", moved.Why, StringComparison.Ordinal);

        // Back to the renumbered link none does: the core's route to .6 comes before the egress holds .6, or the egress leaves .2 the route still uses.
        Assert.NotEmpty(result.Unsafe);
        Assert.All(result.Unsafe, u => Assert.Equal(PatchDirection.Rollback, u.Direction));
        var first = result.Unsafe[0];
        Assert.Equal((Core, 2, "ip route-static 0.0.0.0 0.0.0.0 10.61.255.6 description 2-destinations"), (first.Hostname, first.Step, first.Title));
        Assert.Contains(first.Opens, f => f.Property == "P2" && f.Message.Contains("to next hop 10.61.255.6, which no inventoried device owns", StringComparison.Ordinal));
        Assert.Contains(first.Opens, f => f.Property == "P1");
    }

    // Inside one section the commands go tightening first: a permit leaves before the deny above it, a VLAN leaves a trunk before another joins.
    private const string Vrp = "EXT-EGRESS-01", Comware = "EXT-ACC-GA-01", Ios = "EXT-ACC-CZ-01";

    [Fact]
    public void Vrp_a_deny_and_the_permit_it_shadows_leave_permit_first()
    {
        const string header = "acl number 3998\n description [EXT] out to internet on GE0/0/1\n";
        var patch = PatchHarness.One(Vrp, c => DriftHarness.ReplaceFirst(c, header, header + " rule 1 deny ip source 10.61.1.0 0.0.0.255 destination any\n rule 2 permit ip source 10.61.1.0 0.0.0.255 destination any\n"));
        Assert.Contains("acl number 3998\n undo rule 2\n undo rule 1\n quit\n", patch.PatchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Comware_a_deny_and_the_permit_it_shadows_leave_permit_first()
    {
        const string header = "acl advanced 3900\n", acl = header + " rule 10 deny ip source any destination any\n";
        static string Intent(string c) => DriftHarness.InsertBeforeEnd(c, acl.TrimEnd('\n'));
        var patch = PatchHarness.One(Comware, c => DriftHarness.ReplaceFirst(Intent(c), header, header + " rule 1 deny ip source 10.61.1.0 0.0.0.255 destination any\n rule 2 permit ip source 10.61.1.0 0.0.0.255 destination any\n"), Intent);
        Assert.Contains("acl advanced 3900\n undo rule 2\n undo rule 1\n quit\n", patch.PatchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Ios_a_deny_and_the_permit_it_shadows_leave_permit_first()
    {
        const string acl = "ip access-list extended NC-TEST\n 30 deny ip any any\n";
        static string Intent(string c) => DriftHarness.InsertBeforeEnd(c, acl.TrimEnd('\n'));
        var patch = PatchHarness.One(Ios, c => DriftHarness.ReplaceFirst(Intent(c), "NC-TEST\n", "NC-TEST\n 10 deny ip 10.61.1.0 0.0.0.255 any\n 20 permit ip 10.61.1.0 0.0.0.255 any\n"), Intent);
        Assert.Contains("ip access-list extended NC-TEST\n no 20\n no 10\n exit\n", patch.PatchText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EXT-ACC-FANGTA-01", " port trunk allow-pass vlan 100 148 248\n", " port trunk allow-pass vlan 100 147 248\n", " undo port trunk allow-pass vlan 147\n port trunk allow-pass vlan 148\n")]
    [InlineData(Comware, " port trunk permit vlan 100 113 213\n", " port trunk permit vlan 100 111 213\n", " undo port trunk permit vlan 111\n port trunk permit vlan 113\n")]
    [InlineData(Ios, " switchport trunk allowed vlan 100,116,216\n", " switchport trunk allowed vlan 100,115,216\n", " switchport trunk allowed vlan remove 115\n switchport trunk allowed vlan add 116\n")]
    public void A_trunk_carrying_another_vlan_drops_it_before_it_takes_the_right_one(string host, string line, string swapped, string expected)
    {
        var patch = PatchHarness.One(host, c => DriftHarness.ReplaceFirst(c, line, swapped));
        Assert.Contains(expected, patch.PatchText, StringComparison.Ordinal);
    }
}
