using GovNet.NetCode.Dialects.H3cComware;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>Comware static routes (VPN routes kept apart) and management servers.</summary>
public sealed class H3cComwareParserRouteTests
{
    [Fact]
    public void Route_forms_and_management_servers_are_read()
    {
        var facts = H3cComwareConfigParser.Parse("""
            ip route-static 10.1.0.0 16 Vlan-interface10 10.9.9.9 preference 70 description to core
            ip route-static 10.2.0.0 255.255.0.0 NULL0
            ip route-static vpn-instance red 10.3.0.0 16 10.9.9.9
            ip route-static 10.4.0.0 255.0.255.0 10.9.9.9
            ntp-service unicast-server 10.0.0.123
            ntp-service unicast-server ntp.example.com
            info-center loghost 10.0.0.14 port 514 facility local5
            info-center loghost source Vlan-interface100
            dns server 10.0.0.53
            snmp-agent target-host trap address udp-domain 10.0.0.15 params securityname s v3 privacy
            radius scheme r
             primary authentication 10.0.0.18 1812 key simple x
             secondary accounting 10.0.0.19
             key authentication simple secret
            """, "t.cfg");

        Assert.Equal(["10.1.0.0/16 10.9.9.9 Vlan-interface10", "10.2.0.0/16  NULL0"], facts.Routes.Select(r => $"{r.Prefix} {r.NextHop} {r.Interface}"));
        Assert.Equal(
            ["Ntp 10.0.0.123", "Syslog 10.0.0.14", "Dns 10.0.0.53", "Snmp 10.0.0.15", "Aaa 10.0.0.18", "Aaa 10.0.0.19"],
            facts.Management.Select(m => $"{m.Kind} {m.Address}"));
        Assert.Equal(
            [("ip route-static 10.4.0.0 255.0.255.0 10.9.9.9", true), ("ntp-service unicast-server ntp.example.com", false)],
            facts.Unparsed.Select(u => (u.Text, u.AffectsForwarding)));
        Assert.Equal("red 10.3.0.0/16 10.9.9.9", string.Join(' ', facts.Protocols.VrfRoutes.Select(v => $"{v.Vrf} {v.Route.Prefix} {v.Route.NextHop}")));
    }
}
