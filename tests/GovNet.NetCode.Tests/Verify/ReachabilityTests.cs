using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// P1 at layer 3, P2, P3 and P4 on the mini network's compiled configs with one hand-made fault each,
/// in each dialect: the gateway EXT-CORE-01 is rendered as Huawei VRP, H3C Comware or Cisco IOS.
/// </summary>
public sealed class ReachabilityTests
{
    /// <summary>Per dialect: the gateway ACL of finance@public, its binding, and a static route's syntax.</summary>
    public sealed record Dialect(string Vendor, string FinanceAclHeader, string PermitAll, string Binding, string RouteTo8888ViaUpstream, string FinanceSvi);

    public static readonly TheoryData<string> Vendors = ["huawei-vrp", "h3c-comware", "cisco-ios"];

    private static Dialect Of(string vendor) => vendor switch
    {
        "huawei-vrp" => new(vendor, "acl number 3110\n", " rule 1 permit ip source any destination any\n", " traffic-filter inbound acl 3110\n",
            "ip route-static 8.8.8.0 255.255.255.0 10.60.0.1\n", "Vlanif110"),
        "h3c-comware" => new(vendor, "acl advanced 3110\n", " rule 1 permit ip source any destination any\n", " packet-filter 3110 inbound\n",
            "ip route-static 8.8.8.0 24 10.60.0.1\n", "Vlan-interface110"),
        _ => new(vendor, "ip access-list extended SEG-FINANCE-PUBLIC-IN\n", " 1 permit ip any any\n", " ip access-group SEG-FINANCE-PUBLIC-IN in\n",
            "ip route 8.8.8.0 255.255.255.0 10.60.0.1\n", "Vlan110"),
    };

    private static MiniRepo Repo(string vendor)
    {
        var repo = new MiniRepo();
        repo.Replace("inventory/devices/EXT-CORE-01.yaml", "vendor: huawei-vrp", "vendor: " + vendor);
        return repo;
    }

    private static (VerifyResult Result, ModelIndex Context, string Folder) VerifyWith(string vendor, Func<Dialect, string, string> edit)
    {
        using var repo = Repo(vendor);
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", text => edit(Of(vendor), text));
        return (Verifier.Run(context, folder, "configs"), context, folder);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void The_mini_network_verifies_clean_and_its_matrix_holds_the_declared_flows(string vendor)
    {
        var (result, _, _) = VerifyWith(vendor, (_, text) => text);
        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
        var keys = result.Matrix.Entries.Select(e => e.Key).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Contains("finance@public -> service:oa tcp/443", keys);
        Assert.Contains("finance@public -> internet tcp/80", keys);
        Assert.Contains("finance@public -> internet tcp/443", keys);
        Assert.Contains("finance@office -> service:int-oa tcp/443", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("finance@public -> center@dedicated", StringComparison.Ordinal));
        var entry = result.Matrix.Entries.First(e => e.Key == "finance@public -> internet tcp/80");
        Assert.Equal(["EXT-CORE-01:" + Of(vendor).FinanceSvi, "EXT-CORE-01:GigabitEthernet0/0/2", "EXT-EGRESS-01:GigabitEthernet0/0/1", "EXT-EGRESS-01:GigabitEthernet0/0/0"], entry.Path.ToArray());
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Permit_ip_any_any_on_a_gateway_acl_is_P3_between_zones_and_P4_inside_its_zone(string vendor)
    {
        var (result, context, folder) = VerifyWith(vendor, (d, text) => VerifyHarness.Replace(text, d.FinanceAclHeader, d.FinanceAclHeader + d.PermitAll));
        var zones = Assert.Single(result.Findings, f => f.Property == "P3");
        Assert.Equal((Severity.Error, "NC9301"), (zones.Severity, zones.Code));
        Assert.StartsWith("zone isolation: finance@public reaches 2 endpoint(s) in zone dedicated (center@dedicated, service:exchange)", zones.Message, StringComparison.Ordinal);
        Assert.StartsWith("tcp 10.61.110.", zones.Packet, StringComparison.Ordinal);
        Assert.Contains("→ 10.62.1.", zones.Packet, StringComparison.Ordinal);
        Assert.Equal("configs/EXT-CORE-01.cfg", zones.At.File);
        var config = File.ReadAllLines(Path.Combine(folder, "EXT-CORE-01.cfg"));
        Assert.Equal(Of(vendor).PermitAll.TrimEnd('\n'), config[zones.At.Line - 1]);
        Assert.Equal("policy/network.yaml", zones.Contradicts!.Value.File);
        Assert.Equal(["EXT-CORE-01:" + Of(vendor).FinanceSvi, "EXT-CORE-01:Vlan" + (vendor == "huawei-vrp" ? "if201" : vendor == "h3c-comware" ? "-interface201" : "201")], zones.Path.ToArray());
        Assert.Null(VerifyHarness.PathProblem(context, folder, zones));
        Assert.Contains(result.Findings, f => (f.Property, f.Code) == ("P4", "NC9402") && f.Message.StartsWith("least privilege: finance@public reaches", StringComparison.Ordinal) && f.Message.Contains("management@external", StringComparison.Ordinal));
        Assert.All(result.Findings, f => Assert.Null(VerifyHarness.PathProblem(context, folder, f)));
    }

    [Fact]
    public void Permit_ip_any_any_inbound_on_the_egress_is_P2_from_the_internet_into_every_zone()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "acl number 3999\n", "acl number 3999\n rule 1 permit ip source any destination any\n"));
        var result = Verifier.Run(context, folder, "configs");
        var findings = result.Findings.Where(f => f.Property == "P2").ToList();
        Assert.Contains(findings, f => f.Code == "NC9204" && f.Message.Contains("internet reaches 2 endpoint(s) in zone dedicated", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("internet reaches 3 endpoint(s) in zone public (center@public, finance@public, service:oa)", StringComparison.Ordinal));
        var finding = findings[0];
        Assert.Equal("EXT-EGRESS-01:GigabitEthernet0/0/0", finding.Path[0]);
        Assert.Equal(" rule 1 permit ip source any destination any", File.ReadAllLines(Path.Combine(folder, "EXT-EGRESS-01.cfg"))[finding.At.Line - 1]);
        Assert.All(findings, f => Assert.Null(VerifyHarness.PathProblem(context, folder, f)));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("internal", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_gateway_without_its_acl_binding_lets_the_segment_reach_other_zones(string vendor)
    {
        var (result, context, folder) = VerifyWith(vendor, (d, text) => VerifyHarness.Replace(text, d.Binding, string.Empty));
        var zones = Assert.Single(result.Findings, f => f.Property == "P3");
        Assert.Contains("finance@public reaches", zones.Message, StringComparison.Ordinal);
        Assert.Equal("configs/EXT-CORE-01.cfg", zones.At.File);
        Assert.Null(VerifyHarness.PathProblem(context, folder, zones));
        Assert.Contains(result.Findings, f => f.Property == "P4" && f.Message.Contains("zone public (center@public, service:oa)", StringComparison.Ordinal));

        // The egress filters the internet on its own: without the gateway ACL nothing new leaves for the internet.
        Assert.DoesNotContain(result.Findings, f => f.Property == "P2");
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_static_route_to_the_internet_around_the_egress_is_P2_at_its_line(string vendor)
    {
        var end = vendor == "cisco-ios" ? "\nend" : "\nreturn";
        var (result, context, folder) = VerifyWith(vendor, (d, text) => VerifyHarness.Replace(text, end, "\n" + d.RouteTo8888ViaUpstream + end[1..]));
        var finding = Assert.Single(result.Findings, f => f.Property == "P2");
        Assert.Equal("NC9201", finding.Code);
        Assert.Contains("without passing an egress device", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Of(vendor).RouteTo8888ViaUpstream.TrimEnd('\n'), File.ReadAllLines(Path.Combine(folder, "EXT-CORE-01.cfg"))[finding.At.Line - 1]);
        Assert.Equal("EXT-CORE-01:GigabitEthernet0/0/3", finding.Path[^1]);
        Assert.Null(VerifyHarness.PathProblem(context, folder, finding));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_second_route_to_the_same_prefix_around_the_egress_is_P2_even_behind_one_through_it(string vendor)
    {
        // Equal-cost routes share the traffic and a floating backup takes it when the first fails:
        // the route listed first, through the egress, must not hide the one around it.
        var end = vendor == "cisco-ios" ? "\nend" : "\nreturn";
        var (result, context, folder) = VerifyWith(vendor, (d, text) =>
        {
            var egress = System.Text.RegularExpressions.Regex.Match(text, @"^ip route(?:-static)? 0\.0\.0\.0 (?:0\.0\.0\.0|0) (\S+)", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
            Assert.NotEmpty(egress);
            var throughEgress = d.RouteTo8888ViaUpstream.Replace("10.60.0.1", egress, StringComparison.Ordinal);
            return VerifyHarness.Replace(text, end, "\n" + throughEgress + d.RouteTo8888ViaUpstream + end[1..]);
        });

        var finding = Assert.Single(result.Findings, f => f.Property == "P2");
        Assert.Equal(Of(vendor).RouteTo8888ViaUpstream.TrimEnd('\n'), File.ReadAllLines(Path.Combine(folder, "EXT-CORE-01.cfg"))[finding.At.Line - 1]);
        Assert.Null(VerifyHarness.PathProblem(context, folder, finding));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_declared_flow_the_configs_block_is_a_P4_warning(string vendor)
    {
        var (result, _, _) = VerifyWith(vendor, (d, text) =>
        {
            var lines = text.Split('\n').ToList();
            var header = lines.IndexOf(d.FinanceAclHeader.TrimEnd('\n'));
            var permit = lines.FindIndex(header, l => l.Contains("permit tcp", StringComparison.Ordinal) && l.Contains("10.61.1.10", StringComparison.Ordinal));
            lines[permit] = lines[permit].Replace("permit", "deny", StringComparison.Ordinal);
            return string.Join('\n', lines);
        });
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("P4", Severity.Warning, "NC9401"), (finding.Property, finding.Severity, finding.Code));
        Assert.Contains("flow-1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("finance@public → service:oa tcp/443", finding.Message, StringComparison.Ordinal);

        // center@public holds service:oa in its own subnet: its packets to it never reach a router and are not counted.
        Assert.Contains("is not let through by the configs for 1 of 1 endpoint pair(s)", finding.Message, StringComparison.Ordinal);
        Assert.Equal("policy/flows.yaml", finding.At.File);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void An_expired_flow_the_configs_still_permit_is_an_error_naming_its_expiry(string vendor)
    {
        using var repo = Repo(vendor);
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        repo.Replace("policy/flows.yaml", "expires: 2099-12-31", "expires: 2026-01-31");
        var context = new ModelIndex(CompileHarness.Model(repo.Write()), MiniRepo.Today);
        var result = Verifier.Run(context, folder, "configs");
        var finding = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("P2", "NC9302"), (finding.Property, finding.Code));
        Assert.Contains("flow finance-web expired on 2026-01-31", finding.Message, StringComparison.Ordinal);
        Assert.Equal("policy/flows.yaml", finding.Contradicts!.Value.File);
    }

    /// <summary>
    /// The mini network with <paramref name="host"/>'s <paramref name="port"/> (192.168.99.1/30) cabled to INT-CORE-01
    /// GE1/0/6 (192.168.99.2/30) in the inventory, listed after <paramref name="after"/>; validation rejects such a
    /// cable (NC5106), so only the verifier stands between it and the network. The host's config (VRP or
    /// Comware) gets <paramref name="lines"/> before its final "return".
    /// </summary>
    private static (VerifyResult Result, ModelIndex Context, string Folder) CabledToTheInternalCore(string host, string port, string after, string lines)
    {
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        repo.Replace($"inventory/devices/{host}.yaml", after, $"{after}\n  - {{ name: {port}, link: \"INT-CORE-01:GigabitEthernet1/0/6\", mode: routed, address: 192.168.99.1/30 }}")
            .Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
                $"  - {{ name: GigabitEthernet1/0/5, mode: access, segment: center@office }}\n  - {{ name: GigabitEthernet1/0/6, link: \"{host}:{port}\", mode: routed, address: 192.168.99.2/30 }}");
        var diagnostics = new DiagnosticBag();
        var model = PolicyLoader.Load(repo.Write(), diagnostics)!;
        Assert.False(diagnostics.HasErrors);
        VerifyHarness.Edit(folder, host, t => VerifyHarness.Replace(t, "\nreturn", "\n" + lines + "return"));
        VerifyHarness.Edit(folder, "INT-CORE-01", t => VerifyHarness.Replace(t, "\nend", $"\ninterface GigabitEthernet1/0/6\n description [INT] to {host}\n no switchport\n ip address 192.168.99.2 255.255.255.252\n!\nend"));
        var context = new ModelIndex(model, MiniRepo.Today);
        return (Verifier.Run(context, folder, "configs"), context, folder);
    }

    [Fact]
    public void A_routed_cable_and_a_route_into_the_internal_plane_are_P1_with_a_packet_that_crosses()
    {
        // EXT-CORE-01 GE0/0/12 (192.168.99.1/30) is cabled to INT-CORE-01 GE1/0/6 (192.168.99.2/30) and EXT-CORE-01
        // routes 172.17.0.0/16 over it; validation rejects the cable (NC5106), the verifier must see the join on the configs.
        var (result, context, folder) = CabledToTheInternalCore(
            "EXT-CORE-01", "GigabitEthernet0/0/12", "  - { name: GigabitEthernet0/0/10-11, mode: access, segment: center@public }",
            "interface GigabitEthernet0/0/12\n description [EXT] to INT-CORE-01\n undo portswitch\n ip address 192.168.99.1 255.255.255.252\n#\nip route-static 172.17.0.0 255.255.0.0 192.168.99.2\n#\n");
        var crossing = Assert.Single(result.Findings, f => f.Property == "P1" && f.Packet is not null && f.Message.Contains("finance@public", StringComparison.Ordinal));
        Assert.Contains("packets cross from plane external into plane internal", crossing.Message, StringComparison.Ordinal);
        Assert.Equal("NC9109", crossing.Code);
        Assert.Contains("finance@public", crossing.Message, StringComparison.Ordinal);
        Assert.Contains("→ 172.17.", crossing.Packet, StringComparison.Ordinal);
        Assert.True(crossing.Path.Contains("INT-CORE-01:GigabitEthernet1/0/6"), string.Join(" ", crossing.Path));
        Assert.Null(VerifyHarness.PathProblem(context, folder, crossing));

        // It points at the plane without internet, and a packet that crosses is reported once, as P1, not again as a zone breach.
        Assert.Equal(context.Planes["internal"].Name.Span, crossing.Contradicts);
        Assert.DoesNotContain(result.Findings, f => f.Property is "P3" or "P4" && f.Message.Contains("zone office", StringComparison.Ordinal));
        var route = Assert.Single(result.Findings, f => f.Property == "P1" && f.Message.Contains("routes 172.17.", StringComparison.Ordinal));
        Assert.Equal("NC9104", route.Code);
        Assert.Contains("ip route-static 172.17.0.0", File.ReadAllLines(Path.Combine(folder, "EXT-CORE-01.cfg"))[route.At.Line - 1], StringComparison.Ordinal);

        // The route's line names the internal plane's addresses too; it is reported once, by what it does.
        Assert.DoesNotContain(result.Findings, f => f.At.File == route.At.File && f.At.Line == route.At.Line && f != route);
        Assert.Contains(result.Findings, f => f.Property == "P1" && f.Message.Contains("joins the planes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_access_switch_that_is_no_gateway_routing_into_the_internal_plane_is_P1_at_its_route()
    {
        // EXT-ACC-01 serves no segment's gateway, so no traffic source starts on it: its own routes must still be walked.
        var (result, _, folder) = CabledToTheInternalCore(
            "EXT-ACC-01", "GigabitEthernet1/0/20", "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }",
            "interface GigabitEthernet1/0/20\n port link-mode route\n description [EXT] to INT-CORE-01\n ip address 192.168.99.1 255.255.255.252\n#\nip route-static 172.17.0.0 16 192.168.99.2\n#\n");

        var route = Assert.Single(result.Findings, f => f.Property == "P1" && f.Message.Contains("EXT-ACC-01 routes 172.17.", StringComparison.Ordinal));
        Assert.Equal("ip route-static 172.17.0.0 16 192.168.99.2", File.ReadAllLines(Path.Combine(folder, "EXT-ACC-01.cfg"))[route.At.Line - 1]);
        Assert.Equal(["EXT-ACC-01:GigabitEthernet1/0/20", "INT-CORE-01:GigabitEthernet1/0/6"], route.Path.Take(2).ToArray());
    }

    [Fact]
    public void Handing_packets_to_a_device_of_the_other_plane_that_drops_them_still_joins_the_planes()
    {
        // INT-CORE-01 has no route to 9.9.9.0/24: the packets die there, but they crossed the cable first.
        var (result, _, folder) = CabledToTheInternalCore(
            "EXT-CORE-01", "GigabitEthernet0/0/12", "  - { name: GigabitEthernet0/0/10-11, mode: access, segment: center@public }",
            "interface GigabitEthernet0/0/12\n description [EXT] to INT-CORE-01\n undo portswitch\n ip address 192.168.99.1 255.255.255.252\n#\nip route-static 9.9.9.0 255.255.255.0 192.168.99.2\n#\n");

        var route = Assert.Single(result.Findings, f => f.Property == "P1" && f.Message.Contains("routes 9.9.9.", StringComparison.Ordinal));
        Assert.StartsWith("physical isolation at layer 3: EXT-CORE-01 routes 9.9.9.", route.Message, StringComparison.Ordinal);
        Assert.Contains("(plane external) to INT-CORE-01 in plane internal", route.Message, StringComparison.Ordinal);
        Assert.Equal("ip route-static 9.9.9.0 255.255.255.0 192.168.99.2", File.ReadAllLines(Path.Combine(folder, "EXT-CORE-01.cfg"))[route.At.Line - 1]);
        Assert.Equal("INT-CORE-01:GigabitEthernet1/0/6", route.Path[^1]);
    }

    [Fact]
    public void Verify_json_carries_the_flow_matrix_and_is_the_same_bytes_every_run()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        var first = Netcode.Run(root, "verify", "--today", "2026-11-24", "--format", "json");
        Assert.True(first.ExitCode == 0, first.StandardError);
        var json = System.Text.Json.Nodes.JsonNode.Parse(first.StandardOutput)!;
        var keys = json["matrix"]!.AsArray().Select(e => (string)e!["key"]!).ToList();
        Assert.Contains("finance@public -> internet tcp/443", keys);
        Assert.Contains("finance@public -> service:oa tcp/443", keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(first.StandardOutput, Netcode.Run(root, "verify", "--today", "2026-11-24", "--format", "json").StandardOutput);
    }

    [Fact]
    public async Task A_routing_loop_ends_the_walk_and_what_it_swallows_is_not_permitted()
    {
        // EXT-CORE-01 and EXT-EGRESS-01 send 9.9.9.0/24 to each other: packets there never leave.
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "\nreturn", "\nip route-static 9.9.9.0 255.255.255.0 10.61.255.2\nreturn"));
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "\nreturn", "\nip route-static 9.9.9.0 255.255.255.0 10.61.255.1\nreturn"));
        var result = await HangGuard.RunAsync(() => Verifier.Run(context, folder, "configs"));
        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
        Assert.Contains(result.Matrix.Entries, e => e.Key == "finance@public -> internet tcp/80");
    }
}
