using GovNet.NetCode.Parsing;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.HuaweiVrpText;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>VRP static routes (with VPN and IPv6 routes reported) and the management servers, wherever VRP writes them.</summary>
public sealed class HuaweiVrpParserRouteTests
{
    [Fact]
    public void Static_routes_read_masks_lengths_interfaces_and_options_and_report_VPN_routes()
    {
        var facts = Parse("""
            ip route-static 0.0.0.0 0.0.0.0 10.0.0.1
            ip route-static 10.1.0.0 16 Vlanif10 10.0.10.2 preference 70 description to-branch
            ip route-static 192.0.2.0 255.255.255.0 NULL0
            ip route-static vpn-instance A 10.2.0.0 16 10.0.0.9
            ip route-static 10.3.0.0 255.0.255.0 10.0.0.1
            ipv6 route-static :: 0 2001:db8::1
            """);

        Assert.Equal(
            ["0.0.0.0/0 10.0.0.1 ", "10.1.0.0/16 10.0.10.2 Vlanif10", "192.0.2.0/24  NULL0"],
            facts.Routes.Select(r => $"{r.Prefix} {r.NextHop} {r.Interface}"));
        Assert.Equal([5], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding));
        Assert.Equal("A 10.2.0.0/16 10.0.0.9 4", string.Join(' ', facts.Protocols.VrfRoutes.Select(v => $"{v.Vrf} {v.Route.Prefix} {v.Route.NextHop} {v.Route.Line}")));

        // An IPv6 route is recognised, and recorded as forwarding the verifier does not prove.
        Assert.Equal((6, UnprovenKind.Ipv6), (Assert.Single(facts.Unproven).Line, facts.Unproven[0].Kind));
    }

    [Fact]
    public void Management_servers_are_read_wherever_VRP_writes_them()
    {
        var facts = Parse("""
            ntp-service unicast-server 10.0.0.123 source-interface Vlanif100
            info-center loghost 10.0.0.14 channel 2
            info-center loghost source Vlanif100
            dns server 10.0.0.53
            snmp-agent target-host trap address udp-domain 10.0.0.15 udp-port 162 params securityname x v3 privacy
            hwtacacs-server template t
             hwtacacs-server authentication 10.0.0.49
             hwtacacs-server authorization 10.0.0.50 secondary
             hwtacacs-server shared-key cipher xyz
            radius-server template r
             radius-server authentication 10.0.0.60 1812 weight 80
            ntp-service unicast-server ipv6 2001:db8::1
            """);

        Assert.Equal(
            ["Ntp 10.0.0.123", "Syslog 10.0.0.14", "Dns 10.0.0.53", "Snmp 10.0.0.15", "Aaa 10.0.0.49", "Aaa 10.0.0.50", "Aaa 10.0.0.60"],
            facts.Management.Select(m => $"{m.Kind} {m.Address}"));
        var ipv6 = Assert.Single(facts.Unparsed);
        Assert.Equal((12, false), (ipv6.Line, ipv6.AffectsForwarding));
    }
}
