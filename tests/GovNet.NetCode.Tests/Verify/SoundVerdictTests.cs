using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Whatever the configs do not prove closed is open: next hops no inventoried device owns are exits,
/// an address of the other plane on any line is a bridge, management subnets and the devices
/// themselves send packets. Each fault is one realistic edit on the mini network's compiled configs.
/// </summary>
public sealed class SoundVerdictTests
{
    public static readonly TheoryData<string> Vendors = ["huawei-vrp", "h3c-comware", "cisco-ios"];

    private static (VerifyResult Result, ModelIndex Context, string Folder) Verify(string coreVendor, string host, Func<string, string> edit)
    {
        using var repo = new MiniRepo();
        repo.Replace("inventory/devices/EXT-CORE-01.yaml", "vendor: huawei-vrp", "vendor: " + coreVendor);
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        Assert.Empty(Verifier.Run(context, folder, "configs").Findings);
        VerifyHarness.Edit(folder, host, edit);
        return (Verifier.Run(context, folder, "configs"), context, folder);
    }

    private static string BeforeEnd(string text, string lines) =>
        text.Contains("\nreturn", StringComparison.Ordinal) ? VerifyHarness.Replace(text, "\nreturn", "\n" + lines + "\nreturn") : VerifyHarness.Replace(text, "\nend", "\n" + lines + "\nend");

    private static string LineOf(string folder, string host, Finding finding) => File.ReadAllLines(Path.Combine(folder, host + ".cfg"))[finding.At.Line - 1];

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_floating_default_route_to_an_address_no_device_owns_is_an_exit(string vendor)
    {
        // A carrier 4G router plugged into the management VLAN, behind the route through the egress.
        var route = vendor switch
        {
            "cisco-ios" => "ip route 0.0.0.0 0.0.0.0 10.61.0.250 250",
            "h3c-comware" => "ip route-static 0.0.0.0 0 10.61.0.250 preference 250",
            _ => "ip route-static 0.0.0.0 0.0.0.0 10.61.0.250 preference 250",
        };
        var (result, context, folder) = Verify(vendor, "EXT-CORE-01", t => BeforeEnd(t, route));

        var egress = Assert.Single(result.Findings, f => f.Property == "P2");
        Assert.Equal(route, LineOf(folder, "EXT-CORE-01", egress));
        Assert.Contains("next hop 10.61.0.250, which no inventoried device owns", egress.Message, StringComparison.Ordinal);
        Assert.Equal("NC9202", egress.Code);
        Assert.Contains("without passing an egress device", egress.Message, StringComparison.Ordinal);
        Assert.Equal(context.Planes["external"].Internet.Span, egress.Contradicts);

        // The same route carries the internal plane's addresses out of the modelled network.
        var bridge = Assert.Single(result.Findings, f => f.Property == "P1");
        Assert.Equal(egress.At, bridge.At);
        Assert.Contains("(plane internal)", bridge.Message, StringComparison.Ordinal);
        Assert.Equal(context.Planes["external"].Name.Span, bridge.Contradicts);
    }

    [Fact]
    public void A_default_route_on_the_internal_core_to_an_unknown_next_hop_is_P1_even_with_every_acl_denying()
    {
        var (result, context, folder) = Verify("huawei-vrp", "INT-CORE-01", t => BeforeEnd(t, "ip route 0.0.0.0 0.0.0.0 172.16.0.250"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("P1", finding.Property);
        Assert.Equal("ip route 0.0.0.0 0.0.0.0 172.16.0.250", LineOf(folder, "INT-CORE-01", finding));
        Assert.Contains("no internet", finding.Message, StringComparison.Ordinal);
        Assert.Equal(context.Planes["internal"].Internet.Span, finding.Contradicts);
    }

    [Fact]
    public void A_route_to_the_internal_plane_out_of_a_port_with_no_declared_far_end_is_P1()
    {
        // A spare port turned routed: no inventory link, a route out of it by interface alone.
        var (result, _, folder) = Verify("huawei-vrp", "EXT-CORE-01", t => BeforeEnd(t,
            "interface GigabitEthernet0/0/20\n description [EXT] spare\n undo portswitch\n ip address 10.61.254.1 255.255.255.252\n#\nip route-static 172.17.0.0 255.255.0.0 GigabitEthernet0/0/20"));

        var finding = Assert.Single(result.Findings, f => f.Property == "P1" && f.Message.Contains("does not declare", StringComparison.Ordinal));
        Assert.StartsWith("ip route-static 172.17.0.0", LineOf(folder, "EXT-CORE-01", finding), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secondary_address_of_the_external_plane_on_an_internal_svi_is_P1_at_its_column()
    {
        var (result, context, folder) = Verify("huawei-vrp", "INT-CORE-01", t => VerifyHarness.Replace(t,
            " ip address 172.17.1.1 255.255.255.0\n", " ip address 172.17.1.1 255.255.255.0\n ip address 10.61.110.200 255.255.255.0 secondary\n"));

        var finding = Assert.Single(result.Findings, f => f.Message.Contains("physical isolation by address", StringComparison.Ordinal));
        Assert.Equal("P1", finding.Property);
        Assert.Equal(" ip address 10.61.110.200 255.255.255.0 secondary", LineOf(folder, "INT-CORE-01", finding));
        Assert.Equal(13, finding.At.Column);
        Assert.Contains("an address of plane external", finding.Message, StringComparison.Ordinal);
        Assert.Equal(context.Planes["external"].Name.Span, finding.Contradicts);
    }

    [Theory]
    [InlineData("EXT-ACC-01", "sntp unicast-server 172.16.0.123")]
    [InlineData("EXT-ACC-01", "sflow collector 1 ip 172.17.1.10 description collector")]
    [InlineData("EXT-ACC-01", "ip netstream export host 172.17.10.5 9995")]
    [InlineData("EXT-EGRESS-01", "set save-configuration backup-to-server server 172.16.0.14 transport-type sftp")]
    public void An_address_of_the_internal_plane_in_a_statement_no_parser_models_is_P1(string host, string statement)
    {
        var (result, _, folder) = Verify("huawei-vrp", host, t => BeforeEnd(t, statement));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("P1", finding.Property);
        Assert.Equal(statement, LineOf(folder, host, finding));
        Assert.Contains("an address of plane internal", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("joins the planes, whether or not it is modelled", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("172.16.0.0/23", true)]
    [InlineData("172.16.0.0/24", false)]
    [InlineData("172.17.1.128/25", false)]
    [InlineData("224.0.0.0/4", false)]
    [InlineData("127.0.0.0/8", false)]
    public void On_a_plane_without_internet_a_prefix_reaching_past_its_own_space_is_P1(string prefix, bool reported)
    {
        var statement = $"ip prefix-list SPARE seq 5 permit {prefix}";
        var (result, _, folder) = Verify("huawei-vrp", "INT-CORE-01", t => BeforeEnd(t, statement));

        var census = result.Findings.Where(f => f.Message.Contains("physical isolation by address", StringComparison.Ordinal)).ToList();
        if (!reported)
        {
            Assert.Empty(census);
            return;
        }

        var finding = Assert.Single(census);
        Assert.Equal(statement, LineOf(folder, "INT-CORE-01", finding));
        Assert.Contains("outside every address of plane internal", finding.Message, StringComparison.Ordinal);
        Assert.Equal("NC9103", finding.Code);
        Assert.EndsWith("a plane without internet or links outside may point only at its own addresses", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_rule_naming_the_other_plane_is_judged_by_acl_semantics_not_the_census()
    {
        var (result, _, _) = Verify("huawei-vrp", "EXT-CORE-01", t => VerifyHarness.Replace(t,
            "acl number 3110\n", "acl number 3110\n rule 1 deny ip source any destination 172.17.0.0 0.0.255.255\n"));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void The_management_subnet_sends_packets_too_and_the_egress_letting_it_out_is_P2()
    {
        var (result, _, folder) = Verify("huawei-vrp", "EXT-EGRESS-01", t => VerifyHarness.Replace(t,
            "acl number 3998\n", "acl number 3998\n rule 1 permit ip source 10.61.0.0 0.0.0.255 destination any\n"));

        var finding = Assert.Single(result.Findings, f => f.Property == "P2");
        Assert.Equal("NC9204", finding.Code);
        Assert.Contains("management@external reaches", finding.Message, StringComparison.Ordinal);
        Assert.Contains("rule 1 permit ip source 10.61.0.0", LineOf(folder, "EXT-EGRESS-01", finding), StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_that_does_not_route_forwards_nothing_it_is_handed()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var facts = Verifier.ParseAll(context, folder, "configs").Facts.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Assert.NotEmpty(Verifier.Run(context, facts, []).Matrix.Entries.Where(e => e.To.Kind == EndpointKind.Internet));

        // The egress no longer routes: nothing from the segments reaches the internet any more.
        facts["EXT-EGRESS-01"] = facts["EXT-EGRESS-01"] with { Routing = false };
        var result = Verifier.Run(context, facts, []);
        Assert.DoesNotContain(result.Matrix.Entries, e => e.To.Kind == EndpointKind.Internet);
        Assert.Contains(result.Findings, f => f.Property == "P4" && f.Severity == GovNet.NetCode.Diagnostics.Severity.Warning);
    }

    [Theory]
    [InlineData(" ip address 10.1.2.3 255.255.255.0", "10.1.2.0/24")]
    [InlineData(" ip address 10.1.2.3 24", "10.1.2.0/24")]
    [InlineData("ip route-static 10.62.0.0 255.255.0.0 10.61.255.2", "10.62.0.0/16 10.61.255.2/32")]
    [InlineData("ip route 0.0.0.0 0.0.0.0 10.61.0.1", "0.0.0.0/0 10.61.0.1/32")]
    [InlineData(" path tftp://172.16.0.9/backups/$h", "172.16.0.9/32")]
    [InlineData("network 10.0.0.0/8 area 0", "10.0.0.0/8")]
    [InlineData("snmp-agent mib-view included all 1.3.6.1.2.1", "")]
    [InlineData("!Software Version V200R019C10SPC500 15.2.4", "")]
    [InlineData(" rule 5 permit ip source 10.61.1.0 0.0.0.255", "10.61.1.0/24")]
    [InlineData("ntp server 255.255.255.255", "")]
    public void The_census_reads_addresses_masks_wildcards_and_lengths_and_nothing_else(string line, string expected)
    {
        var literals = AddressLiterals.Scan(line);
        Assert.Equal(expected, string.Join(' ', literals.Select(l => l.Prefix.ToString())));
        Assert.All(literals, l => Assert.Equal(1, l.Line));
    }

    [Fact]
    public void A_census_literal_names_its_column()
    {
        var literal = Assert.Single(AddressLiterals.Scan("#\nsntp unicast-server 172.16.0.123\n"));
        Assert.Equal((2, 21, "172.16.0.123"), (literal.Line, literal.Column, literal.Text));
        Assert.Equal(Ipv4Prefix.Parse("172.16.0.123/32"), literal.Prefix);
    }
}
