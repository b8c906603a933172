using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>Object groups: an ACL entry naming them becomes exactly the rules the device matches.</summary>
public sealed partial class CiscoIosParserTests
{
    private static string Rules(AclFact acl) => string.Join(" | ", acl.Rules.Select(r =>
        $"{r.Line} {r.Action} {r.Protocol}{(r.ProtocolNumber is { } n ? "/" + n : string.Empty)} {r.Source}{Ports(r.SourcePorts)} > {r.Destination}{Ports(r.DestinationPorts)}{(r.Established ? " established" : string.Empty)}"));

    private static string Ports(PortMatch ports) => ports.Ranges.IsEmpty ? string.Empty : ":" + string.Join(",", ports.Ranges.Select(p => p.From == p.To ? $"{p.From}" : $"{p.From}-{p.To}"));

    [Fact]
    public void An_entry_over_object_groups_is_the_cross_product_of_their_members_in_order()
    {
        var facts = Parse("""
            object-group network ADMINS
             description jump hosts
             host 10.0.0.5
             10.0.1.0 255.255.255.0
             group-object MORE
            object-group network MORE
             range 10.0.2.1 10.0.2.6
            object-group service WEB
             tcp eq www 443
             udp range 1000 1010
             tcp source eq 20 gt 1023
            ip access-list extended IN
             remark admins to the web
             10 permit object-group WEB object-group ADMINS host 192.0.2.1 log
             20 deny ip any any
            """);
        Assert.Empty(facts.Unparsed);
        var acl = Assert.Single(facts.Acls);
        var sources = new[] { "10.0.0.5/32", "10.0.1.0/24", "10.0.2.1/32", "10.0.2.2/31", "10.0.2.4/31", "10.0.2.6/32" };
        string[] services = ["Tcp {0} > 192.0.2.1/32:80,443", "Udp {0} > 192.0.2.1/32:1000-1010", "Tcp {0}:20 > 192.0.2.1/32:1024-65535"];
        var expected = services.SelectMany(s => sources.Select(a => "14 Permit " + string.Format(System.Globalization.CultureInfo.InvariantCulture, s, a)));
        Assert.Equal(string.Join(" | ", [.. expected, "15 Deny Ip any > any"]), Rules(acl));
        Assert.All(acl.Rules.SkipLast(1), r => Assert.Equal((10, "admins to the web"), (r.Sequence, r.Remark)));
    }

    [Fact]
    public void Groups_may_name_only_the_protocol_or_only_one_address_and_keep_ports_and_established()
    {
        var facts = Parse("""
            ip access-list extended IN
             permit tcp object-group SRC any eq 80 established
             permit ip any object-group SRC
             permit object-group ICMP any any
            access-list 101 permit udp object-group SRC host 10.9.9.9 eq 53
            object-group network SRC
             host 10.0.0.1
             any
            object-group service ICMP
             icmp
             tcp-udp eq 53
             47
            """);
        Assert.Empty(facts.Unparsed);
        Assert.Equal(
            "2 Permit Tcp 10.0.0.1/32 > any:80 established | 2 Permit Tcp any > any:80 established | 3 Permit Ip any > 10.0.0.1/32 | 3 Permit Ip any > any | " +
            "4 Permit Icmp any > any | 4 Permit Tcp any > any:53 | 4 Permit Udp any > any:53 | 4 Permit Ip/47 any > any",
            Rules(facts.Acls.Single(a => a.Id == "IN")));
        Assert.Equal("5 Permit Udp 10.0.0.1/32 > 10.9.9.9/32:53 | 5 Permit Udp any > 10.9.9.9/32:53", Rules(facts.Acls.Single(a => a.Id == "101")));
    }

    [Theory]
    [InlineData("permit ip object-group NOPE any", "")]
    [InlineData("permit object-group A any any", "object-group network A\n host 10.0.0.1\n")]
    [InlineData("permit ip object-group A any", "object-group network A\n group-object B\nobject-group network B\n group-object A\n")]
    [InlineData("permit ip object-group A any", "object-group network A\n group-object A\n")]
    [InlineData("permit object-group S any any", "object-group service S\n icmp echo\n")]
    [InlineData("permit ip object-group A any", "object-group network A\n host 10.0.0.1\n 10.0.0.0 255.0.255.0\n")]
    public void An_entry_whose_groups_do_not_resolve_is_a_forwarding_line_never_an_empty_match(string entry, string groups)
    {
        var facts = Parse($"ip access-list extended IN\n {entry}\n permit ip any host 10.1.1.1\n{groups}");
        Assert.Contains(facts.Unparsed, u => (u.Line, u.Text, u.Section, u.AffectsForwarding) == (2, entry, "ip access-list extended IN", true));
        Assert.All(facts.Unparsed, u => Assert.True(u.AffectsForwarding));

        // The list is still declared, with the rules that were read, so a binding never binds "nothing".
        Assert.Equal("3 Permit Ip any > 10.1.1.1/32", Rules(Assert.Single(facts.Acls)));
    }

    [Fact]
    public void A_group_member_line_not_understood_is_reported_where_it_stands()
    {
        var facts = Parse("object-group service S\n tcp eq 80\n icmp echo\n!\nobject-group network N\n host 10.0.0.1\n");
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal((3, "object-group service S", true), (unparsed.Line, unparsed.Section, unparsed.AffectsForwarding));
    }

    [Fact]
    public void A_diamond_of_nested_groups_resolves_once_and_a_chain_deeper_than_any_real_one_is_reported()
    {
        var diamond = string.Concat(Enumerable.Range(0, 40).Select(i => $"object-group network G{i}\n group-object G{i + 1}\n group-object G{i + 1}\n")) + "object-group network G40\n host 10.0.0.1\n";
        var facts = Parse("ip access-list extended IN\n permit ip object-group G10 any\n" + diamond);
        Assert.Equal("2 Permit Ip 10.0.0.1/32 > any", Rules(Assert.Single(facts.Acls)));

        var deep = Parse("ip access-list extended IN\n permit ip object-group G0 any\n" + diamond);
        Assert.Equal((2, true), (Assert.Single(deep.Unparsed).Line, deep.Unparsed[0].AffectsForwarding));
    }
}
