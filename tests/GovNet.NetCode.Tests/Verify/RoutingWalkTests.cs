using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Which routes a device forwards by, and what a walk that cannot be followed to its end becomes,
/// on the mini network's compiled configs (EXT-CORE-01 Huawei, INT-CORE-01 Cisco, plane internal without internet).
/// </summary>
public sealed class RoutingWalkTests
{
    private static (VerifyResult Result, string Folder) Verify(string host, string lines)
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var end = host.StartsWith("INT", StringComparison.Ordinal) ? "\nend" : "\nreturn";
        VerifyHarness.Edit(folder, host, t => VerifyHarness.Replace(t, end, "\n" + lines + end));
        return (Verifier.Run(context, folder, "configs"), folder);
    }

    private static string Line(string folder, Finding finding) => File.ReadAllLines(Path.Combine(folder, Path.GetFileName(finding.At.File)))[finding.At.Line - 1];

    [Fact]
    public void Routes_that_fan_out_past_the_path_limit_are_a_coverage_error_not_a_clean_verdict()
    {
        // Sixteen equal-cost exits to unknown boxes, then one through the egress: the walk stops before following the last.
        var routes = string.Join('\n', Enumerable.Range(201, 16).Select(i => $"ip route-static 9.9.9.0 255.255.255.0 10.61.0.{i}")) +
            "\nip route-static 9.9.9.0 255.255.255.0 10.61.255.2";

        var (result, _) = Verify("EXT-CORE-01", routes);

        var finding = Assert.Single(result.Findings, f => f.Property == ParseCoverage.Property);
        Assert.StartsWith("routes from EXT-CORE-01 fan out past 16 paths or 32 hops (e.g. towards 9.9.9.", finding.Message, StringComparison.Ordinal);
        Assert.Equal(("configs/EXT-CORE-01.cfg", 1), (finding.At.File, finding.At.Line));
        Assert.Equal(["EXT-CORE-01"], finding.Path.ToArray());
    }

    [Fact]
    public void A_next_hop_over_a_vlan_the_trunk_does_not_carry_is_owned_by_no_reachable_device()
    {
        // EXT-ACC-01's default route points at the core's VLANIF 100; the core's end of the trunk stops carrying VLAN 100.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, " port trunk allow-pass vlan 100 110 201\n", " port trunk allow-pass vlan 110 201\n"));

        var result = Verifier.Run(context, folder, "configs");

        // The default route carries the internal plane's addresses (P1) and the internet's (P2) to whatever answers there.
        Assert.Equal(["P1", "P2"], result.Findings.Select(f => f.Property).ToArray());
        Assert.All(result.Findings, f => Assert.Equal("ip route-static 0.0.0.0 0 10.61.0.1 description default-via-mgmt", Line(folder, f)));
        Assert.All(result.Findings, f => Assert.Contains("to next hop 10.61.0.1, which no inventoried device owns", f.Message, StringComparison.Ordinal));
        Assert.Contains("(plane internal)", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_route_out_of_a_shut_port_carries_nothing(bool shut)
    {
        var (result, _) = Verify("EXT-CORE-01",
            "interface GigabitEthernet0/0/20\n description [EXT] spare\n undo portswitch\n ip address 10.61.254.1 255.255.255.252\n" + (shut ? " shutdown\n" : string.Empty) +
            "#\nip route-static 8.8.8.0 255.255.255.0 10.61.254.2");

        if (shut)
        {
            Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
        }
        else
        {
            Assert.Contains(result.Findings, f => f.Property == "P2" && f.Message.Contains("next hop 10.61.254.2, which no inventoried device owns", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Vlan500", true)]
    [InlineData("Vlan510", false)]
    public void A_route_naming_a_port_and_a_next_hop_is_live_only_where_the_next_hop_is_on_that_port(string port, bool live)
    {
        var (result, _) = Verify("INT-CORE-01", $"ip route 0.0.0.0 0.0.0.0 {port} 172.16.0.250");

        Assert.Equal(live, result.Findings.Any(f => f.Property == "P1" && f.Message.Contains("next hop 172.16.0.250, which no inventoried device owns", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_route_carrying_only_the_planes_own_addresses_to_an_unknown_box_is_no_routing_finding()
    {
        // The plane has internet and the route carries none of the other plane's space: what the box is, the census and the inventory say.
        var (result, _) = Verify("EXT-CORE-01", "ip route-static 10.62.1.128 255.255.255.128 10.61.0.250");

        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }

    [Fact]
    public void A_static_route_to_a_connected_subnet_never_takes_its_traffic()
    {
        // On the plane without internet, a live route to an unknown box would be P1; the connected subnet wins.
        var (result, _) = Verify("INT-CORE-01", "ip route 172.17.10.0 255.255.255.0 172.16.0.250");

        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("no inventoried device owns", StringComparison.Ordinal));
    }

    /// <summary>
    /// EXT-ACC-01 walks each static route once per part of the space it carries. 172.17.10.0/24 (finance@office)
    /// is one atom, the part's first and last; 10.61.110.0/23 holds finance@public first (the plane's own, left
    /// to the census) and then 10.61.111.0/24, which no plane holds.
    /// </summary>
    [Theory]
    [InlineData("ip route-static 172.17.10.0 24 10.61.0.99", "P1", "routes 172.17.10.")]
    [InlineData("ip route-static 10.61.110.0 23 10.61.0.99", "P2", "routes 10.61.111.")]
    public void A_switchs_static_route_is_walked_to_every_part_of_the_space_it_carries(string route, string property, string walked)
    {
        var (result, folder) = Verify("EXT-ACC-01", route);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(property, finding.Property);
        Assert.Equal(route, Line(folder, finding));
        Assert.Contains(walked, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_that_does_not_route_still_sends_its_own_packets_by_its_routes()
    {
        // Half of finance@office to a box no inventory knows: the internal plane's own addresses, so only the walk names it.
        const string route = "ip route 172.17.10.128 255.255.255.128 172.16.0.99";
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "INT-CORE-01", t => VerifyHarness.Replace(VerifyHarness.Replace(t, "\nip routing\n", "\nno ip routing\n"), "\nend", $"\n{route}\nend"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings, f => f.Property == "P1");
        Assert.Equal(route, Line(folder, finding));
        Assert.Contains("to next hop 172.16.0.99, which no inventoried device owns", finding.Message, StringComparison.Ordinal);
    }
}
