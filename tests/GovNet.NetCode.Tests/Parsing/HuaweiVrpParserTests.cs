using System.Text.Json;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Tests.Support;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;
using static GovNet.NetCode.Tests.Parsing.HuaweiVrpText;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The Huawei VRP parser: a generated config read back through a captured session keeps its facts,
/// and sections, unknown lines and hostile input are read as VRP means them. Real configs, ports,
/// ACLs and routes are the other HuaweiVrpParser*Tests.
/// </summary>
public sealed class HuaweiVrpParserTests
{
    private static string GoldenFolder => Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");

    // ---- round trip: the compiler's decisions come back from its own output --------------------

    // The round trip of generated configs (golden and mini repo) is FactsVersusViewTests, over every dialect.

    [Fact]
    public void A_generated_config_keeps_its_facts_with_CRLF_line_ends_prompts_and_NUL_padding()
    {
        var (hostname, path) = HuaweiGoldenFiles().First();
        var text = File.ReadAllText(path);
        var captured = $"<{hostname}>display current-configuration\r\n" + text.Replace("\n", "\r\n", StringComparison.Ordinal) + $"<{hostname}>\0\0\0";

        var plain = HuaweiVrpConfigParser.Parse(text, path);
        var facts = HuaweiVrpConfigParser.Parse(captured, path);

        Assert.Empty(facts.Unparsed);
        Assert.Equal(plain.Interfaces.Select(i => (i.Name, i.Mode, i.Line + 1)), facts.Interfaces.Select(i => (i.Name, i.Mode, i.Line)));
        Assert.Equal(plain.Acls.Sum(a => a.Rules.Length), facts.Acls.Sum(a => a.Rules.Length));
        Assert.True(facts.Complete);
    }

    /// <summary>The example network's Huawei configs, by the vendor the manifest gives them.</summary>
    private static List<(string Hostname, string Path)> HuaweiGoldenFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenFolder, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("devices").EnumerateArray()
            .Where(d => d.GetProperty("vendor").GetString() == HuaweiVrpConfigParser.DialectId)
            .Select(d => (d.GetProperty("hostname").GetString()!, Path.Combine(GoldenFolder, Path.GetFileName(d.GetProperty("file").GetString()!))))];
    }

    // ---- sections and unknown lines ------------------------------------------------------------

    [Fact]
    public void Unknown_lines_are_reported_with_their_section_and_whether_they_can_change_forwarding()
    {
        var facts = Parse("""
            sysname SW
            header login information "hello"
            bogus global thing
            ip vpn-instance A
             frobnicate 1:1
            vlan 10
             mux-vlan
            interface GigabitEthernet0/0/1
             mac-vlan enable
             stp edged-port enable
            user-interface vty 0 4
             authentication-mode aaa
             mystery-option on
            aaa
             domain d
              weird-thing
            """);

        Assert.Equal(
            [
                (3, "global", false), (5, "ip vpn-instance A", true), (7, "vlan 10", true),
                (9, "interface GigabitEthernet0/0/1", true), (13, "user-interface vty 0 4", false), (16, "domain d", false),
            ],
            facts.Unparsed.Select(u => (u.Line, u.Section, u.AffectsForwarding)));
        Assert.Equal(16, facts.ConfigLines);
    }

    [Fact]
    public void Saved_config_globals_indented_after_a_hash_are_global_lines_not_part_of_the_section_above()
    {
        var facts = Parse("""
            [V200R003C00]
            #
             sysname AR9
            #
            interface NULL0
            #
             undo info-center enable
            #
             snmp-agent local-engineid 800007DB03000000000000
            #
            return
            """);

        Assert.Equal("AR9", facts.Hostname);
        Assert.Empty(facts.Unparsed);
        Assert.True(facts.Complete);
    }

    [Fact]
    public void Empty_and_hostile_inputs_give_empty_incomplete_facts()
    {
        foreach (var text in new[] { string.Empty, "\0\0\0", "\r\n\r\n", "#\n#\n", new string(' ', 100) + "x", "return extra" })
        {
            var facts = HuaweiVrpConfigParser.Parse(text, "x.cfg");
            Assert.False(facts.Complete);
            Assert.Null(facts.Hostname);
            Assert.Empty(facts.Interfaces);
        }
    }

    [Fact]
    public void Bpdus_to_the_cpu_are_understood_and_an_unknown_interface_line_still_affects_forwarding()
    {
        var facts = Parse("sysname A\ninterface GigabitEthernet0/0/1\n bpdu enable\n undo bpdu enable\n frobnicate 7\nreturn\n");

        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal(("frobnicate 7", true), (unparsed.Text, unparsed.AffectsForwarding));
    }
}
