using System.Globalization;
using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>
/// Devices print ACL rules their own way (ports by name, protocols by name, IOS entries with or
/// without sequence numbers); drift compares what a rule matches, so only a real change is drift.
/// </summary>
public sealed partial class AclSpellingTests
{
    private static Dialect Cisco => DialectRegistry.Find("cisco-ios")!;

    private static Dialect Comware => DialectRegistry.Find("h3c-comware")!;

    [GeneratedRegex(@"^ rule (\d+) ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex RuleNumber();

    [Fact]
    public void A_vrp_device_printing_ports_by_name_has_no_drift_until_a_port_really_changes()
    {
        var named = DriftHarness.CheckOne("EXT-EGRESS-01", c => c.Replace("destination-port eq 80\n", "destination-port eq www\n", StringComparison.Ordinal));
        var changed = DriftHarness.CheckOne("EXT-EGRESS-01", c => DriftHarness.ReplaceFirst(c, "destination-port eq 80\n", "destination-port eq ftp\n"));

        Assert.Empty(named.Devices.SelectMany(d => d.Differences));
        var difference = Assert.Single(changed.Devices.SelectMany(d => d.Differences));
        Assert.Equal(DriftKind.Changed, difference.Kind);
        Assert.EndsWith("destination-port eq 21", Assert.Single(difference.Running).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vrp_rule_renumbered_in_place_is_low_and_says_so()
    {
        var report = DriftHarness.CheckOne("EXT-EGRESS-01", c => c
            .Replace(" rule 2000 permit tcp source 10.61.250.80 0", " rule 2001 permit tcp source 10.61.250.80 0", StringComparison.Ordinal)
            .Replace(" rule 2000 description reply flow portal", " rule 2001 description reply flow portal", StringComparison.Ordinal));

        // The rule and its description line are renumbered in one ACL: one row says so.
        var difference = Assert.Single(report.Devices.SelectMany(d => d.Differences));
        Assert.Equal((DriftKind.Changed, DriftRank.Low, true, "2 rule line(s) renumbered in place: same match, same order"), (difference.Kind, difference.Rank, difference.Renumbered, difference.Reason));
        Assert.StartsWith(" rule 2001 permit tcp", difference.Running[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, difference.Running.Length);
    }

    [Fact]
    public void A_vrp_device_whose_acls_were_restepped_has_only_low_drift()
    {
        var report = DriftHarness.CheckOne("EXT-EGRESS-01", c => RuleNumber().Replace(c, m => $" rule {int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 2} "));

        // Every rule of every ACL got a new number, and each ACL reads as one row, not one per rule.
        var differences = report.Devices.SelectMany(d => d.Differences).ToList();
        var acls = differences.Select(d => d.Section).Distinct().Count();
        Assert.True(acls > 1, $"{acls} ACLs");
        Assert.Equal(acls, differences.Count);
        Assert.True(differences.Sum(d => d.Running.Length) > 100, $"{differences.Sum(d => d.Running.Length)} rule lines");
        Assert.All(differences, d => Assert.Equal((DriftRank.Low, true), (d.Rank, d.Renumbered)));
    }

    [Fact]
    public void A_vrp_rule_moved_ahead_of_the_denies_is_high_even_under_a_new_number()
    {
        const string rule = " rule 2000 permit tcp source 10.61.250.80 0 source-port eq 80 destination any tcp-flag established\n";
        var report = DriftHarness.CheckOne("EXT-EGRESS-01", c => DriftHarness.ReplaceFirst(
            DriftHarness.ReplaceFirst(c, rule, string.Empty),
            " description [EXT] out to internet on GE0/0/1\n",
            " description [EXT] out to internet on GE0/0/1\n" + rule.Replace("rule 2000", "rule 1", StringComparison.Ordinal)));

        var moved = Assert.Single(report.Devices.SelectMany(d => d.Differences), d => d.Rank != DriftRank.Low);
        Assert.Equal((DriftKind.Changed, DriftRank.High, false), (moved.Kind, moved.Rank, moved.Renumbered));
        Assert.StartsWith("ACL rules reordered", moved.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ip access-list extended EDGE\n permit tcp any host 10.0.0.1 eq www\n permit udp any any eq domain\n permit gre any any\n deny   ip any any\n")]
    [InlineData("ip access-list extended EDGE\n 10 permit tcp any host 10.0.0.1 eq www\n 20 permit udp any any eq domain\n 30 permit gre any any\n 40 deny ip any any\n")]
    public void Classic_ios_without_sequence_numbers_and_ios_xe_with_them_match_the_intent(string running)
    {
        const string intended = "ip access-list extended EDGE\n 10 permit tcp any host 10.0.0.1 eq 80\n 20 permit udp any any eq 53\n 30 permit 47 any any\n 40 deny ip any any\n";

        Assert.Empty(ConfigComparer.Compare("R1", Cisco, intended, running, IgnorePatterns.None));
    }

    [Fact]
    public void Ios_entries_in_another_order_or_a_port_name_of_the_other_protocol_are_drift()
    {
        const string intended = "ip access-list extended EDGE\n 10 permit tcp any any eq 512\n 20 deny ip any any\n";

        var reordered = ConfigComparer.Compare("R1", Cisco, intended, "ip access-list extended EDGE\n deny ip any any\n permit tcp any any eq exec\n", IgnorePatterns.None);
        // 512 is exec for TCP but biff for UDP: a UDP name never stands for a TCP port.
        var otherProtocol = ConfigComparer.Compare("R1", Cisco, intended, "ip access-list extended EDGE\n permit tcp any any eq biff\n deny ip any any\n", IgnorePatterns.None);

        Assert.NotEmpty(reordered);
        Assert.Contains(otherProtocol, d => d.Running.Any(l => l.Text.Contains("eq biff", StringComparison.Ordinal)));
    }

    [Fact]
    public void Comware_port_names_in_ranges_and_single_ports_are_read_as_numbers()
    {
        const string intended = "acl advanced 3001\n rule 5 permit tcp source any destination any destination-port range 20 21\n rule 10 permit udp source any destination any destination-port eq 53\n";
        const string running = "acl advanced 3001\n rule 5 permit tcp source any destination any destination-port range ftp-data ftp\n rule 10 permit udp source any destination any destination-port eq domain\n";

        Assert.Empty(ConfigComparer.Compare("S1", Comware, intended, running, IgnorePatterns.None));
    }
}
