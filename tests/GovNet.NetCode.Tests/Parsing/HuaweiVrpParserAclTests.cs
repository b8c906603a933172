using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Xunit;
using static GovNet.NetCode.Tests.Parsing.FactsLookup;
using static GovNet.NetCode.Tests.Parsing.HuaweiVrpText;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// VRP ACLs: advanced and basic rules, the order the device evaluates them in, named ACLs and their
/// bindings, and the options the facts cannot hold, which are reported.
/// </summary>
public sealed class HuaweiVrpParserAclTests
{
    [Fact]
    public void Advanced_rules_read_ports_by_number_and_name_protocol_numbers_and_flags()
    {
        var facts = Parse("""
            acl number 3001
             rule 5 permit tcp source 10.1.1.0 0.0.0.255 destination 10.2.2.2 0 destination-port eq www
             rule 5 description web to the portal
             rule 10 permit udp source any source-port range bootps bootpc destination any
             rule 15 permit 6 source 10.1.1.1 0 source-port gt 1023 destination any destination-port lt 1024 tcp-flag established logging
             rule 20 permit 17 destination 10.9.9.9 0 destination-port eq snmp
             rule 25 permit 1 destination any
             rule 30 deny 47
             rule 35 deny ip
            return
            """);

        var rules = Assert.Single(facts.Acls).Rules;
        Assert.Equal([5, 10, 15, 20, 25, 30, 35], rules.Select(r => r.Sequence!.Value));
        Assert.Equal([80], rules[0].DestinationPorts.Ranges.Select(r => r.From));
        Assert.Equal(AddressMatch.Host(Ipv4Address.Parse("10.2.2.2")), rules[0].Destination);
        Assert.Equal("web to the portal", rules[0].Remark);
        Assert.Equal([new PortRange(67, 68)], rules[1].SourcePorts.Ranges.ToArray());
        Assert.Equal((Protocol.Tcp, true), (rules[2].Protocol, rules[2].Established));
        Assert.Equal([new PortRange(1024, 65535)], rules[2].SourcePorts.Ranges.ToArray());
        Assert.Equal([new PortRange(0, 1023)], rules[2].DestinationPorts.Ranges.ToArray());
        Assert.Equal((Protocol.Udp, 161), (rules[3].Protocol, rules[3].DestinationPorts.Ranges[0].From));
        Assert.Equal(Protocol.Icmp, rules[4].Protocol);
        Assert.Equal((Protocol.Ip, (int?)47), (rules[5].Protocol, rules[5].ProtocolNumber));
        Assert.Empty(facts.Unparsed);
    }

    [Fact]
    public void Rules_are_ordered_by_id_as_the_device_evaluates_them_and_unnumbered_rules_follow()
    {
        var facts = Parse("""
            acl 3002
             rule 20 deny ip
             rule 10 permit tcp destination-port eq 22
             rule permit udp
            """);

        Assert.Equal([10, 20, null], Assert.Single(facts.Acls).Rules.Select(r => r.Sequence));
        Assert.False(facts.Complete);
    }

    [Fact]
    public void A_narrowing_option_is_dropped_from_a_permit_but_a_deny_with_one_is_reported()
    {
        var facts = Parse("""
            acl number 3003
             rule 5 permit ip source 10.0.0.0 0.255.255.255 time-range worktime
             rule 10 deny ip source 10.0.0.0 0.255.255.255 time-range worktime
             rule 15 permit icmp icmp-type echo
             rule 20 deny tcp tcp-flag syn
             rule 25 permit ip source 10.0.0.0 0.0.0.255 source 10.0.1.0 0.0.0.255
             rule 30 permit ip destination-port eq 80
             rule 35 permit tcp bogus
             rule 40 permit ip logging logging
             rule 45 permit tcp source-port eq 80 logging source-port eq 81
            """);

        Assert.Equal([5, 15], Assert.Single(facts.Acls).Rules.Select(r => r.Sequence!.Value));
        Assert.Equal([3, 5, 6, 7, 8, 9, 10], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.Equal(("acl number 3003", true), (u.Section, u.AffectsForwarding)));
    }

    [Fact]
    public void An_auto_ordered_ACL_reports_its_header_and_IPv6_and_layer_2_rules_are_reported()
    {
        var facts = Parse("""
            acl number 3000 match-order auto
             rule 5 permit ip
            acl ipv6 number 3001
             rule 5 permit ipv6
            acl number 4000
             rule 5 permit source-mac 0000-0000-0001
            """);

        Assert.Equal(["3000", "4000"], facts.Acls.Select(a => a.Id));
        Assert.Single(facts.Acls[0].Rules);
        Assert.Empty(facts.Acls[1].Rules);
        Assert.Equal([3, 4, 6], facts.Unparsed.Select(u => u.Line));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding));
        Assert.Equal((1, UnprovenKind.AclAutoOrder), facts.Protocols.Unproven.Select(u => (u.Line, u.Kind)).Single());
    }

    [Fact]
    public void Named_ACLs_bind_by_name_or_number_and_basic_ACLs_match_on_source_only()
    {
        var facts = Parse("""
            acl name WEB 3010
             rule 5 permit tcp destination-port eq 443
            acl name LOCAL basic
             rule 5 permit source 192.168.1.0 0.0.0.255
             rule 10 deny destination any
            interface GigabitEthernet0/0/1
             traffic-filter inbound acl name WEB
             traffic-filter outbound acl name LOCAL
            interface GigabitEthernet0/0/2
             traffic-filter inbound acl 3010
            """);

        Assert.Equal(["3010", "LOCAL"], facts.Acls.Select(a => a.Id));
        Assert.Equal(("3010", "LOCAL"), (Interface(facts, "GigabitEthernet0/0/1").AclIn, Interface(facts, "GigabitEthernet0/0/1").AclOut));
        Assert.Equal("3010", Interface(facts, "GigabitEthernet0/0/2").AclIn);
        var basic = Assert.Single(facts.Acls[1].Rules);
        Assert.Equal((Protocol.Ip, AddressMatch.Any), (basic.Protocol, basic.Destination));
        Assert.Equal("rule 10 deny destination any", Assert.Single(facts.Unparsed).Text);
    }
}
