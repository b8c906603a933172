using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify.Nat;

/// <summary>
/// NAT at the boundary, on the mini repository with its portal published: compiled configs verify
/// clean; each injected translation draws its finding with its rank (property and severity), and
/// what the verifier does not model stays open.
/// </summary>
public sealed class NatBoundaryTests
{
    private const string Egress = "EXT-EGRESS-01";
    private const string InternetPort = "interface GigabitEthernet0/0/0\n";

    private static VerifyResult VerifyWith(string host, Func<string, string> edit)
    {
        using var repo = NatRepo.Create();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, host, edit);
        return Verifier.Run(context, folder, "configs");
    }

    /// <summary>Adds a line at the end of the egress's internet port.</summary>
    private static Func<string, string> OnInternetPort(string line) =>
        text => VerifyHarness.Replace(text, " nat outbound 3998 address-group 1\n", $" nat outbound 3998 address-group 1\n{line}\n");

    private static Finding Only(VerifyResult result, string code)
    {
        var finding = Assert.Single(result.Findings);
        Assert.True(finding.Code == code, string.Join('\n', result.Findings));
        return finding;
    }

    [Fact]
    public void The_published_portal_compiles_to_nat_lines_and_verifies_clean()
    {
        using var repo = NatRepo.Create();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var text = File.ReadAllText(Path.Combine(folder, Egress + ".cfg"));
        Assert.Contains("nat address-group 1 203.0.113.10 203.0.113.14\n", text, StringComparison.Ordinal);
        Assert.Contains(InternetPort, text, StringComparison.Ordinal);
        Assert.Contains(" nat outbound 3998 address-group 1\n nat server protocol tcp global 203.0.113.80 80 inside 10.61.250.80 80\n nat server protocol tcp global 203.0.113.80 443 inside 10.61.250.80 443\n", text, StringComparison.Ordinal);

        var result = Verifier.Run(context, folder, "configs");
        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
        var facts = Verifier.ParseAll(context, folder, "configs").Facts[Egress];
        Assert.Equal([NatKind.Pool, NatKind.Outbound, NatKind.Server, NatKind.Server], facts.Nat.Select(n => n.Kind).ToArray());
        Assert.All(facts.Nat.Skip(1), n => Assert.Equal("GigabitEthernet0/0/0", n.Interface));
    }

    [Fact]
    public void A_published_port_no_flow_declares_is_P4()
    {
        var finding = Only(VerifyWith(Egress, OnInternetPort(" nat server protocol tcp global 203.0.113.80 22 inside 10.61.250.80 22")), "NC9410");
        Assert.Equal(("P4", Diagnostics.Severity.Error), (finding.Property, finding.Severity));
        Assert.Contains("tcp/22", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("services.yaml", finding.Contradicts!.Value.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_service_on_every_port_is_P4()
    {
        var finding = Only(VerifyWith(Egress, OnInternetPort(" nat server protocol udp global 203.0.113.80 any inside 10.61.250.80 any")), "NC9410");
        Assert.Contains("65535 more", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_to_one_mapping_of_the_portal_opens_every_protocol_and_is_P4()
    {
        Only(VerifyWith(Egress, OnInternetPort(" nat static global 203.0.113.81 inside 10.61.250.80")), "NC9410");
    }

    [Fact]
    public void Publishing_a_server_of_the_public_zone_is_P2()
    {
        var finding = Only(VerifyWith(Egress, OnInternetPort(" nat server protocol tcp global 203.0.113.81 443 inside 10.61.1.10 443")), "NC9210");
        Assert.Equal("P2", finding.Property);
        Assert.Contains("service:oa", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_to_an_address_of_the_other_plane_is_a_P1_bridge()
    {
        var finding = Only(VerifyWith(Egress, OnInternetPort(" nat server global 203.0.113.82 inside 172.17.1.10")), "NC9120");
        Assert.Equal("P1", finding.Property);
        Assert.Contains("172.17.1.10", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nat_towards_another_inventoried_device_is_not_modelled_and_stays_open()
    {
        var result = VerifyWith(Egress, t => VerifyHarness.Replace(t, " ip address 10.61.255.2 255.255.255.252\n", " ip address 10.61.255.2 255.255.255.252\n nat outbound 3998\n"));
        var finding = Only(result, "NC9010");
        Assert.Equal("coverage", finding.Property);
    }

    [Fact]
    public void An_outbound_nat_to_a_pool_the_config_lacks_stays_open()
    {
        Only(VerifyWith(Egress, t => VerifyHarness.Replace(t, "nat address-group 1 203.0.113.10 203.0.113.14\n", string.Empty)), "NC9010");
    }

    [Fact]
    public void A_nat_form_the_parser_does_not_model_is_a_coverage_finding()
    {
        var finding = Only(VerifyWith(Egress, OnInternetPort(" nat server protocol tcp global 203.0.113.80 8080 inside 10.61.250.80 80 vpn-instance dmz")), "NC9001");
        Assert.Contains("vpn-instance", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_cone_filter_mode_is_a_coverage_finding()
    {
        Only(VerifyWith(Egress, t => VerifyHarness.Replace(t, "nat address-group 1 ", "nat filter-mode endpoint-independent\n#\nnat address-group 1 ")), "NC9001");
    }

    [Fact]
    public void Comware_outbound_nat_on_an_access_switch_uplink_is_not_modelled()
    {
        var result = VerifyWith("EXT-ACC-01", t => VerifyHarness.Replace(t, "interface GigabitEthernet1/0/24\n", "interface GigabitEthernet1/0/24\n nat outbound\n"));
        Only(result, "NC9010");
    }

    [Fact]
    public void Ios_static_nat_from_the_internal_plane_into_the_external_one_is_a_P1_bridge()
    {
        var result = VerifyWith("INT-CORE-01", t => VerifyHarness.Replace(t, "\nend", "\nip nat inside source static 172.17.1.10 10.61.1.99\nend"));
        var finding = Only(result, "NC9120");
        Assert.Contains("10.61.1.99", finding.Message, StringComparison.Ordinal);
    }
}
