using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>
/// Each dialect's patch knowledge (its PatchRules data) as typed: the lines that negate in their own
/// form, the lines replaced in place, and the ordering table (VLANs before the ports that use them,
/// ACLs before their binding, aggregates before their members, routes after the interfaces they
/// leave by; removals the other way round). Every patch here also closes the circle (<see cref="PatchHarness.One"/>).
/// </summary>
public sealed class DialectPatchRulesTests(ITestOutputHelper output)
{
    private const string Vrp = "EXT-ACC-FANGTA-01", Comware = "EXT-ACC-GA-01", Ios = "EXT-ACC-CZ-01";

    private DevicePatch Patch(string host, Func<string, string> intent)
    {
        var patch = PatchHarness.One(host, c => c, intent);
        output.WriteLine(patch.PatchText + patch.RollbackText);
        return patch;
    }

    [Theory]
    [InlineData("EXT-CORE-01", "interface GigabitEthernet2/0/0\n description [EXT] xinxi-zhongxin@public\n port link-type access\n port default vlan 101\n", "interface GigabitEthernet2/0/0\n undo port default vlan\n quit")]
    [InlineData(Comware, "interface GigabitEthernet1/0/1\n description [EXT] gongan@public\n port access vlan 113\n", "interface GigabitEthernet1/0/1\n undo port access vlan\n quit")]
    [InlineData(Ios, "interface GigabitEthernet1/0/1\n description [EXT] caizheng@public\n switchport mode access\n switchport access vlan 116\n", "interface GigabitEthernet1/0/1\n no switchport access vlan\n exit")]
    public void An_access_vlan_the_intent_drops_is_negated_without_its_number(string host, string port, string expected)
    {
        var vlanLine = port.Split('\n')[^2] + "\n";
        Assert.Equal(expected, PatchHarness.Body(Patch(host, c => DriftHarness.ReplaceFirst(c, port, port.Replace(vlanLine, string.Empty, StringComparison.Ordinal))).PatchText));
    }

    [Theory]
    [InlineData("EXT-CORE-01", "interface GigabitEthernet2/0/0\n description [EXT] xinxi-zhongxin@public\n", "quit")]
    [InlineData(Comware, "interface GigabitEthernet1/0/1\n description [EXT] gongan@public\n", "quit")]
    [InlineData(Ios, "interface GigabitEthernet1/0/1\n description [EXT] caizheng@public\n", "exit")]
    public void A_description_is_replaced_in_place_not_negated_first(string host, string port, string exit)
    {
        var header = port.Split('\n')[0];
        var patch = Patch(host, c => DriftHarness.ReplaceFirst(c, port, header + "\n description [EXT] renamed\n"));
        Assert.Equal($"{header}\n description [EXT] renamed\n {exit}", PatchHarness.Body(patch.PatchText));
        Assert.Equal(port + " " + exit, PatchHarness.Body(patch.RollbackText));
    }

    [Theory]
    [InlineData(Vrp, "vlan batch 100 148 248 999\n", "vlan batch 100 148 248 998 999\n", " port default vlan 148\n", " port default vlan 998\n", "vlan batch 998", "undo vlan batch 998")]
    [InlineData(Comware, "vlan 100\n", "vlan 998\n#\nvlan 100\n", " port access vlan 113\n", " port access vlan 998\n", "vlan 998", "undo vlan 998")]
    [InlineData(Ios, "vlan 100\n", "vlan 998\n!\nvlan 100\n", " switchport access vlan 116\n", " switchport access vlan 998\n", "vlan 998", "no vlan 998")]
    public void A_new_vlan_exists_before_a_port_joins_it_and_goes_after_the_port_leaves(string host, string vlans, string withNew, string access, string moved, string create, string remove)
    {
        var patch = Patch(host, c => DriftHarness.ReplaceFirst(DriftHarness.ReplaceFirst(c, vlans, withNew), access, moved));
        Assert.Equal(create, patch.Patch[0].Commands[0].Text);
        Assert.StartsWith("interface ", patch.Patch[1].Title, StringComparison.Ordinal);
        Assert.StartsWith("interface ", patch.Rollback[0].Title, StringComparison.Ordinal);
        Assert.Equal(remove, patch.Rollback[^1].Commands[0].Text);
    }

    [Theory]
    [InlineData("EXT-EGRESS-01", "acl number 3990\n rule 5 deny ip source any destination any", "interface GigabitEthernet0/0/2\n description [EXT] to EXT-CORE-01 GE2/0/47\n ip address 10.61.255.2 255.255.255.252\n", " traffic-filter inbound acl 3990\n", "undo acl number 3990")]
    [InlineData(Comware, "acl advanced 3900\n rule 5 deny ip source any destination any", "interface Vlan-interface100\n description [EXT] management\n ip address 10.61.0.23 255.255.255.0\n", " packet-filter 3900 inbound\n", "undo acl advanced 3900")]
    [InlineData(Ios, "ip access-list extended NC-TEST\n 10 deny ip any any", "interface Vlan100\n description [EXT] management\n ip address 10.61.0.22 255.255.255.0\n", " ip access-group NC-TEST in\n", "no ip access-list extended NC-TEST")]
    public void An_acl_exists_before_its_binding_and_goes_after_it(string host, string acl, string svi, string binding, string removal)
    {
        var patch = Patch(host, c => DriftHarness.ReplaceFirst(DriftHarness.InsertBeforeEnd(c, acl), svi, svi + binding));
        Assert.Equal([acl.Split('\n')[0], svi.Split('\n')[0]], PatchHarness.Titles(patch.Patch));
        Assert.Equal([svi.Split('\n')[0], removal], PatchHarness.Titles(patch.Rollback));
    }

    [Theory]
    [InlineData(Vrp, "interface Eth-Trunk1\n description [EXT] bundle", "interface GigabitEthernet0/0/1\n", " eth-trunk 1\n")]
    [InlineData(Comware, "interface Bridge-Aggregation1\n description [EXT] bundle", "interface GigabitEthernet1/0/1\n", " port link-aggregation group 1\n")]
    [InlineData(Ios, "interface Port-channel1\n description [EXT] bundle", "interface GigabitEthernet1/0/1\n", " channel-group 1 mode active\n")]
    public void An_aggregate_exists_before_its_members_join_and_goes_after_they_leave(string host, string aggregate, string member, string joins)
    {
        // Anchored at a line start: a global binding line (ip source binding … interface X) also ends in the member's name.
        var patch = Patch(host, c => DriftHarness.ReplaceFirst(DriftHarness.InsertBeforeEnd(c, aggregate), "\n" + member, "\n" + member + joins));
        var header = aggregate.Split('\n')[0];
        Assert.Equal([header, member.TrimEnd('\n')], PatchHarness.Titles(patch.Patch));
        Assert.Equal(member.TrimEnd('\n'), patch.Rollback[0].Title);
        Assert.EndsWith(header, patch.Rollback[^1].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Vrp, "interface LoopBack7\n ip address 10.61.7.1 255.255.255.0", "ip route-static 10.99.0.0 255.255.0.0 10.61.7.2")]
    [InlineData(Comware, "interface LoopBack7\n ip address 10.61.7.1 255.255.255.0", "ip route-static 10.99.0.0 16 10.61.7.2")]
    [InlineData(Ios, "interface Loopback7\n ip address 10.61.7.1 255.255.255.0", "ip route 10.99.0.0 255.255.0.0 10.61.7.2")]
    public void A_route_comes_after_the_interface_it_leaves_by_and_goes_before_it(string host, string loopback, string route)
    {
        var patch = Patch(host, c => DriftHarness.InsertBeforeEnd(c, route + "\n" + loopback));
        var header = loopback.Split('\n')[0];
        Assert.Equal([header, route], PatchHarness.Titles(patch.Patch));
        Assert.Equal(2, patch.Rollback.Length);
        Assert.Contains(route.Split(' ')[0], patch.Rollback[0].Title, StringComparison.Ordinal);
        Assert.EndsWith(header, patch.Rollback[1].Title, StringComparison.Ordinal);
    }
}
