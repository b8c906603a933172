using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Comware ACLs: rule options in any order, named ports, automatic numbering, the options the facts
/// cannot hold (reported), and packet filters bound by number or by name.
/// </summary>
public sealed class H3cComwareParserAclTests
{
    [Fact]
    public void Acl_rule_options_are_read_in_any_order_with_named_ports_and_auto_numbering()
    {
        var facts = H3cComwareConfigParser.Parse("""
            acl advanced 3001
             description test
             rule 5 permit tcp destination-port eq www source 10.1.1.0 0.0.0.255 logging established destination any counting
             rule permit udp source-port range 100 200 destination 10.2.2.2 0 destination-port neq dns
             rule deny 47 source any
             rule 5 comment web
             rule 20 permit ip vpn-instance blue
             rule 25 deny ip vpn-instance blue
             rule 30 permit tcp source-port eq 80 source-port eq 81
             rule 35 permit icmp destination-port eq 80
            #
            acl basic 2001
             rule 0 permit source 192.0.2.7 0
             rule 5 deny
            #
            interface Vlan-interface10
             ip address 10.1.1.1 24
             ip address 10.9.9.1 255.255.255.0 sub
             packet-filter 3001 inbound
             packet-filter name X outbound
            """, "t.cfg");

        var acl = facts.Acls.Single(a => a.Id == "3001");
        Assert.Equal([5, 10, 15, 20], acl.Rules.Select(r => r.Sequence!.Value));
        var web = acl.Rules[0];
        Assert.Equal((Protocol.Tcp, true, "web"), (web.Protocol, web.Established, web.Remark));
        Assert.Equal("10.1.1.0/24", web.Source.ToString());
        Assert.Equal(AddressMatch.Any, web.Destination);
        Assert.Equal([new PortRange(80, 80)], web.DestinationPorts.Ranges.ToArray());
        var dns = acl.Rules[1];
        Assert.Equal([new PortRange(100, 200)], dns.SourcePorts.Ranges.ToArray());
        Assert.Equal([new PortRange(0, 52), new PortRange(54, 65535)], dns.DestinationPorts.Ranges.ToArray());
        Assert.Equal((Protocol.Ip, 47), (acl.Rules[2].Protocol, acl.Rules[2].ProtocolNumber));

        // A permit narrowed to a VPN is kept as a wider permit; the narrowed deny, a repeated option
        // and ports on ICMP cannot be held and are reported.
        Assert.Equal(AclAction.Permit, acl.Rules[3].Action);
        Assert.Equal(["rule 25 deny ip vpn-instance blue", "rule 30 permit tcp source-port eq 80 source-port eq 81", "rule 35 permit icmp destination-port eq 80"],
            facts.Unparsed.Select(u => u.Text));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding && u.Section == "acl advanced 3001"));

        var basic = facts.Acls.Single(a => a.Id == "2001");
        Assert.Equal(["192.0.2.7/32", "any"], basic.Rules.Select(r => r.Source.ToString()));
        var svi = Interface(facts, "Vlan-interface10");
        Assert.Equal(["10.1.1.1/24", "10.9.9.1/24"], svi.Addresses.Select(a => a.ToString()));
        Assert.Equal(("3001", "X"), (svi.AclIn, svi.AclOut));
        Assert.Equal(PortMode.Routed, svi.Mode);
    }

    [Fact]
    public void A_name_bound_acl_resolves_to_the_number_it_was_declared_with()
    {
        var facts = H3cComwareConfigParser.Parse("""
            acl number 3100 name WEB
             rule 0 permit ip
            #
            interface GigabitEthernet0/0
             ip address 192.0.2.1 30
             firewall packet-filter name web inbound
            """, "t.cfg");

        var port = Interface(facts, "GigabitEthernet0/0");
        Assert.Equal(("3100", PortMode.Routed), (port.AclIn, port.Mode));
    }
}
