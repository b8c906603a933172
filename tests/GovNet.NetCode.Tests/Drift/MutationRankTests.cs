using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>Each class of mutation of a running config is found, located (device, section, lines) and ranked.</summary>
public sealed class MutationRankTests
{
    private static Difference Single(DriftReport report)
    {
        var all = report.Devices.SelectMany(d => d.Differences).ToList();
        Assert.True(all.Count == 1, "expected one difference, got:\n" + string.Join('\n', GovNet.NetCode.Report.DriftTextWriter.DifferenceLines(report)));
        return all[0];
    }

    [Fact]
    public void A_line_added_is_unexpected_and_low()
    {
        var d = Single(DriftHarness.CheckOne("EXT-ACC-CZ-01", c => DriftHarness.InsertBeforeEnd(c, "ip domain-name example.local")));
        Assert.Equal(("EXT-ACC-CZ-01", DriftKind.Unexpected, DriftRank.Low, Difference.GlobalSection), (d.Device, d.Kind, d.Rank, d.Section));
        Assert.Equal("ip domain-name example.local", Assert.Single(d.Running).Text);
        Assert.Empty(d.Intended);
    }

    [Fact]
    public void A_line_removed_is_missing_and_names_its_section_and_line()
    {
        var config = DriftHarness.Config("EXT-ACC-GA-01").Text;
        var d = Single(DriftHarness.CheckOne("EXT-ACC-GA-01", c => DriftHarness.ReplaceFirst(c, " port access vlan 113\n stp edged-port\n", " port access vlan 113\n")));
        Assert.Equal((DriftKind.Missing, DriftRank.Low, "interface GigabitEthernet1/0/1"), (d.Kind, d.Rank, d.Section));
        var line = Assert.Single(d.Intended);
        Assert.Equal(" stp edged-port", line.Text);
        Assert.Equal(" stp edged-port", config.Split('\n')[line.Line - 1]);
    }

    [Theory]
    [InlineData("EXT-CORE-01")]
    [InlineData("EXT-ACC-GA-01")]
    [InlineData("EXT-ACC-CZ-01")]
    public void A_description_change_is_changed_and_low(string host)
    {
        var d = Single(DriftHarness.CheckOne(host, c => DriftHarness.ReplaceFirst(c, " description [EXT] ", " description [EXT] renamed ")));
        Assert.Equal((DriftKind.Changed, DriftRank.Low), (d.Kind, d.Rank));
        Assert.Matches("^(interface|vlan) ", d.Section);
        Assert.Contains("renamed", Assert.Single(d.Running).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_section_is_one_missing_difference_with_all_its_lines()
    {
        var d = Single(DriftHarness.CheckOne("EXT-ACC-CZ-01", c => DriftHarness.ReplaceFirst(c,
            "interface GigabitEthernet1/0/2\n description [EXT] caizheng@public\n switchport mode access\n switchport access vlan 116\n spanning-tree portfast\n" +
            " switchport nonegotiate\n spanning-tree bpduguard enable\n switchport port-security maximum 2\n switchport port-security violation restrict\n" +
            " switchport port-security\n storm-control broadcast level 5.00\n storm-control multicast level 5.00\n storm-control action trap\n no shutdown\n!\n", string.Empty)));
        Assert.Equal((DriftKind.Missing, "interface GigabitEthernet1/0/2"), (d.Kind, d.Section));
        Assert.Equal(14, d.Intended.Length);
    }

    [Fact]
    public void A_vlan_moved_between_ports_widens_access_and_is_high()
    {
        var report = DriftHarness.CheckOne("EXT-ACC-CZ-01", c => DriftHarness.ReplaceFirst(c, " switchport access vlan 116\n", " switchport access vlan 216\n"));
        var d = Single(report);
        Assert.Equal((DriftKind.Changed, DriftRank.High, "interface GigabitEthernet1/0/1"), (d.Kind, d.Rank, d.Section));
        Assert.Contains("VLAN 216", d.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EXT-ACC-FANGTA-01", " port trunk allow-pass vlan 100 148 248\n", " port trunk allow-pass vlan 100 148 248 516\n")]
    [InlineData("EXT-ACC-GA-01", " port trunk permit vlan 100 113 213\n", " port trunk permit vlan 100 113 213 510\n")]
    [InlineData("EXT-ACC-CZ-01", " switchport trunk allowed vlan 100,116,216\n", " switchport trunk allowed vlan 100,116,216,516\n")]
    public void An_internal_vlan_added_to_an_external_trunk_is_critical(string host, string line, string mutated)
    {
        var report = DriftHarness.CheckOne(host, c => DriftHarness.ReplaceFirst(c, line, mutated));
        var d = Single(report);
        Assert.Equal((DriftKind.Changed, DriftRank.Critical), (d.Kind, d.Rank));
        Assert.StartsWith("interface ", d.Section, StringComparison.Ordinal);
        Assert.Contains("P5", d.Properties);
        Assert.Contains("not a VLAN of plane external", d.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(report.NewFindings);
    }

    [Fact]
    public void An_acl_permit_ip_any_any_added_is_high_or_critical()
    {
        var d = Single(DriftHarness.CheckOne("EXT-CORE-01", c => DriftHarness.ReplaceFirst(c,
            " rule 1000 permit tcp source 10.61.102.0 0.0.0.255", " rule 1 permit ip source any destination any\n rule 1000 permit tcp source 10.61.102.0 0.0.0.255")));
        Assert.Equal(DriftKind.Unexpected, d.Kind);
        Assert.True(d.Rank >= DriftRank.High, d.Reason);
        Assert.True(d.InOrderedSection);
        Assert.Equal("acl number 3102", d.Section);
    }

    [Fact]
    public void Acl_rules_swapped_are_detected_in_order_and_high()
    {
        const string first = " rule 1000 permit tcp source 10.61.102.0 0.0.0.255 destination 10.61.1.10 0 destination-port eq 443\n rule 1000 description flow permit tcp/443 from zone:public to service:oa\n";
        const string second = " rule 2000 permit udp source 10.61.102.0 0.0.0.255 destination 10.61.1.53 0 destination-port eq 53\n rule 2000 description flow permit udp/53 from zone:public to service:dns\n";
        var firstUnderSecond = first.Replace("rule 1000 ", "rule 2000 ", StringComparison.Ordinal);
        var secondUnderFirst = second.Replace("rule 2000 ", "rule 1000 ", StringComparison.Ordinal);

        // VRP evaluates rules by number: a device lists a swap as each number's rule changed, and a
        // text that lists the new numbers out of order means the same.
        foreach (var swapped in new[] { secondUnderFirst + firstUnderSecond, firstUnderSecond + secondUnderFirst })
        {
            var differences = DriftHarness.CheckOne("EXT-CORE-01", c => DriftHarness.ReplaceFirst(c, first + second, swapped)).Devices.Single().Differences;
            // What is only renumbered in the ACL is one row beside the moved rules.
            Assert.Equal(3, differences.Length);
            Assert.All(differences, d => Assert.Equal((DriftKind.Changed, "acl number 3102"), (d.Kind, d.Section)));
            Assert.Contains(differences, d => d.Rank == DriftRank.High && d.Reason.StartsWith("ACL rules reordered", StringComparison.Ordinal));
        }

        // The same numbers listed in another order are the same ACL.
        Assert.Empty(DriftHarness.CheckOne("EXT-CORE-01", c => DriftHarness.ReplaceFirst(c, first + second, second + first)).Devices.Single().Differences);
    }

    [Fact]
    public void Acl_entries_swapped_without_numbers_are_a_move()
    {
        var dialect = DialectRegistry.Find("cisco-ios")!;
        const string intended = "hostname X\nip access-list extended IN\n deny ip any 10.0.0.0 0.255.255.255\n permit tcp any any eq 443\nend\n";
        const string running = "hostname X\nip access-list extended IN\n permit tcp any any eq 443\n deny ip any 10.0.0.0 0.255.255.255\nend\n";
        var d = Assert.Single(DriftRanker.Rank(ConfigComparer.Compare("X", dialect, intended, running, IgnorePatterns.None), [], dialect));
        Assert.Equal((DriftKind.Changed, DriftRank.High, true), (d.Kind, d.Rank, d.InOrderedSection));

        // The same lines in another order outside an ACL are no drift.
        Assert.Empty(ConfigComparer.Compare("X", dialect, "hostname X\nntp server 1.1.1.1\nlogging host 2.2.2.2\nend\n", "hostname X\nlogging host 2.2.2.2\nntp server 1.1.1.1\nend\n", IgnorePatterns.None));
    }

    [Fact]
    public void A_route_added_is_high_or_critical()
    {
        var d = Single(DriftHarness.CheckOne("EXT-CORE-01", c => DriftHarness.InsertBeforeEnd(c, "ip route-static 172.16.0.0 255.240.0.0 10.61.255.2")));
        Assert.Equal(DriftKind.Unexpected, d.Kind);
        Assert.True(d.Rank >= DriftRank.High, d.Reason);
    }

    [Fact]
    public void An_acl_binding_removed_is_high_or_critical()
    {
        var d = Single(DriftHarness.CheckOne("EXT-CORE-01", c => DriftHarness.ReplaceFirst(c, " traffic-filter inbound acl 3102\n", string.Empty)));
        Assert.Equal((DriftKind.Missing, "interface Vlanif102"), (d.Kind, d.Section));
        Assert.True(d.Rank >= DriftRank.High, d.Reason);
    }

    [Theory]
    [InlineData("huawei-vrp", "interface GigabitEthernet0/0/9\n shutdown\n", "interface GigabitEthernet0/0/9\n undo shutdown\n")]
    [InlineData("cisco-ios", "interface GigabitEthernet0/9\n shutdown\n", "interface GigabitEthernet0/9\n no shutdown\n")]
    [InlineData("h3c-comware", "interface GigabitEthernet1/0/9\n shutdown\n", "interface GigabitEthernet1/0/9\n")]
    public void A_port_no_longer_shut_is_high(string dialectId, string intended, string running)
    {
        var d = Assert.Single(DriftRanker.Rank(ConfigComparer.Compare("X", DialectRegistry.Find(dialectId)!, intended, running, IgnorePatterns.None), [], DialectRegistry.Find(dialectId)!));
        Assert.Equal(DriftRank.High, d.Rank);
        Assert.Equal("port no longer shut down", d.Reason);
    }

    [Fact]
    public void Ignore_patterns_drop_unmanaged_lines_and_whole_sections()
    {
        var diagnostics = new GovNet.NetCode.Diagnostics.DiagnosticBag();
        var ignore = IgnorePatterns.Create(["^clock ", "^local-user "], GovNet.NetCode.Diagnostics.SourceSpan.StartOf("inventory/collection.yaml"), diagnostics)!;
        Assert.False(diagnostics.HasErrors);
        static string Edit(string c) => DriftHarness.InsertBeforeEnd(c, "clock timezone BJ add 08:00:00\nlocal-user admin class manage\n service-type ssh\n authorization-attribute user-role network-admin");
        Assert.False(DriftHarness.CheckOne("EXT-ACC-GA-01", Edit, ignore).HasDrift);
        Assert.Equal(2, DriftHarness.CheckOne("EXT-ACC-GA-01", Edit).Devices.Single().Differences.Length);
    }

    [Fact]
    public void An_ignore_pattern_that_is_not_a_regular_expression_is_NC7101()
    {
        var diagnostics = new GovNet.NetCode.Diagnostics.DiagnosticBag();
        Assert.Null(IgnorePatterns.Create(["^clock (", "^ok"], GovNet.NetCode.Diagnostics.SourceSpan.StartOf("inventory/collection.yaml"), diagnostics));
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("NC7101", error.Code);
        Assert.Contains("^clock (", error.Message, StringComparison.Ordinal);
    }
}
