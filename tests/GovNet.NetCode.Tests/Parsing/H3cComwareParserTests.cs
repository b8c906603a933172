using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The H3C Comware parser reads back exactly what the compiler decided for both repositories with
/// every device turned into an H3C one, so that gateways, ACLs, routed ports and routes are covered
/// (the golden and mini-repository configs are the registry-wide oracle's, <see cref="FactsVersusViewTests"/>),
/// and reads sections, unknown lines and captures as Comware means them. Real configs, ports, ACLs
/// and routes are the other H3cComwareParser*Tests.
/// </summary>
public sealed class H3cComwareParserTests
{
    private const string Vendor = "h3c-comware";

    [Fact]
    public void The_mini_repository_with_every_device_h3c_parses_back_gateways_acls_and_routes()
    {
        using var repo = AllH3c(new MiniRepo());
        AssertRoundTrip(repo.Write(), expectH3c: 4);
    }

    [Fact]
    public void The_example_repository_with_every_device_h3c_parses_back_gateways_acls_and_routes()
    {
        using var repo = new MiniRepo();
        foreach (var path in MiniRepo.DefaultFiles.Keys)
        {
            repo.Without(path);
        }

        var root = NetcodeProcess.RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "policy"), "*.yaml", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "inventory"), "*.yaml", SearchOption.AllDirectories)))
        {
            repo.With(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file));
        }

        AssertRoundTrip(AllH3c(repo).Write(), expectH3c: 29);
    }

    [Fact]
    public void Comware_5_global_lines_after_a_separator_are_not_children_of_the_section_before_it()
    {
        var facts = H3cComwareConfigParser.Parse("""
            interface NULL0
            #
             ip route-static 10.0.0.0 255.0.0.0 192.0.2.1
             sysname EDGE
            #
            return
            """, "t.cfg");

        Assert.Equal("EDGE", facts.Hostname);
        Assert.Equal("10.0.0.0/8", Assert.Single(facts.Routes).Prefix.ToString());
        Assert.Empty(facts.Unparsed);
    }

    [Fact]
    public void Harmless_commands_are_recognised_and_unknown_ones_say_whether_they_touch_forwarding()
    {
        var facts = H3cComwareConfigParser.Parse("""
            undo telnet server enable
            line vty 0 63
             authentication-mode scheme
            interface GigabitEthernet1/0/1
             port link-mode bridge
             combo enable fiber
             stp edged-port
             port link-aggregation group 1
             mac-vlan enable
            vlan 20
             port GigabitEthernet1/0/2
            acl number 4000
             rule 0 permit source-mac 0001-0002-0003 ffff-ffff-ffff
            pim
             area 0
            mystery-feature on
            """, "t.cfg");

        Assert.Equal(
            [
                (9, "mac-vlan enable", "interface GigabitEthernet1/0/1", true),
                (11, "port GigabitEthernet1/0/2", "vlan 20", true),
                (12, "acl number 4000", "global", true),
                (13, "rule 0 permit source-mac 0001-0002-0003 ffff-ffff-ffff", "acl number 4000", true),
                (14, "pim", "global", true),
                (15, "area 0", "pim", true),
                (16, "mystery-feature on", "global", false),
            ],
            facts.Unparsed.Select(u => (u.Line, u.Text, u.Section, u.AffectsForwarding)));
        Assert.Equal((16, 9), (facts.ConfigLines, facts.ConfigLines - facts.Unparsed.Length));
        Assert.Equal("Bridge-Aggregation1", facts.Interfaces.Single().Aggregate);
        Assert.Empty(facts.Acls);
    }

    [Fact]
    public void Captures_keep_their_line_numbers_through_prompts_banners_and_pager_remnants()
    {
        var facts = H3cComwareConfigParser.Parse(
            "<H3C>display current-configuration\r\n#\r\n sysname 核心交换机\r\n#\r\nheader motd #\r\nvlan 99\r\n interface Evil1\r\n#\r\n" +
            "               interface GigabitEthernet1/0/1\r\n                port access vlan 10\r\n  ---- More ----\u001b[16D                \u001b[16D port link-type access\r\n#\r\nvlan 10 to 12\r\n#\r\nreturn\r\n<H3C>",
            "t.cfg");

        Assert.Equal("核心交换机", facts.Hostname);
        Assert.Equal([10, 11, 12], facts.Vlans.Select(v => v.Id));
        var port = Assert.Single(facts.Interfaces);
        Assert.Equal(("GigabitEthernet1/0/1", 9, PortMode.Access, 10), (port.Name, port.Line, port.Mode, port.AccessVlan));
        Assert.True(facts.Complete);
        Assert.Empty(facts.Unparsed);
    }

    /// <summary>Compiles the repository and parses every H3C config it renders, against its view.</summary>
    private static void AssertRoundTrip(string repositoryRoot, int expectH3c)
    {
        var views = CompileHarness.ViewsByHostname(CompileHarness.Model(repositoryRoot));
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repositoryRoot)).Where(c => c.Vendor == Vendor).ToList();
        Assert.Equal(expectH3c, configs.Count);
        var failures = configs.SelectMany(c => Check(views[c.Hostname], c.Text, c.FileName)).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static IEnumerable<string> Check(DeviceView view, string text, string file) =>
        FactsMatchView.Differences(view, H3cComwareConfigParser.Parse(text, file)).Select(d => $"{file}: {d}");

    /// <summary>Every device becomes an H3C one; Huawei and Cisco 10GE names become Comware's.</summary>
    private static MiniRepo AllH3c(MiniRepo repo)
    {
        var root = repo.Write();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "inventory"), "*.yaml", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            repo.With(path, repo.Text(path)
                .Replace("vendor: huawei-vrp", "vendor: h3c-comware", StringComparison.Ordinal)
                .Replace("vendor: cisco-ios", "vendor: h3c-comware", StringComparison.Ordinal)
                .Replace("XGigabitEthernet", "Ten-GigabitEthernet", StringComparison.Ordinal)
                .Replace("TenGigabitEthernet", "Ten-GigabitEthernet", StringComparison.Ordinal));
            repo.With(path, System.Text.RegularExpressions.Regex.Replace(repo.Text(path), @"(?m)^nat-pool:.*\n", string.Empty));
        }

        // Comware egress templates write no NAT yet (NC5407), so the example's published portal is left unpublished here.
        if (File.Exists(Path.Combine(root, "policy", "services.yaml")))
        {
            repo.With("policy/services.yaml", System.Text.RegularExpressions.Regex.Replace(repo.Text("policy/services.yaml"), @", public: [0-9.]+", string.Empty));
        }

        return repo;
    }
}
