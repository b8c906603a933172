using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// P1 for management servers on the mini network: the external plane declares NTP 10.61.0.123 and
/// syslog 10.61.0.14 (its management subnet is 10.61.0.0/24); EXT-EGRESS-01 (Huawei) is edited.
/// </summary>
public sealed class ManagementServerTests
{
    private static VerifyResult Verify(string ntp, Func<MiniRepo, MiniRepo>? policy = null)
    {
        using var repo = new MiniRepo();
        policy?.Invoke(repo);
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "ntp-service unicast-server 10.61.0.123 ", $"ntp-service unicast-server {ntp} "));
        return Verifier.Run(context, folder, "configs");
    }

    [Fact]
    public void A_server_the_plane_declares_is_accepted_even_outside_its_address_space()
    {
        // A provincial time source the information centre names in policy.
        var result = Verify("192.0.2.123", repo => repo.Replace("policy/network.yaml", "ntp: [10.61.0.123]", "ntp: [10.61.0.123, 192.0.2.123]"));

        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }

    [Fact]
    public void A_declared_server_outside_a_plane_without_internet_is_no_census_finding_either()
    {
        using var repo = new MiniRepo();
        repo.Replace("policy/network.yaml", "ntp: [172.16.0.123]", "ntp: [172.16.0.123, 192.0.2.123]");
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "INT-CORE-01", t => VerifyHarness.Replace(t, "ntp server 172.16.0.123 ", "ntp server 192.0.2.123 "));

        var result = Verifier.Run(context, folder, "configs");

        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }

    [Fact]
    public void The_same_server_undeclared_is_P1_outside_every_plane()
    {
        var result = Verify("192.0.2.123");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("P1", finding.Property);
        Assert.Contains("EXT-EGRESS-01 (plane external) uses NTP server 192.0.2.123, which lies outside every plane", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["EXT-EGRESS-01", "192.0.2.123"], finding.Path.ToArray());
        Assert.Equal("policy/network.yaml", finding.Contradicts!.Value.File);
    }

    [Fact]
    public void A_server_inside_the_planes_own_space_is_accepted_undeclared()
    {
        var result = Verify("10.61.0.200");

        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }
}
