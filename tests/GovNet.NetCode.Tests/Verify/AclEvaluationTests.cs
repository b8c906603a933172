using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// A deny rule closes only what it matches: the rest of the traffic it leaves to later permits must
/// still be found. On the mini network's finance@public gateway ACL (EXT-CORE-01, Huawei, acl 3110),
/// with a deny and then <c>permit ip</c> to any placed on top.
/// </summary>
public sealed class AclEvaluationTests
{
    private static Finding Crossing(string deny)
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3110\n",
            $"acl number 3110\n rule 1 {deny}\n rule 2 permit ip source any destination any\n"));
        var result = Verifier.Run(context, folder, "configs");
        return Assert.Single(result.Findings, f => f.Property == "P3" && f.Message.Contains("in zone dedicated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_in_a_segment_sends_as_itself_and_the_segment_as_the_rest_of_its_addresses()
    {
        // center@public holds service:oa (10.61.1.10); its gateway ACL 3101 opened up.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3101\n", "acl number 3101\n rule 1 permit ip source any destination any\n"));
        var result = Verifier.Run(context, folder, "configs");

        var service = Assert.Single(result.Findings, f => f.Property == "P3" && f.Message.StartsWith("zone isolation: service:oa reaches", StringComparison.Ordinal));
        Assert.StartsWith("tcp 10.61.1.10:", service.Packet, StringComparison.Ordinal);
        var segment = Assert.Single(result.Findings, f => f.Property == "P3" && f.Message.StartsWith("zone isolation: center@public reaches", StringComparison.Ordinal));
        Assert.DoesNotContain("10.61.1.10:", segment.Packet, StringComparison.Ordinal);
        Assert.Equal(["EXT-CORE-01:Vlanif101", "EXT-CORE-01:Vlanif201"], segment.Path.ToArray());
    }

    [Fact]
    public void A_deny_of_tcp_alone_leaves_other_protocols_to_the_same_destination_open()
    {
        var finding = Crossing("deny tcp source any destination 10.62.1.0 0.0.0.255");

        Assert.DoesNotContain("tcp", finding.Packet, StringComparison.Ordinal);
        Assert.Contains("→ 10.62.1.", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_of_one_ip_protocol_by_number_leaves_the_other_protocols_open()
    {
        // "deny gre" names ip's protocol word with a number: it closes protocol 47 only, not all traffic.
        var finding = Crossing("deny gre source any destination 10.62.1.0 0.0.0.255");

        Assert.StartsWith("tcp 10.61.110.", finding.Packet, StringComparison.Ordinal);
        Assert.Contains("→ 10.62.1.", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_of_icmp_leaves_tcp_open()
    {
        var finding = Crossing("deny icmp source any destination 10.62.1.0 0.0.0.255");

        Assert.StartsWith("tcp 10.61.110.", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_for_part_of_a_segment_leaves_the_rest_of_it_open()
    {
        var finding = Crossing("deny ip source 10.61.110.0 0.0.0.127 destination 10.62.1.0 0.0.0.255");

        Assert.Matches(@"^tcp 10\.61\.110\.(1[3-9][0-9]|2[0-5][0-9]):", finding.Packet!);
    }

    [Fact]
    public void A_permit_of_one_ip_protocol_by_number_lets_that_protocol_through_and_no_other()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3110\n", "acl number 3110\n rule 1 permit gre source any destination 10.62.1.0 0.0.0.255\n"));
        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("P3", finding.Property);
        Assert.Matches(@"^ip\(protocol 47\) 10\.61\.110\.\d+ → 10\.62\.1\.\d+$", finding.Packet!);
        Assert.Contains(result.Matrix.Entries, e => e.Key == "finance@public -> center@dedicated ip");
    }

    [Fact]
    public void A_deny_of_a_single_port_leaves_the_other_ports_open()
    {
        var finding = Crossing("deny tcp source any destination 10.62.1.0 0.0.0.255 destination-port eq 443");

        Assert.StartsWith("tcp ", finding.Packet, StringComparison.Ordinal);
        Assert.DoesNotContain(":443", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_for_part_of_a_destination_segment_leaves_the_rest_of_it_open()
    {
        // 10.62.1.0/25 (with service:exchange) closed, 10.62.1.128/25 open: the open half is found, at its own middle.
        var finding = Crossing("deny ip source any destination 10.62.1.0 0.0.0.127");

        Assert.StartsWith("zone isolation: finance@public reaches 1 endpoint(s) in zone dedicated (center@dedicated)", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("→ 10.62.1.192:1", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_with_a_gapped_wildcard_closes_only_the_addresses_it_matches()
    {
        // 10.62.0.0 0.0.254.255 matches even third octets only, 10.61.1.0 0.0.254.255 odd ones: neither holds the crossing.
        Assert.Contains("→ 10.62.1.", Crossing("deny ip source any destination 10.62.0.0 0.0.254.255").Packet, StringComparison.Ordinal);
        Assert.Contains("→ 10.62.1.", Crossing("deny ip source 10.61.1.0 0.0.254.255 destination 10.62.1.0 0.0.0.255").Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_that_cannot_meet_the_packets_do_not_cut_their_classes()
    {
        // A rule for port 0 makes port 0 a class of its own, which then reads first; one for another source, or
        // towards another destination, must not.
        Assert.EndsWith(":0", Crossing("permit tcp source any destination any destination-port eq 0").Packet, StringComparison.Ordinal);
        Assert.EndsWith(":1", Crossing("permit tcp source 10.99.0.0 0.0.255.255 destination any destination-port eq 0").Packet, StringComparison.Ordinal);
        Assert.EndsWith(":1", Crossing("permit tcp source any destination 10.99.0.0 0.0.255.255 destination-port eq 0").Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_no_rule_names_is_a_class_of_its_own()
    {
        var finding = Opened(" rule 1 deny tcp source any destination any\n rule 2 deny udp source any destination any\n rule 3 deny icmp source any destination any\n rule 4 permit ip source any destination any\n");

        Assert.Matches(@"^ip\(protocol 47\) 10\.61\.110\.\d+ → 10\.62\.1\.\d+$", finding.Packet!);
    }

    [Fact]
    public void Of_two_protocols_let_through_by_number_the_lower_is_the_example()
    {
        var finding = Opened(" rule 1 permit 89 source any destination 10.62.1.0 0.0.0.255\n rule 2 permit gre source any destination 10.62.1.0 0.0.0.255\n");

        Assert.StartsWith("ip(protocol 47) ", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outbound_acl_on_one_gateway_port_closes_only_the_segments_behind_it()
    {
        // finance@public opened to everything, then center@dedicated's gateway filters what leaves towards it.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(
            VerifyHarness.Replace(t, "acl number 3110\n", "acl number 3202\n rule 1 deny ip source any destination any\n#\nacl number 3110\n rule 1 permit ip source any destination any\n"),
            " traffic-filter inbound acl 3201\n", " traffic-filter inbound acl 3201\n traffic-filter outbound acl 3202\n"));
        var result = Verifier.Run(context, folder, "configs");

        Assert.DoesNotContain(result.Findings, f => f.Property == "P3");
        Assert.Contains(result.Findings, f => f.Property == "P4" && f.Message.Contains("finance@public reaches", StringComparison.Ordinal) && f.Message.Contains("center@public", StringComparison.Ordinal));
    }

    private static Finding Opened(string rules)
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3110\n", "acl number 3110\n" + rules));
        var result = Verifier.Run(context, folder, "configs");
        return Assert.Single(result.Findings, f => f.Property == "P3" && f.Message.Contains("in zone dedicated", StringComparison.Ordinal));
    }
}
