using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// IPv6 routing is forwarding the verifier does not prove: a device whose only extra lines are an
/// IPv6 BGP peer or an OSPFv3 process is not clean, it has NC9008 findings and nothing else.
/// </summary>
public sealed class Ipv6RoutingVerifyTests
{
    [Theory]
    [InlineData("huawei-vrp", "bgp 65001\n peer 2001:db8::2 as-number 65002\n#")]
    [InlineData("huawei-vrp", "ospfv3 1\n router-id 10.61.255.2\n#")]
    [InlineData("h3c-comware", "bgp 65001\n peer 2001:db8::2 as-number 65002\n#")]
    [InlineData("h3c-comware", "ospfv3 1\n router-id 10.61.255.2\n#")]
    public void An_ipv6_only_bgp_peer_or_an_ospfv3_process_is_forwarding_the_verifier_does_not_prove(string dialect, string lines)
    {
        using var repo = new MiniRepo();
        repo.Replace("inventory/devices/EXT-EGRESS-01.yaml", "vendor: huawei-vrp", $"vendor: {dialect}");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "\nreturn", "\n" + lines + "\nreturn"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("NC9008", ParseCoverage.Property), (finding.Code, finding.Property));
        Assert.StartsWith("forwarding not proven (IPv6)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(lines.Split('\n')[lines.StartsWith("bgp", StringComparison.Ordinal) ? 1 : 0].Trim(), finding.Message, StringComparison.Ordinal);
    }
}
