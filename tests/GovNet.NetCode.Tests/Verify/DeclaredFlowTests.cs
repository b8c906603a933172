using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// P4 warnings for declared permits the configs do not let through, on the mini network: flows of a
/// protocol without ports, flows of every port, and pairs an earlier deny flow takes out of a permit.
/// </summary>
public sealed class DeclaredFlowTests
{
    private static Finding[] Warnings(VerifyResult result) => [.. result.Findings.Where(f => f.Code == "NC9401")];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_icmp_flow_is_let_through_by_the_configs_it_compiles_to_and_missed_once_they_drop_it(bool dropped)
    {
        using var repo = new MiniRepo();
        repo.Replace("policy/flows.yaml", "  - id: finance-web\n", "  - permit icmp from unit:finance@public to unit:center@public\n  - id: finance-web\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        if (dropped)
        {
            VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "acl number 3110\n", "acl number 3110\n rule 1 deny icmp source any destination any\n"));
        }

        var result = Verifier.Run(context, folder, "configs");

        if (!dropped)
        {
            Assert.Empty(result.Findings);
            Assert.Contains(result.Matrix.Entries, e => e.Key == "finance@public -> center@public icmp");
            return;
        }

        var warning = Assert.Single(Warnings(result));
        Assert.EndsWith("(permit icmp from unit:finance@public to unit:center@public) is not let through by the configs for 2 of 2 endpoint pair(s), e.g. finance@public → center@public icmp", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_of_every_tcp_port_is_missed_where_the_configs_let_only_some_through_and_named_by_its_first_pair()
    {
        // The configs let finance reach oa on tcp/443 only, and the center segment not at all.
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        repo.Replace("policy/flows.yaml", "  - id: finance-web\n", "  - permit tcp from unit:finance@public to unit:center@public\n  - id: finance-web\n");
        var context = new ModelIndex(CompileHarness.Model(repo.Write()), MiniRepo.Today);

        var warning = Assert.Single(Warnings(Verifier.Run(context, folder, "configs")));

        Assert.EndsWith("(permit tcp from unit:finance@public to unit:center@public) is not let through by the configs for 2 of 2 endpoint pair(s), e.g. finance@public → center@public tcp", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_an_earlier_deny_flow_takes_out_of_a_permit_are_not_missed_even_with_a_flow_the_other_way()
    {
        // oa may open tcp to finance, so a finance → oa packet would pass as a reply if it were taken for one.
        using var repo = new MiniRepo();
        repo.Replace("policy/flows.yaml", "flows:\n",
            "flows:\n  - deny tcp/443 from unit:finance@public to service:oa\n  - permit tcp from service:oa to unit:finance@public\n");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());

        var result = Verifier.Run(context, folder, "configs");

        Assert.DoesNotContain(Warnings(result), f => f.Message.Contains("(permit tcp/443 from zone:public to service:oa)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Matrix.Entries, e => e.Key == "finance@public -> service:oa tcp/443");
    }
}
