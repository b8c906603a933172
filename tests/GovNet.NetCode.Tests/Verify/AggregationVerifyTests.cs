using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Link aggregation, sub-interfaces and IPv6 on the mini network, per dialect. A member port forwards
/// as its aggregate does: a member cabled to a device of the other plane joins the planes with the
/// aggregate's VLANs (P1), and a shut aggregate carries nothing over any member. A sub-interface is an
/// L3 interface in its VLAN across the parent's cable. An IPv6 address is forwarding the verifier does
/// not prove (NC9008), never skipped.
/// </summary>
public sealed class AggregationVerifyTests
{
    /// <summary>Per dialect: the device, its aggregate with one VLAN, the member line, the far device of the other plane and its trunk.</summary>
    public static TheoryData<string, string, string, string, string, string> Aggregates() => new()
    {
        {
            "huawei-vrp", "EXT-CORE-01",
            "#\ninterface Eth-Trunk1\n description [EXT] lag\n port link-type trunk\n undo port trunk allow-pass vlan 1\n port trunk allow-pass vlan 110\n{shut}#\ninterface GigabitEthernet0/0/20\n description [EXT] lag member\n eth-trunk 1\n",
            "110",
            "INT-CORE-01", "!\ninterface GigabitEthernet1/0/20\n description [INT] lag far end\n switchport mode trunk\n switchport trunk allowed vlan 110,510\n"
        },
        {
            "h3c-comware", "EXT-ACC-01",
            "#\ninterface Bridge-Aggregation1\n description [EXT] lag\n port link-type trunk\n undo port trunk permit vlan 1\n port trunk permit vlan 110\n{shut}#\ninterface GigabitEthernet1/0/20\n description [EXT] lag member\n port link-aggregation group 1\n",
            "110",
            "INT-CORE-01", "!\ninterface GigabitEthernet1/0/20\n description [INT] lag far end\n switchport mode trunk\n switchport trunk allowed vlan 110,510\n"
        },
        {
            "cisco-ios", "INT-CORE-01",
            "!\ninterface Port-channel1\n description [INT] lag\n switchport mode trunk\n switchport trunk allowed vlan 510\n{shut}!\ninterface GigabitEthernet1/0/20\n description [INT] lag member\n channel-group 1 mode active\n",
            "510",
            "EXT-ACC-01", "#\ninterface GigabitEthernet1/0/20\n description [EXT] lag far end\n port link-type trunk\n port trunk permit vlan 110 510\n"
        },
    };

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void An_aggregation_member_cabled_into_the_other_plane_joins_the_planes_with_the_aggregates_vlans(string dialect, string host, string aggregate, string vlan, string farHost, string farPort)
    {
        var findings = Run(host, aggregate.Replace("{shut}", string.Empty, StringComparison.Ordinal), farHost, farPort);

        var joined = Assert.Single(findings, f => f.Code == Codes.CableJoinsPlanes);
        Assert.Equal("P1", joined.Property);
        Assert.Contains($"{host}:GigabitEthernet", string.Join(' ', joined.Path), StringComparison.Ordinal);
        Assert.Contains($"VLAN {vlan}", joined.Message, StringComparison.Ordinal);

        // Only the aggregate's VLAN is tagged across: the member's own defaults (negotiated, or access in VLAN 1) do not stand in for it.
        Assert.Single(new[] { "VLAN 110", "VLAN 510" }, v => joined.Message.Contains(v, StringComparison.Ordinal));
        _ = dialect;
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void A_shut_aggregate_carries_nothing_over_its_members(string dialect, string host, string aggregate, string vlan, string farHost, string farPort)
    {
        var findings = Run(host, aggregate.Replace("{shut}", " shutdown\n", StringComparison.Ordinal), farHost, farPort);

        Assert.DoesNotContain(findings, f => f.Code == Codes.CableJoinsPlanes);
        _ = (dialect, vlan);
    }

    /// <summary>Per dialect: a device and the interface lines that give one of its ports an IPv6 address.</summary>
    public static TheoryData<string, string, string> Ipv6Ports() => new()
    {
        { "huawei-vrp", "EXT-CORE-01", "#\ninterface GigabitEthernet0/0/30\n ipv6 enable\n ipv6 address 2001:db8::1/64\n" },
        { "h3c-comware", "EXT-ACC-01", "#\ninterface GigabitEthernet1/0/30\n ipv6 address 2001:db8::1/64\n" },
        { "cisco-ios", "INT-CORE-01", "!\ninterface GigabitEthernet1/0/30\n ipv6 address 2001:db8::1/64\n" },
    };

    [Theory]
    [MemberData(nameof(Ipv6Ports))]
    public void An_ipv6_address_is_forwarding_not_proven_and_not_an_unparsed_line(string dialect, string host, string lines)
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        File.AppendAllText(Path.Combine(folder, host + ".cfg"), lines);

        var findings = Verifier.Run(context, folder, "configs").Findings;

        var open = Assert.Single(findings, f => f.Code == "NC9008");
        Assert.Equal(("coverage", Severity.Error), (open.Property, open.Severity));
        Assert.Contains("ipv6 address 2001:db8::1/64", open.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Code == Codes.LineNotUnderstood);
        _ = dialect;
    }

    /// <summary>Per dialect: a router-side sub-interface in VLAN 110 on the port cabled to the other plane's trunk.</summary>
    public static TheoryData<string, string, string, string, string> Subinterfaces() => new()
    {
        {
            "huawei-vrp", "EXT-CORE-01", "#\ninterface GigabitEthernet0/0/20\n description [EXT] router port\n undo portswitch\n#\ninterface GigabitEthernet0/0/20.110\n dot1q termination vid 110\n ip address 10.61.110.200 255.255.255.0\n",
            "INT-CORE-01", "!\ninterface GigabitEthernet1/0/20\n description [INT] far end\n switchport mode trunk\n switchport trunk allowed vlan 110,510\n"
        },
        {
            "h3c-comware", "EXT-ACC-01", "#\ninterface GigabitEthernet1/0/20\n description [EXT] router port\n port link-mode route\n#\ninterface GigabitEthernet1/0/20.110\n vlan-type dot1q vid 110\n ip address 10.61.110.200 255.255.255.0\n",
            "INT-CORE-01", "!\ninterface GigabitEthernet1/0/20\n description [INT] far end\n switchport mode trunk\n switchport trunk allowed vlan 110,510\n"
        },
        {
            "cisco-ios", "INT-CORE-01", "!\ninterface GigabitEthernet1/0/20\n description [INT] router port\n no switchport\n!\ninterface GigabitEthernet1/0/20.110\n encapsulation dot1Q 110\n ip address 172.16.10.200 255.255.255.0\n",
            "EXT-ACC-01", "#\ninterface GigabitEthernet1/0/20\n description [EXT] far end\n port link-type trunk\n port trunk permit vlan 110 510\n"
        },
    };

    [Theory]
    [MemberData(nameof(Subinterfaces))]
    public void A_subinterface_sits_in_its_vlan_across_the_parents_cable(string dialect, string host, string lines, string farHost, string farPort)
    {
        var findings = Run(host, lines, farHost, farPort);

        var joined = Assert.Single(findings, f => f.Code == Codes.CableJoinsPlanes);
        Assert.Contains("VLAN 110", joined.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("VLAN 510", joined.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Code == Codes.LineNotUnderstood && f.At.File.EndsWith(host + ".cfg", StringComparison.Ordinal));
        _ = dialect;
    }

    /// <summary>Cables <paramref name="host"/> GE…/20 to <paramref name="farHost"/> GE1/0/20 in the inventory, appends both ends' lines to the compiled configs, verifies.</summary>
    private static IReadOnlyList<Finding> Run(string host, string lines, string farHost, string farLines)
    {
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        var port = Port(host);
        repo.With($"inventory/devices/{host}.yaml", repo.Text($"inventory/devices/{host}.yaml") + $"  - {{ name: {port}, link: \"{farHost}:{Port(farHost)}\", mode: trunk, vlans: auto }}\n")
            .With($"inventory/devices/{farHost}.yaml", repo.Text($"inventory/devices/{farHost}.yaml") + $"  - {{ name: {Port(farHost)}, link: \"{host}:{port}\", mode: trunk, vlans: auto }}\n");
        var model = PolicyLoader.Load(repo.Write(), new DiagnosticBag())!;
        File.AppendAllText(Path.Combine(folder, host + ".cfg"), lines);
        File.AppendAllText(Path.Combine(folder, farHost + ".cfg"), farLines);
        return Verifier.Run(new ModelIndex(model, MiniRepo.Today), folder, "configs").Findings;
    }

    private static string Port(string host) => host == "EXT-CORE-01" ? "GigabitEthernet0/0/20" : "GigabitEthernet1/0/20";
}
