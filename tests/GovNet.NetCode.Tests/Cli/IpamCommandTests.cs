using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary><c>netcode ipam next</c>: the next free VLAN and subnet of a zone, and clear refusals.</summary>
public sealed class IpamCommandTests
{
    private static NetcodeProcess.Outcome Ipam(string root, params string[] arguments) =>
        Netcode.Run(root, ["ipam", "next", .. arguments, "--today", "2026-11-24"]);

    [Theory]
    [InlineData("public", null, "VLAN 102, subnet 10.61.102.0/24")]
    [InlineData("dedicated", null, "VLAN 202, subnet 10.62.2.0/24")]
    [InlineData("dedicated", "finance", "VLAN 210, subnet 10.62.10.0/24")]
    [InlineData("office", null, "VLAN 502, subnet 172.17.2.0/24")]
    [InlineData("internet-access", null, "VLAN 301, subnet 10.61.2.0/24")]
    public void Next_proposes_a_free_vlan_and_subnet_numbered_as_the_zone_numbers_them(string zone, string? unit, string expected)
    {
        using var repo = new MiniRepo();
        var outcome = unit is null ? Ipam(repo.Write(), "--zone", zone) : Ipam(repo.Write(), "--zone", zone, "--unit", unit);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains(expected, outcome.StandardOutput.Split('\n')[0], StringComparison.Ordinal);
    }

    /// <summary>What ipam proposes is really free: a new unit with the proposed segment in every zone still validates clean.</summary>
    [Fact]
    public void A_unit_built_from_the_proposals_validates_clean()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var segments = new List<string>();
        foreach (var zone in new[] { "public", "dedicated", "office" })
        {
            using var json = JsonDocument.Parse(Ipam(root, "--zone", zone, "--format", "json").StandardOutput);
            segments.Add(json.RootElement.GetProperty("proposal").GetProperty("segment").GetString()!);
        }

        repo.With("policy/units/water.yaml", "id: water\nsegments:\n" + string.Concat(segments.Select(s => $"  {s}\n")));
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void The_example_network_gets_the_first_gap_in_its_own_numbering()
    {
        var outcome = Ipam(NetcodeProcess.RepositoryRoot(), "--zone", "dedicated", "--format", "json");
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var proposal = json.RootElement.GetProperty("proposal");
        Assert.Equal(206, proposal.GetProperty("vlan").GetInt32());
        Assert.Equal("10.62.6.0/24", proposal.GetProperty("subnet").GetString());
        Assert.Equal("10.62.0.0/16", proposal.GetProperty("pool").GetString());
        Assert.Equal(201, proposal.GetProperty("vlanRange").GetProperty("first").GetInt32());
        Assert.Equal("- { zone: dedicated, vlan: 206, subnet: 10.62.6.0/24 }", proposal.GetProperty("segment").GetString());
    }

    [Theory]
    [InlineData("--zone", "pubic", "zone 'pubic' is not declared in policy/network.yaml; did you mean 'public'?")]
    [InlineData("--zone", "public", "--unit", "finanse", "unit 'finanse' is not declared in policy/units/; did you mean 'finance'?")]
    [InlineData("--zone", "public", "--unit", "finance", "unit finance already has segment finance@public (VLAN 110, 10.61.110.0/24) at policy/units/finance.yaml:4:5")]
    public void Unknown_names_and_a_second_segment_in_a_zone_are_refused_with_exit_2(params string[] arguments)
    {
        using var repo = new MiniRepo();
        var outcome = Ipam(repo.Write(), arguments[..^1]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.StandardOutput);
        Assert.Contains("ipam next: error: " + arguments[^1], outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_in_json_names_the_error_and_no_proposal()
    {
        using var repo = new MiniRepo();
        var outcome = Ipam(repo.Write(), "--zone", "pubic", "--format", "json");
        Assert.Equal(2, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Contains("did you mean 'public'?", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("proposal").ValueKind);
    }

    [Fact]
    public void An_invalid_policy_is_reported_first_with_exit_2()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Ipam(repo.Write(), "--zone", "public");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error NC3107", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("ipam next: 1 error(s) in the policy; fix them first", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Zone_is_required()
    {
        Assert.Equal(2, Netcode.Run(Path.GetTempPath(), "ipam", "next").ExitCode);
    }
}
