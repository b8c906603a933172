using System.Text.RegularExpressions;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Tests.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Hosts;

/// <summary>Registered hosts compile to each dialect's bindings, and a binding removed on a device is drift the patch puts back.</summary>
public sealed class HostBindingTests
{
    private static string ConfigOf(string host)
    {
        using var repo = HostRepo.Create();
        return CompileHarness.CompileClean(CompileHarness.Model(repo.Write())).Single(c => c.Hostname == host).Text;
    }

    private static string Section(string config, string header) =>
        Regex.Match(config, $"^{Regex.Escape(header)}\n(?: .*\n)*", RegexOptions.Multiline).Value;

    [Fact]
    public void Huawei_binds_with_user_bind_and_checks_ip_and_arp_on_the_port()
    {
        var config = ConfigOf("EXT-CORE-01");
        Assert.Contains("#\ndhcp enable\n#\ndhcp snooping enable\nuser-bind static ip-address 10.61.1.30 mac-address 70f9-6d00-0001 interface GigabitEthernet0/0/10 vlan 101\n", config, StringComparison.Ordinal);
        var port = Section(config, "interface GigabitEthernet0/0/10");
        Assert.Contains(" ip source check user-bind enable\n arp anti-attack check user-bind enable\n", port, StringComparison.Ordinal);
        Assert.DoesNotContain("user-bind", Section(config, "interface GigabitEthernet0/0/11"), StringComparison.Ordinal);
        Assert.Contains(" dhcp snooping enable\n", Section(config, "vlan 101"), StringComparison.Ordinal);
        Assert.Contains(" dhcp snooping trusted\n", Section(config, "interface GigabitEthernet0/0/1"), StringComparison.Ordinal);
    }

    [Fact]
    public void H3c_binds_under_the_interface_and_detects_arp_in_the_vlan()
    {
        var config = ConfigOf("EXT-ACC-01");
        Assert.Contains("\ndhcp snooping enable\n", config, StringComparison.Ordinal);
        // Two hosts on one port (a PC and a printer behind a desk switch): both bound there, in address order.
        Assert.Contains(
            " ip source binding ip-address 10.61.110.21 mac-address 00e0-fc12-3401\n ip source binding ip-address 10.61.110.22 mac-address 00e0-fc12-3402\n ip verify source ip-address mac-address\n",
            Section(config, "interface GigabitEthernet1/0/1"), StringComparison.Ordinal);
        Assert.DoesNotContain("ip verify source", Section(config, "interface GigabitEthernet1/0/2"), StringComparison.Ordinal);
        Assert.Contains(" arp detection enable\n", Section(config, "vlan 110"), StringComparison.Ordinal);
        Assert.DoesNotContain("arp detection", Section(config, "vlan 201"), StringComparison.Ordinal);
        Assert.Contains(" dhcp snooping trust\n arp detection trust\n", Section(config, "interface GigabitEthernet1/0/24"), StringComparison.Ordinal);
    }

    [Fact]
    public void Cisco_binds_globally_with_snooping_and_arp_inspection_in_the_vlans()
    {
        var config = ConfigOf("INT-CORE-01");
        Assert.Contains(
            "ip dhcp snooping\nip dhcp snooping vlan 510\nip arp inspection vlan 510\nip source binding 3c97.0e11.2233 vlan 510 172.17.10.21 interface GigabitEthernet1/0/2\n",
            config, StringComparison.Ordinal);
        Assert.Contains(" ip verify source\n", Section(config, "interface GigabitEthernet1/0/2"), StringComparison.Ordinal);
        Assert.DoesNotContain("ip verify source", Section(config, "interface GigabitEthernet1/0/1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_registered_hosts_only_the_baseline_of_access_switches_snoops()
    {
        using var repo = new MiniRepo();
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repo.Write()));
        Assert.All(configs.Where(c => c.Hostname != "EXT-ACC-01"), c => Assert.DoesNotContain("snooping", c.Text, StringComparison.Ordinal));
        var access = configs.Single(c => c.Hostname == "EXT-ACC-01").Text;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(access, "^dhcp snooping enable$", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.DoesNotContain("ip source binding", access, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EXT-ACC-FANGTA-01", @"^user-bind static .*\n", Difference.GlobalSection)]
    [InlineData("EXT-ACC-GA-01", @"^ ip source binding .*\n", "interface GigabitEthernet1/0/1")]
    [InlineData("EXT-ACC-CZ-01", @"^ip source binding .*\n", Difference.GlobalSection)]
    public void A_binding_removed_on_the_device_is_missing_drift_and_the_patch_binds_again(string host, string pattern, string section)
    {
        var binding = Regex.Match(DriftHarness.Config(host).Text, pattern, RegexOptions.Multiline).Value;
        Assert.NotEmpty(binding);
        string Unbind(string config) => DriftHarness.ReplaceFirst(config, binding, string.Empty);

        var differences = DriftHarness.CheckOne(host, Unbind).Devices.SelectMany(d => d.Differences).ToList();
        var difference = Assert.Single(differences);
        Assert.Equal((DriftKind.Missing, section), (difference.Kind, difference.Section));
        Assert.Equal(binding.TrimEnd('\n'), Assert.Single(difference.Intended).Text);

        var patch = PatchHarness.One(host, Unbind);
        Assert.Contains(binding.Trim(), patch.PatchText, StringComparison.Ordinal);
    }
}
