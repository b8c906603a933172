using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Which property a packet that gets through breaks, and which policy line it contradicts, on the
/// mini network's compiled configs (EXT-CORE-01 and EXT-EGRESS-01 Huawei, INT-CORE-01 Cisco).
/// </summary>
public sealed class PolicyVerdictTests
{
    private static string Line(string folder, string host, Finding finding) => File.ReadAllLines(Path.Combine(folder, host + ".cfg"))[finding.At.Line - 1];

    [Fact]
    public void A_port_range_the_policy_only_partly_permits_is_P2_for_the_ports_it_does_not()
    {
        // finance-web permits tcp/80 and tcp/443 to the internet; the core and the egress let 80–443 through.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        const string Web = "permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 80\n";
        const string Range = "permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port range 80 443\n";
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, Web, Range));
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, Web, Range));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("P2", finding.Property);
        Assert.Equal("internet only via egress: finance@public reaches 1 endpoint(s) in internet (internet); no declared flow permits it", finding.Message);
        Assert.EndsWith(":81", finding.Packet, StringComparison.Ordinal);
        Assert.Equal(" rule 3000 " + Range.TrimEnd('\n'), Line(folder, "EXT-CORE-01", finding));
        Assert.Equal(context.Planes["external"].Internet.Span, finding.Contradicts);
        Assert.Contains(result.Matrix.Entries, e => e.Key == "finance@public -> internet tcp/80-443");
    }

    [Fact]
    public void A_flow_of_two_ports_the_egress_lets_through_for_one_only_is_a_P4_warning()
    {
        // finance-web permits tcp/80 and tcp/443 to the internet; the egress stops passing 443.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t,
            "permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 443\n",
            "deny tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 443\n"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("P4", "NC9401"), (finding.Property, finding.Code));
        Assert.Contains("declared flow finance-web (", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("is not let through by the configs for 1 of 1 endpoint pair(s), e.g. finance@public → internet tcp/80,443", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Udp_from_a_flows_port_passes_as_its_reply_and_from_the_ports_around_it_does_not()
    {
        // finance@public sends syslog to service:oa on udp/514; the gateway of oa lets 500–600 back instead of 514.
        using var repo = new MiniRepo();
        repo.Replace("policy/flows.yaml", "  - id: finance-web\n", "  - permit udp/514 from unit:finance@public to service:oa\n  - id: finance-web\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        Assert.Empty(Verifier.Run(context, folder, "configs").Findings);
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t,
            "permit udp source 10.61.1.10 0 source-port eq 514 destination 10.61.110.0 0.0.0.255\n",
            "permit udp source 10.61.1.10 0 source-port range 500 600 destination 10.61.110.0 0.0.0.255\n"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("least privilege: service:oa reaches 1 endpoint(s) in zone public (finance@public); no declared flow permits it", finding.Message);
        Assert.Matches(@"^udp 10\.61\.1\.10:(50[0-9]|51[0-3]|51[5-9]|5[2-9][0-9]|600) → ", finding.Packet!);
    }

    [Fact]
    public void A_flow_to_one_internet_prefix_does_not_permit_the_rest_of_the_internet()
    {
        // finance@public may reach 192.0.2.0/24 on tcp/22; the core and the egress let tcp/22 out to any address.
        using var repo = new MiniRepo();
        repo.Replace("policy/flows.yaml", "  - id: finance-web\n",
            "  - id: finance-ssh\n    rule: permit tcp/22 from unit:finance@public to cidr:192.0.2.0/24\n    approval: 佳政办发〔2024〕59号\n    expires: 2099-12-31\n  - id: finance-web\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        Assert.Empty(Verifier.Run(context, folder, "configs").Findings);
        const string Ssh = "destination 192.0.2.0 0.0.0.255 destination-port eq 22\n";
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, Ssh, "destination any destination-port eq 22\n"));
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, Ssh, "destination any destination-port eq 22\n"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.StartsWith("internet only via egress: finance@public reaches 1 endpoint(s) in internet", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(":22", finding.Packet, StringComparison.Ordinal);
        Assert.DoesNotContain("→ 192.0.2.", finding.Packet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_packet_a_deny_flow_names_contradicts_that_flow_and_any_other_its_own_zone()
    {
        using var repo = new MiniRepo();
        repo.Replace("policy/flows.yaml", "  - id: finance-web\n", "  - deny ip from unit:finance@public to unit:center@public\n  - id: finance-web\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3110\n", "acl number 3110\n rule 1 permit ip source any destination any\n"));

        var result = Verifier.Run(context, folder, "configs");

        var denied = Assert.Single(result.Findings, f => f.Property == "P4" && f.Message.Contains("in zone public (center@public", StringComparison.Ordinal));
        Assert.Equal(("policy/flows.yaml", 4), (denied.Contradicts!.Value.File, denied.Contradicts.Value.Line));
        var management = Assert.Single(result.Findings, f => f.Property == "P4" && f.Message.Contains("in management@external", StringComparison.Ordinal));
        Assert.Equal(context.Zones["public"].Name.Span, management.Contradicts);
        var zones = Assert.Single(result.Findings, f => f.Property == "P3");
        Assert.Equal(context.Zones["dedicated"].Name.Span, zones.Contradicts);
    }

    [Fact]
    public void An_upstream_reaching_a_segment_it_has_no_flow_to_is_P4_against_the_plane()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3999\n", "acl number 3999\n rule 1 permit ip source any destination 10.61.110.0 0.0.0.255\n"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("least privilege: upstream:city reaches 1 endpoint(s) in zone public (finance@public); no declared flow permits it", finding.Message);
        Assert.Equal(("P4", Severity.Error), (finding.Property, finding.Severity));
        Assert.Equal(context.Planes["external"].Name.Span, finding.Contradicts);
        Assert.Equal("EXT-CORE-01:GigabitEthernet0/0/3", finding.Path[0]);
    }

    [Fact]
    public void Packets_to_the_internet_out_of_the_upstream_port_pass_no_egress_and_are_P2()
    {
        // The core routes 8.8.8.0/24 to the city upstream and its upstream ACL lets the finance segment's web traffic out.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(
            VerifyHarness.Replace(t, "\nreturn", "\nip route-static 8.8.8.0 255.255.255.0 10.60.0.1\nreturn"),
            "acl number 3998\n", "acl number 3998\n rule 1 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 443\n"));

        var result = Verifier.Run(context, folder, "configs");

        var packets = Assert.Single(result.Findings, f => f.Packet is not null);
        Assert.Equal("P2", packets.Property);
        Assert.Contains("finance@public reaches 1 endpoint(s) in internet (internet); the path to the internet does not pass an egress device", packets.Message, StringComparison.Ordinal);
        Assert.Equal(" rule 3005 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 443", Line(folder, "EXT-CORE-01", packets));
        Assert.Equal("EXT-CORE-01:GigabitEthernet0/0/3", packets.Path[^1]);
        Assert.Equal(context.Planes["external"].Internet.Span, packets.Contradicts);
    }

    [Fact]
    public void A_carrier_line_on_the_internal_core_is_P1_for_every_packet_to_or_from_it()
    {
        // A routed port cabled to the internet on a plane with 'internet: none' (validation rejects it, the
        // verifier must see it on the configs), a default route out of it, and a segment ACL opened up.
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        repo.Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
            "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }\n  - { name: GigabitEthernet1/0/6, link: internet, mode: routed, address: 198.51.100.2/30 }");
        var diagnostics = new DiagnosticBag();
        var context = new ModelIndex(PolicyLoader.Load(repo.Write(), diagnostics)!, MiniRepo.Today);
        Assert.False(diagnostics.HasErrors);
        VerifyHarness.Edit(folder, "INT-CORE-01", t => VerifyHarness.Replace(VerifyHarness.Replace(t,
            "\nend", "\ninterface GigabitEthernet1/0/6\n description [INT] carrier\n no switchport\n ip address 198.51.100.2 255.255.255.252\n!\nip route 0.0.0.0 0.0.0.0 198.51.100.1\n!\nend"),
            "ip access-list extended SEG-FINANCE-OFFICE-IN\n", "ip access-list extended SEG-FINANCE-OFFICE-IN\n 5 permit ip any any\n"));

        var result = Verifier.Run(context, folder, "configs");

        var outward = Assert.Single(result.Findings, f => f.Message.StartsWith("physical isolation: finance@office reaches", StringComparison.Ordinal));
        Assert.Equal("P1", outward.Property);
        Assert.Contains("in internet (internet); plane internal has no internet and no link outside", outward.Message, StringComparison.Ordinal);
        Assert.Equal(" 5 permit ip any any", Line(folder, "INT-CORE-01", outward));
        Assert.Equal(context.Planes["internal"].Internet.Span, outward.Contradicts);

        var inward = Assert.Single(result.Findings, f => f.Message.StartsWith("physical isolation: internet reaches", StringComparison.Ordinal) && f.Message.Contains("zone office", StringComparison.Ordinal));
        Assert.Contains("plane internal has no internet and no link outside", inward.Message, StringComparison.Ordinal);
        Assert.Equal("INT-CORE-01:GigabitEthernet1/0/6", inward.Path[0]);

        var route = Assert.Single(result.Findings, f => f.Packet is null && Line(folder, "INT-CORE-01", f) == "ip route 0.0.0.0 0.0.0.0 198.51.100.1");
        Assert.Contains("(plane internal, no internet) routes", route.Message, StringComparison.Ordinal);
        Assert.EndsWith("out of GigabitEthernet1/0/6 to the internet; a plane without internet may have no route out of itself", route.Message, StringComparison.Ordinal);
        // Without internet, nothing is an egress question: every way out is P1.
        Assert.DoesNotContain(result.Findings, f => f.Property == "P2");

        // Sorted by property, then file and line and column, then message (two P4 groups share one ACL line).
        var expected = result.Findings.OrderBy(f => f.Property, StringComparer.Ordinal).ThenBy(f => f.At.File, StringComparer.Ordinal)
            .ThenBy(f => f.At.Line).ThenBy(f => f.At.Column).ThenBy(f => f.Message, StringComparer.Ordinal);
        Assert.Equal(expected, result.Findings);
        Assert.True(result.Findings.Count(f => f.Property == "P4" && f.At == outward.At) >= 2);
    }
}
