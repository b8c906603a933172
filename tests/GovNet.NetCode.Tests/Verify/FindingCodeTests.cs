using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Every finding carries a stable code (NC9xxx) that names its kind, so suppressions, SARIF rules and
/// plan comments survive a reworded message; the code's hundreds digit is the property it breaks.
/// The codes not asserted here are asserted where their scenario already lives (VerifierTests,
/// ReachabilityTests, SoundVerdictTests, SarifOutputTests).
/// </summary>
public sealed class FindingCodeTests
{
    /// <summary>Edit, network and seed (the seed picks the device and port), and a code the edit must draw.</summary>
    public static TheoryData<string, int, int, string> EditCodes() => new()
    {
        { "h3c-comware sntp unicast-server", 0, 1, "NC9102" },
        { "huawei-vrp floating default route to an unused management address", 0, 1, "NC9106" },
        { "cisco-ios default route to an unknown next hop on an internal router", 0, 1, "NC9107" },
        { "huawei-vrp spare port routed with a default route to the far /30 end", 0, 0, "NC9203" },
        { "huawei-vrp port link-type negotiation-desirable", 0, 1, "NC9502" },
    };

    [Theory]
    [MemberData(nameof(EditCodes))]
    public void A_bridge_edit_draws_the_code_of_its_kind(string id, int network, int seed, string code)
    {
        var edit = SoundnessBridgeEdits.All.Concat(SoundnessStatementEdits.All).Single(e => e.Id == id);
        var edited = SoundnessNetworks.Get(network);
        var applied = edit.Apply(edited, new Random(seed)) ?? throw new InvalidOperationException($"{id} found no target");
        var findings = edited.Verify(applied.Host, applied.Text.ToString()).Findings;
        Assert.Contains(findings, f => f.Code == code);
        Assert.All(findings, f => Assert.True(BelongsTo(f.Code, f.Property), $"{f.Code} reported as {f.Property}: {f}"));
    }

    [Fact]
    public void Every_finding_of_every_bridge_edit_has_a_code_of_its_property()
    {
        var network = SoundnessNetworks.Get(1);
        foreach (var edit in SoundnessBridgeEdits.All.Concat(SoundnessStatementEdits.All))
        {
            if (edit.Apply(network, new Random(7)) is { } applied)
            {
                Assert.All(network.Verify(applied.Host, applied.Text.ToString()).Findings,
                    f => Assert.True(BelongsTo(f.Code, f.Property), $"{edit}: {f.Code} reported as {f.Property}: {f}"));
            }
        }
    }

    [Fact]
    public void A_device_without_a_config_is_NC9003()
    {
        var network = SoundnessNetworks.Get(0);
        var host = network.Texts.Keys.Order(StringComparer.Ordinal).First();
        var texts = network.Texts.Where(t => t.Key != host).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var finding = Assert.Single(Verifier.Run(network.Context, texts, "configs").Findings);
        Assert.Equal(("NC9003", "coverage", $"configs/{host}.cfg"), (finding.Code, finding.Property, finding.At.File));
    }

    /// <summary>
    /// Seventeen routes to one prefix through the access switch, floating ones included (the walk follows
    /// every preference, since any may become the active one): more paths than one walk follows, so the
    /// paths past the limit are not proven closed and say so.
    /// </summary>
    [Fact]
    public void A_walk_cut_short_is_NC9004()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var routes = string.Concat(Enumerable.Range(1, 17).Select(i => $"ip route-static 10.99.0.0 255.255.0.0 10.61.0.11 preference {i}\n"));
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "\nreturn", "\n" + routes + "return"));
        var result = Verifier.Run(context, folder, "configs");
        var cut = Assert.Single(result.Findings, f => f.Code == "NC9004");
        Assert.Equal(("coverage", Severity.Error), (cut.Property, cut.Severity));
    }

    /// <summary>
    /// A plane without internet that still links to a peer network (a provincial 内网 line, say):
    /// what reaches that peer leaves the plane, which nothing in the inventory proves closed.
    /// </summary>
    [Fact]
    public void A_plane_without_internet_that_routes_and_sends_out_of_its_peer_link_is_NC9105_and_NC9110()
    {
        using var repo = new MiniRepo();
        repo.Replace("policy/network.yaml", "    internet: none\n", "    internet: none\n    upstream:\n      province: { prefixes: [10.250.0.0/16] }\n")
            .Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
                "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }\n  - { name: GigabitEthernet1/0/7, link: \"upstream:province\", mode: routed, address: 10.250.0.2/30 }")
            .Replace("policy/flows.yaml", "  - permit tcp/443 from zone:office to service:int-oa\n", "  - permit tcp/443 from zone:office to service:int-oa\n  - id: province-oa\n    rule: permit tcp/443 from zone:office to upstream:province\n    approval: 省政务内网接入〔2026〕1号\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        var result = Verifier.Run(context, folder, "configs");
        var routed = result.Findings.Where(f => (f.Code, f.Property) == ("NC9105", "P1")).ToList();
        Assert.NotEmpty(routed);
        Assert.All(routed, f => Assert.Equal("configs/INT-CORE-01.cfg", f.At.File));
        Assert.All(routed, f => Assert.Matches(@"^physical isolation at layer 3: INT-CORE-01 \(plane internal, no internet\) routes 10\.250\.\d+\.\d+ out of GigabitEthernet1/0/7 to upstream province; a plane without internet may have no route out of itself$", f.Message));
        Assert.Contains(result.Findings, f => (f.Code, f.Property) == ("NC9110", "P1"));
    }

    /// <summary>NC90xx are parse coverage, NC91xx–NC95xx the properties P1–P5; an expired flow still permitted (NC9302) may be P2, P3 or P4.</summary>
    private static bool BelongsTo(string code, string property) => code switch
    {
        "NC9302" => property is "P2" or "P3" or "P4",
        _ when code.StartsWith("NC90", StringComparison.Ordinal) => property == ParseCoverage.Property,
        _ => code.Length == 6 && code.StartsWith("NC9", StringComparison.Ordinal) && property == $"P{code[3]}",
    };
}
