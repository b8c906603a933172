using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Comware tunnels and IPsec are understood and each is forwarding the verifier does not prove, never
/// clean; BGP lines a capture nested under a peer are read as the process's own; <c>router id</c> is harmless.
/// </summary>
public sealed class ComwareTunnelParseTests
{
    [Fact]
    public void A_gre_tunnel_and_an_applied_ipsec_policy_are_each_forwarding_not_proven()
    {
        var facts = H3cComwareConfigParser.Parse("""
            ipsec policy P1 1 isakmp
             security acl 3000
             ike-peer PEER
             proposal p1
            #
            interface GigabitEthernet0/1
             port link-mode route
             ip address 198.51.100.2 255.255.255.252
             ipsec policy P1
            #
            interface Tunnel0
             ip address 10.255.0.1 255.255.255.252
             source GigabitEthernet0/1
             destination 203.0.113.9
             gre key 1234
             tunnel-protocol gre
             keepalive 10 3
            #
             router id 10.0.0.1
            #
            return
            """, "t.cfg");

        Assert.True(facts.Unparsed.IsEmpty, string.Join('\n', facts.Unparsed));
        Assert.Equal([(9, "ipsec policy P1"), (11, "interface Tunnel0")], facts.Unproven.Select(u => (u.Line, u.Text)).Order());
        Assert.All(facts.Unproven, u => Assert.Equal(UnprovenKind.Tunnel, u.Kind));
        Assert.Equal("10.255.0.1/30", Assert.Single(facts.Interfaces.Single(i => i.Name == "Tunnel0").Addresses).ToString());
    }

    [Fact]
    public void A_tunnel_end_that_is_not_an_address_stays_unparsed()
    {
        var facts = H3cComwareConfigParser.Parse("interface Tunnel1\n source 公网ip\n destination gateway\n#\nreturn\n", "t.cfg");

        Assert.Equal(["source 公网ip", "destination gateway"], facts.Unparsed.Where(u => u.AffectsForwarding).Select(u => u.Text));
        Assert.Single(facts.Unproven, u => u.Kind == UnprovenKind.Tunnel);
    }

    [Fact]
    public void Bgp_lines_nested_under_a_peer_by_a_lost_separator_are_read_as_the_processes_own()
    {
        var facts = H3cComwareConfigParser.Parse("""
            bgp 65330
             peer 10.20.240.1 as-number 65000
             peer 10.30.240.1 password cipher $c$3$abc==
              address-family ipv4 unicast
              balance 4
              peer 10.30.240.1 enable
              peer 10.40.240.1 route-policy P import
            #
            return
            """, "t.cfg");

        Assert.True(facts.Unparsed.IsEmpty, string.Join('\n', facts.Unparsed));
        var peers = facts.Protocols.Processes.SelectMany(p => p.Peers).Select(p => p.Address.ToString()).Distinct().Order();
        Assert.Equal(["10.20.240.1", "10.30.240.1", "10.40.240.1"], peers);
    }

    [Fact]
    public void Verify_reports_a_tunnel_on_a_compiled_device_as_open()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        File.AppendAllText(Path.Combine(folder, "EXT-ACC-01.cfg"), "#\ninterface Tunnel0\n ip address 10.255.0.1 255.255.255.252\n source 10.0.0.1\n destination 203.0.113.9\n");

        var findings = Verifier.Run(context, folder, "configs").Findings;

        var open = Assert.Single(findings, f => f.Code == Codes.ForwardingNotProven);
        Assert.Equal((ParseCoverage.Property, Severity.Error), (open.Property, open.Severity));
        Assert.Contains("interface Tunnel0", open.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Code == Codes.LineNotUnderstood);
    }
}
