using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// What one packet class that gets through is reported as, on the mini network: which property, which
/// plane it holds against, which address and port stand for the class, and that it is reported once.
/// </summary>
public sealed class PacketVerdictTests
{
    private const string CoreWeb = " rule 3000 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 80\n";
    private const string EgressWeb = " rule 2000 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 80\n";

    /// <summary>The mini network compiled as it is, verified against its policy with <paramref name="policy"/> applied afterwards.</summary>
    private static VerifyResult Verify(Func<MiniRepo, MiniRepo> policy, Action<string> configs)
    {
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        policy(repo);
        var context = new ModelIndex(CompileHarness.Model(repo.Write()), MiniRepo.Today);
        configs(folder);
        return Verifier.Run(context, folder, "configs");
    }

    /// <summary>The core and the egress let the finance segment's tcp/22 out to any address.</summary>
    private static void SshOut(string folder)
    {
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, CoreWeb, CoreWeb + " rule 3001 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 22\n"));
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, EgressWeb, EgressWeb + " rule 2001 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 22\n"));
    }

    private static string Flow(string id, string rule, string expires = "2099-12-31") =>
        $"  - id: {id}\n    rule: {rule}\n    approval: 佳政办发〔2024〕59号\n    expires: {expires}\n";

    private static MiniRepo Flows(MiniRepo repo, params string[] flows) => repo.Replace("policy/flows.yaml", "flows:\n", "flows:\n" + string.Concat(flows));

    [Theory]
    [InlineData("none", "internal")]
    [InlineData("via-egress", "external")]
    public void Packets_crossing_planes_are_one_P1_finding_held_against_the_plane_without_internet_else_the_one_they_enter(string internet, string against)
    {
        // A routed cable from the internal core to a spare port of the external core, a route over it to the
        // finance segment, and the internal finance segment's ACL opened (validation rejects such a cable).
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        repo.Replace("inventory/devices/EXT-CORE-01.yaml", "  - { name: GigabitEthernet0/0/10-11,",
                "  - { name: GigabitEthernet0/0/5, link: \"INT-CORE-01:GigabitEthernet1/0/6\", mode: routed, address: 192.168.99.1/30 }\n  - { name: GigabitEthernet0/0/10-11,")
            .Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
                "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }\n  - { name: GigabitEthernet1/0/6, link: \"EXT-CORE-01:GigabitEthernet0/0/5\", mode: routed, address: 192.168.99.2/30 }")
            .Replace("policy/network.yaml", "internet: none", $"internet: {internet}");
        var diagnostics = new DiagnosticBag();
        var context = new ModelIndex(PolicyLoader.Load(repo.Write(), diagnostics)!, MiniRepo.Today);
        Assert.False(diagnostics.HasErrors);
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "\nreturn", "\ninterface GigabitEthernet0/0/5\n undo portswitch\n ip address 192.168.99.1 255.255.255.252\n#\nreturn"));
        VerifyHarness.Edit(folder, "INT-CORE-01", t => VerifyHarness.Replace(VerifyHarness.Replace(t,
            "\nend", "\ninterface GigabitEthernet1/0/6\n no switchport\n ip address 192.168.99.2 255.255.255.252\n!\nip route 10.61.110.0 255.255.255.0 192.168.99.1\n!\nend"),
            "ip access-list extended SEG-FINANCE-OFFICE-IN\n", "ip access-list extended SEG-FINANCE-OFFICE-IN\n 5 permit ip any any\n"));

        var result = Verifier.Run(context, folder, "configs");

        var crossing = Assert.Single(result.Findings, f => f.Packet is not null && f.Message.StartsWith("physical isolation: finance@office reaches 1 endpoint(s) in zone public", StringComparison.Ordinal));
        Assert.Equal(("P1", Codes.PacketsCrossPlanes), (crossing.Property, crossing.Code));
        Assert.Equal("physical isolation: finance@office reaches 1 endpoint(s) in zone public (finance@public); packets cross from plane internal into plane external", crossing.Message);
        Assert.Equal(context.Planes[against].Name.Span, crossing.Contradicts);
        // Crossing is the whole verdict: the internal policy is not asked about a packet it can never allow.
        Assert.DoesNotContain(result.Findings, f => f.Message.StartsWith("zone isolation: finance@office", StringComparison.Ordinal));
    }

    [Fact]
    public void Packets_to_the_internet_past_no_egress_are_one_P2_finding_whatever_the_flows_say()
    {
        // The core routes 8.8.8.0/24 to the city upstream and its upstream ACL lets the finance segment's ssh out, which no flow declares.
        var result = Verify(repo => repo, folder => VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(VerifyHarness.Replace(
            VerifyHarness.Replace(t, "\nreturn", "\nip route-static 8.8.8.0 255.255.255.0 10.60.0.1\nreturn"),
            "acl number 3998\n", "acl number 3998\n rule 1 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 22\n"),
            CoreWeb, CoreWeb + " rule 3001 permit tcp source 10.61.110.0 0.0.0.255 destination any destination-port eq 22\n")));

        var finding = Assert.Single(result.Findings, f => f.Packet is not null);
        Assert.Equal(("P2", Codes.InternetPacketsWithoutEgress), (finding.Property, finding.Code));
        Assert.Equal("internet only via egress: finance@public reaches 1 endpoint(s) in internet (internet); the path to the internet does not pass an egress device", finding.Message);
        Assert.Equal("tcp 10.61.110.128:40000 → 8.8.8.128:22", finding.Packet);
    }

    [Fact]
    public void A_devices_own_packets_to_the_internet_need_a_flow_unless_the_device_is_the_egress()
    {
        // The egress lets the core's link address out; the egress's own uplink sessions are what it is for.
        var result = Verify(repo => repo, folder => VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t,
            "acl number 3998\n", "acl number 3998\n rule 1 permit ip source 10.61.255.1 0 destination any\n")));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("P2", Codes.InternetPacketsUndeclared), (finding.Property, finding.Code));
        Assert.Equal("internet only via egress: devices@external reaches 1 endpoint(s) in internet (internet); no declared flow permits it", finding.Message);
        Assert.StartsWith("EXT-CORE-01:", finding.Path[0], StringComparison.Ordinal);
    }

    [Theory]
    // The first class past the flow's cidr 0.0.0.0/31 is outside every cidr: asked on its own, not as the cidr's twin.
    [InlineData("permit tcp/22 from unit:finance@public to cidr:0.0.0.0/31", null)]
    // A deny flow's cidr is judged apart from the other flow cidr and from the rest of the internet, which a flow permits.
    [InlineData("permit tcp/22 from unit:finance@public to cidr:0.0.0.0/31", "deny tcp/22 from unit:finance@public to cidr:8.0.0.0/7")]
    public void Addresses_outside_the_plane_are_told_apart_where_a_flow_cidr_names_them(string permit, string? deny)
    {
        var result = Verify(
            repo => Flows(repo, [.. deny is null ? Array.Empty<string>() : [Flow("finance-ssh-deny", deny), Flow("finance-ssh-all", "permit tcp/22 from unit:finance@public to internet")], Flow("finance-ssh", permit)]),
            SshOut);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("internet only via egress: finance@public reaches 1 endpoint(s) in internet (internet); no declared flow permits it", finding.Message);
        // The source port stands for the ports below the first policy port (22), which no reply can open: 1, as ports read.
        Assert.StartsWith("tcp 10.61.110.128:1 → ", finding.Packet, StringComparison.Ordinal);
        Assert.EndsWith(":22", finding.Packet, StringComparison.Ordinal);
        Assert.DoesNotContain("→ 0.0.0.", finding.Packet, StringComparison.Ordinal);
        if (deny is not null)
        {
            Assert.Contains(" → 9.", finding.Packet, StringComparison.Ordinal);
            Assert.Equal(("policy/flows.yaml", 2), (finding.Contradicts!.Value.File, finding.Contradicts.Value.Line));
        }
    }

    [Fact]
    public void Segments_and_flow_cidrs_the_configs_never_name_still_split_the_address_space()
    {
        // Two new segments side by side, served by one /23 interface on the core that no ACL guards, and a
        // flow to the lower half of the first: the finance segment's web traffic reaches the upper half and the second.
        var result = Verify(
            repo => Flows(repo.With("policy/units/tax.yaml", "id: tax\nsegments:\n  - { zone: public, vlan: 120, subnet: 10.61.120.0/24 }\n  - { zone: dedicated, vlan: 121, subnet: 10.61.121.0/24 }\n"),
                Flow("finance-tax", "permit tcp from unit:finance@public to cidr:10.61.120.0/25")),
            folder => VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t,
                "interface GigabitEthernet0/0/1\n", "interface Vlanif120\n ip address 10.61.120.1 255.255.254.0\n#\ninterface GigabitEthernet0/0/1\n")));

        var finance = result.Findings.Where(f => f.Packet is not null && f.Message.Contains(": finance@public reaches", StringComparison.Ordinal)).ToList();
        var public_ = Assert.Single(finance, f => f.Property == "P4");
        Assert.Equal("least privilege: finance@public reaches 1 endpoint(s) in zone public (tax@public); no declared flow permits it", public_.Message);
        Assert.Contains(" → 10.61.120.192:80", public_.Packet, StringComparison.Ordinal);
        var dedicated = Assert.Single(finance, f => f.Property == "P3");
        Assert.Equal("zone isolation: finance@public reaches 1 endpoint(s) in zone dedicated (tax@dedicated); no declared flow permits it", dedicated.Message);
    }

    [Theory]
    // Exactly the port a flow opens, 162 and 514 being the policy's udp ports: the reply passes.
    [InlineData("source-port eq 514", null)]
    // From 514 up to 600: the ports above 514 are no flow's, so the class is asked at 515.
    [InlineData("source-port range 514 600", "udp 10.61.1.10:515 → ")]
    public void Udp_from_a_flows_port_passes_as_its_reply_and_a_class_reaching_past_it_is_asked_past_it(string ports, string? packet)
    {
        using var repo = new MiniRepo();
        repo.Replace("policy/flows.yaml", "  - id: finance-web\n",
            "  - permit udp/514 from unit:finance@public to service:oa\n  - permit udp/162 from unit:finance@public to service:oa\n  - id: finance-web\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t,
            "permit udp source 10.61.1.10 0 source-port eq 514 destination 10.61.110.0 0.0.0.255\n",
            $"permit udp source 10.61.1.10 0 {ports} destination 10.61.110.0 0.0.0.255\n"));

        var result = Verifier.Run(context, folder, "configs");

        if (packet is null)
        {
            Assert.Empty(result.Findings);
            return;
        }

        var finding = Assert.Single(result.Findings);
        Assert.Equal("least privilege: service:oa reaches 1 endpoint(s) in zone public (finance@public); no declared flow permits it", finding.Message);
        Assert.StartsWith(packet, finding.Packet, StringComparison.Ordinal);
    }

    [Theory]
    // Only the expired flow's port gets through: the finding names the expired flow.
    [InlineData("destination-port eq 514", "flow oa-syslog expired on 2026-01-31 but the configs still permit it")]
    // Ports around it get through too: the class is one finding, at its first port no flow opens.
    [InlineData("destination-port range 500 600", "no declared flow permits it")]
    public void A_packet_class_is_reported_once_naming_an_expired_flow_only_when_that_flows_ports_are_all_it_holds(string ports, string why)
    {
        // oa takes syslog too; a flow of every port of oa expired; the finance gateway lets udp to oa through.
        var result = Verify(
            repo => Flows(repo.Replace("policy/services.yaml", "ports: [tcp/443] }\n  exchange", "ports: [tcp/443, udp/514] }\n  exchange"),
                Flow("oa-syslog", "permit ip from unit:finance@public to service:oa", "2026-01-31")),
            folder => VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t,
                "acl number 3110\n", $"acl number 3110\n rule 1 permit udp source 10.61.110.0 0.0.0.255 destination 10.61.1.10 0 {ports}\n")));

        var finding = Assert.Single(result.Findings);
        Assert.Equal($"least privilege: finance@public reaches 1 endpoint(s) in zone public (service:oa); {why}", finding.Message);
    }
}
