using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using GovNet.NetCode.Verify.Layer3;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Dynamic routing in the verdict, per dialect: the mini network's egress (EXT-EGRESS-01) is made a
/// device of the dialect under test and runs OSPF with the core (EXT-CORE-01, VRP) over their link.
/// </summary>
public sealed class DynamicRoutingVerifyTests
{
    /// <summary>Per dialect: the egress's OSPF on its core link, a spare routed port to an uninventoried router, a static route to it, and the import of statics.</summary>
    private static (string Ospf, string SparePort, string Static, string Import) EgressLines(string dialect) => dialect switch
    {
        "huawei-vrp" => ("ospf 1\n{0}\n area 0.0.0.0\n  network 10.61.255.0 0.0.0.3\n#",
            "interface GigabitEthernet0/0/5\n undo portswitch\n ip address 10.61.253.1 255.255.255.252\n#", "ip route-static 8.8.8.0 255.255.255.0 10.61.253.2\n#", " import-route static"),
        "h3c-comware" => ("ospf 1\n{0}\n area 0.0.0.0\n  network 10.61.255.0 0.0.0.3\n#",
            "interface GigabitEthernet0/0/5\n port link-mode route\n ip address 10.61.253.1 255.255.255.252\n#", "ip route-static 8.8.8.0 24 10.61.253.2\n#", " import-route static"),
        _ => ("router ospf 1\n{0}\n network 10.61.255.0 0.0.0.3 area 0\n!",
            "interface GigabitEthernet0/0/5\n no switchport\n ip address 10.61.253.1 255.255.255.252\n!", "ip route 8.8.8.0 255.255.255.0 10.61.253.2\n!", " redistribute static subnets"),
    };

    private const string CoreOspf = "ospf 1\n area 0.0.0.0\n  network 10.61.255.0 0.0.0.3\n#\n";

    private static (VerifyResult Result, string Folder, ModelIndex Context) Verify(string dialect, bool redistribute, bool spareStatic, string? egressPlane = null)
    {
        using var repo = new MiniRepo();
        repo.Replace("inventory/devices/EXT-EGRESS-01.yaml", "vendor: huawei-vrp", $"vendor: {dialect}");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        if (egressPlane is not null)
        {
            // Validation refuses a cable across planes; the verifier must still judge configs that have one.
            repo.Replace("inventory/devices/EXT-EGRESS-01.yaml", "plane: external", $"plane: {egressPlane}");
            context = new ModelIndex(PolicyLoader.Load(repo.Write(), new DiagnosticBag())!, MiniRepo.Today);
        }

        var (ospf, spare, route, import) = EgressLines(dialect);
        var end = dialect == "cisco-ios" ? "\nend" : "\nreturn";
        var lines = string.Format(System.Globalization.CultureInfo.InvariantCulture, ospf, redistribute ? import : string.Empty).Replace("\n\n", "\n", StringComparison.Ordinal) +
            (spareStatic ? "\n" + spare + "\n" + route : string.Empty);
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, end, "\n" + lines + end));
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "\nreturn", "\n" + CoreOspf + "return"));
        return (Verifier.Run(context, folder, "configs"), folder, context);
    }

    private static string Line(string folder, Finding finding) => File.ReadAllLines(Path.Combine(folder, Path.GetFileName(finding.At.File)))[finding.At.Line - 1];

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void An_ospf_only_plane_with_no_bridge_is_clean(string dialect)
    {
        var (result, _, _) = Verify(dialect, redistribute: false, spareStatic: false);

        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }

    /// <summary>The core's routes to 8.8.8.8 that OSPF taught it, as (next hop, config line).</summary>
    private static List<(string? NextHop, string Line)> LearnedByCore(ModelIndex context, string folder)
    {
        var input = new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts);
        var network = new Layer3Network(input, new Layer2Domains(input));
        return [.. network.Tables["EXT-CORE-01"].Lookup(Ipv4Address.Parse("8.8.8.8"))
            .Where(r => r.Prefix == Ipv4Prefix.Parse("8.8.8.0/24"))
            .Select(r => (r.NextHop?.ToString(), File.ReadAllLines(Path.Combine(folder, "EXT-CORE-01.cfg"))[r.Line - 1]))];
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void A_redistributed_static_route_towards_an_uninventoried_router_is_an_exit_for_every_speaker(string dialect)
    {
        var (result, folder, context) = Verify(dialect, redistribute: true, spareStatic: true);

        // The core learns 8.8.8.0/24 from the egress by OSPF; following it ends past the egress, at a box no one inventoried.
        Assert.Equal([("10.61.255.2", "ospf 1")], LearnedByCore(context, folder));
        var exit = Assert.Single(result.Findings, f => f.Property == "P2" && f.Message.Contains("next hop 10.61.253.2, which no inventoried device owns", StringComparison.Ordinal));
        Assert.EndsWith("EXT-EGRESS-01.cfg", exit.At.File, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void A_static_route_that_is_not_redistributed_is_learned_by_no_other_speaker(string dialect)
    {
        var (_, folder, context) = Verify(dialect, redistribute: false, spareStatic: true);

        Assert.Empty(LearnedByCore(context, folder));
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void An_ospf_adjacency_across_planes_is_p1(string dialect)
    {
        var (result, folder, _) = Verify(dialect, redistribute: false, spareStatic: false, egressPlane: "internal");

        var adjacency = Assert.Single(result.Findings, f => f.Code == Codes.RoutingAdjacencyJoinsPlanes);
        Assert.Equal(("P1", "NC9118"), (adjacency.Property, adjacency.Code));
        Assert.Equal("ospf 1", Line(folder, adjacency));
        Assert.Equal(["EXT-CORE-01:GigabitEthernet0/0/2", "EXT-EGRESS-01:GigabitEthernet0/0/1"], adjacency.Path.ToArray());
        Assert.Contains("run OSPF with each other", adjacency.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huawei-vrp", "mpls lsr-id 10.61.255.2\nmpls\n#")]
    [InlineData("h3c-comware", "mpls lsr-id 10.61.255.2\n#")]
    [InlineData("cisco-ios", "mpls label protocol ldp\n!")]
    public void Label_switching_is_forwarding_the_verifier_does_not_prove(string dialect, string mpls)
    {
        using var repo = new MiniRepo();
        repo.Replace("inventory/devices/EXT-EGRESS-01.yaml", "vendor: huawei-vrp", $"vendor: {dialect}");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var end = dialect == "cisco-ios" ? "\nend" : "\nreturn";
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, end, "\n" + mpls + end));

        var result = Verifier.Run(context, folder, "configs");

        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(("NC9008", ParseCoverage.Property), (f.Code, f.Property)));
        Assert.StartsWith("forwarding the verifier does not prove (MPLS label switching): mpls", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ip route-static vpn-instance V 8.8.8.0 24 10.61.253.2")]
    [InlineData("traffic behavior B\n redirect ip-nexthop 10.61.253.2")]
    public void A_vrf_route_or_a_policy_next_hop_to_an_uninventoried_router_is_an_exit(string line)
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "\nreturn",
            "\nip vpn-instance V\n ipv4-family\n  route-distinguisher 1:1\n#\ninterface GigabitEthernet0/0/5\n description [EXT] spare\n undo portswitch\n" +
            " ip binding vpn-instance V\n ip address 10.61.253.1 255.255.255.252\n#\n" + line + "\n#\nreturn"));

        var result = Verifier.Run(context, folder, "configs");

        var exit = Assert.Single(result.Findings, f => f.Property == "P2" && f.Message.Contains("next hop 10.61.253.2, which no inventoried device owns", StringComparison.Ordinal));
        Assert.Equal(line.Split('\n')[^1].Trim(), Line(folder, exit).Trim());
    }
}
