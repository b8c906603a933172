using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Real H3C configs (the shared corpus, read in place) parse with their coverage reported, and give
/// the facts each device is known to hold.
/// </summary>
public sealed class H3cComwareParserRealConfigTests(ITestOutputHelper output)
{
    private static string CorpusFolder => RealConfigs.Folder("h3c-comware");

    [CorpusFact]
    public void Every_real_h3c_config_parses_and_reports_its_coverage()
    {
        if (!Directory.Exists(CorpusFolder))
        {
            output.WriteLine($"skipped: no corpus at {CorpusFolder}");
            return;
        }

        var files = Directory.EnumerateFiles(CorpusFolder, "*.cfg").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        output.WriteLine($"{"file",-62} {"lines",6} {"understood",10} {"unparsed fwd",12}");
        foreach (var file in files)
        {
            var facts = H3cComwareConfigParser.Parse(File.ReadAllText(file), Path.GetFileName(file));
            var forwarding = facts.Unparsed.Where(u => u.AffectsForwarding).ToList();
            output.WriteLine($"{Path.GetFileName(file),-62} {facts.ConfigLines,6} {facts.ConfigLines - facts.Unparsed.Length,10} {forwarding.Count,12}");
            foreach (var line in forwarding)
            {
                output.WriteLine($"    {line.Line,4} [{line.Section}] {line.Text}");
            }

            Assert.True(facts.ConfigLines > 0, file);
        }
    }

    [CorpusTheory]
    [InlineData("networktocode__netutils__parser-full-CW7.cfg")]
    [InlineData("networktocode__netutils__compliance-backup-CW7.cfg")]
    public void A_full_comware_7_config_yields_its_interfaces_vlans_acl_and_servers(string name)
    {
        if (Corpus(name) is not { } facts)
        {
            return;
        }

        Assert.Equal("NTC123456", facts.Hostname);
        Assert.True(facts.Complete);
        Assert.Equal([1, 101], facts.Vlans.Select(v => v.Id));

        var port = Interface(facts, "Ten-GigabitEthernet1/0/1");
        Assert.Equal(PortMode.Trunk, port.Mode);
        Assert.Equal([101, 102, 104, 105], port.TrunkVlans.ToArray());
        Assert.Equal(103, port.NativeVlan);
        Assert.Equal("Test-Port-1", port.Description);

        var loopback = Interface(facts, "LoopBack1");
        Assert.True(loopback.Loopback);
        Assert.Equal("192.0.2.1/32", Assert.Single(loopback.Addresses).ToString());
        var svi = Interface(facts, "Vlan-interface102");
        Assert.Equal(102, svi.SviVlan);
        Assert.True(svi.Shutdown);
        Assert.Equal(["NULL0", "LoopBack1", "Vlan-interface102", "Ten-GigabitEthernet1/0/1"], facts.Interfaces.Select(i => i.Name));

        // VPN bindings and VPN routes (printed one space in after a '#', not under 'line vty') are routing facts of their VPN instance.
        Assert.Contains(facts.Protocols.Bindings, b => b.Interface == "LoopBack1" && b.Vrf == "internal");
        Assert.Equal(["vpn1", "vpn2", "vpn2"], facts.Protocols.VrfRoutes.Select(r => r.Vrf));
        Assert.Empty(facts.Routes);

        var acl = Assert.Single(facts.Acls);
        Assert.Equal("1234", acl.Id);
        var rule = Assert.Single(acl.Rules);
        Assert.Equal((0, AclAction.Permit, Protocol.Tcp), (rule.Sequence!.Value, rule.Action, rule.Protocol));
        Assert.Equal(new AddressMatch(Ipv4Address.Parse("0.0.0.0"), 0xFFFFFF00u), rule.Destination);
        Assert.Equal([new PortRange(1000, 2000)], rule.DestinationPorts.Ranges.ToArray());
        Assert.Equal("hello world", rule.Remark);

        Assert.Equal(["192.0.2.11", "192.0.2.112"], Servers(facts, ManagementKind.Aaa));
        Assert.Equal(["192.0.2.132", "192.0.2.18", "192.0.2.195", "192.0.2.227"], Servers(facts, ManagementKind.Syslog));
        Assert.Equal(5, Servers(facts, ManagementKind.Dns).Count);
        Assert.Contains("192.0.2.10", Servers(facts, ManagementKind.Ntp));

        // The banner's text is not read as commands.
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.Contains("Unauthorized", StringComparison.Ordinal));
    }

    [CorpusFact]
    public void A_branch_router_yields_its_named_advanced_acl()
    {
        if (Corpus("networktocode__netutils__parser-branch-router.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal("HP-JKT-01", facts.Hostname);
        var acl = Assert.Single(facts.Acls);
        Assert.Equal("HPE", acl.Id);
        Assert.Equal([1, 2, 3], acl.Rules.Select(r => r.Sequence!.Value));
        Assert.All(acl.Rules, r => Assert.Equal((AclAction.Permit, Protocol.Ip), (r.Action, r.Protocol)));
        Assert.Equal(AddressMatch.Host(Ipv4Address.Parse("10.180.50.254")), acl.Rules[0].Source);
        Assert.Equal(AddressMatch.Host(Ipv4Address.Parse("10.1.0.249")), acl.Rules[0].Destination);
        Assert.Equal(new AddressMatch(Ipv4Address.Parse("10.180.50.0"), 127), acl.Rules[1].Source);
        Assert.Equal(AddressMatch.Host(Ipv4Address.Parse("10.2.4.62")), acl.Rules[2].Destination);

        // bgp is routing the facts do not hold; the motd banner is text, not commands.
        Assert.Contains(facts.Protocols.Processes, p => p.Protocol == RoutingProtocol.Bgp && p.Process == "65330");
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.Contains("WARNING", StringComparison.Ordinal));
        Assert.True(facts.Complete);
    }

    [CorpusFact]
    public void A_capture_with_pager_remnants_still_yields_its_interfaces()
    {
        if (Corpus("Kano-iso__h3c-netctrl__ztp-saved-config-pager-artifacts.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal("ztp-device", facts.Hostname);
        Assert.True(facts.Complete);
        Assert.Equal(48, facts.Interfaces.Count(i => i.Name.StartsWith("GigabitEthernet1/0/", StringComparison.Ordinal)));
        Assert.Contains(facts.Interfaces, i => i.Name == "GigabitEthernet1/0/45");
        Assert.Contains(facts.Interfaces, i => i.Name == "Ten-GigabitEthernet1/0/50");
        Assert.Equal(1, Interface(facts, "Vlan-interface1").SviVlan);
        Assert.Equal("192.168.100.177/24", Assert.Single(Interface(facts, "M-GigabitEthernet0/0/0").Addresses).ToString());
        Assert.All(facts.Interfaces.Where(i => i.Name.StartsWith("GigabitEthernet", StringComparison.Ordinal)), i => Assert.Equal((PortMode.Access, (int?)1), (i.Mode, i.AccessVlan)));
        Assert.DoesNotContain(facts.Unparsed, u => u.AffectsForwarding);
    }

    [CorpusFact]
    public void A_crlf_template_with_chinese_placeholders_reports_them_as_unparsed()
    {
        if (Corpus("Seraphim-lyx__WensIp__branch-router-template-zh.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal("router-2811", facts.Hostname);
        Assert.True(facts.Complete);
        Assert.Contains(facts.Routes, r => r.Prefix.ToString() == "10.11.0.0/16" && r.Interface == "Tunnel0" && r.NextHop is null);
        Assert.Contains(facts.Routes, r => r.Prefix.ToString() == "172.16.16.16/32" && r.NextHop.ToString() == "172.16.17.1");
        Assert.Contains(facts.Unparsed, u => u.AffectsForwarding && u.Text.StartsWith("ip route-static 0.0.0.0 0.0.0.0 公网网关", StringComparison.Ordinal));
        Assert.Contains(facts.Unparsed, u => u.AffectsForwarding && u.Text.StartsWith("ip address 内网段.254", StringComparison.Ordinal) && u.Section == "interface Ethernet0/0");
        Assert.Equal(["10.11.6.200/32"], facts.Acls.Single(a => a.Id == "2000").Rules.Take(1).Select(r => r.Source.ToString()));
        Assert.Contains(facts.Protocols.Unproven, u => u.Kind == UnprovenKind.AclAutoOrder && u.Text == "acl number 3100 match-order auto");
    }

    private DeviceFacts? Corpus(string name)
    {
        var path = Path.Combine(CorpusFolder, name);
        if (!File.Exists(path))
        {
            output.WriteLine($"skipped: {path} not found");
            return null;
        }

        return H3cComwareConfigParser.Parse(File.ReadAllText(path), name);
    }

    private static List<string> Servers(DeviceFacts facts, ManagementKind kind) =>
        [.. facts.Management.Where(m => m.Kind == kind).Select(m => m.Address.ToString()).Distinct().Order(StringComparer.Ordinal)];
}
