using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>Access widening read from facts: a line is judged by what it does in its own section, not by what the lines beside it do.</summary>
public sealed class AccessWideningTests
{
    [Theory]
    [InlineData("huawei-vrp", "interface GigabitEthernet0/0/9\n description A\n traffic-filter inbound acl 3001\n shutdown\nreturn\n", " description A", " description B")]
    [InlineData("cisco-ios", "interface GigabitEthernet0/9\n description A\n ip access-group IN in\n shutdown\nend\n", " description A", " description B")]
    public void A_changed_description_beside_a_binding_and_a_shutdown_widens_nothing(string dialectId, string intended, string was, string now)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        var d = Assert.Single(ConfigComparer.Compare("X", dialect, intended, intended.Replace(was, now, StringComparison.Ordinal), IgnorePatterns.None));

        Assert.Null(AccessWidening.Reason(d, dialect));
    }

    [Theory]
    [InlineData("huawei-vrp", "interface GigabitEthernet0/0/9\n description A\n traffic-filter inbound acl 3001\nreturn\n", " traffic-filter inbound acl 3001\n", "ACL binding removed")]
    [InlineData("cisco-ios", "interface GigabitEthernet0/9\n description A\n ip access-group IN in\nend\n", " ip access-group IN in\n", "ACL binding removed")]
    [InlineData("h3c-comware", "interface GigabitEthernet1/0/9\n port link-type trunk\n port trunk permit vlan 10\nreturn\n", " port trunk permit vlan 10\n", null)]
    public void Removing_a_line_is_judged_by_what_it_did(string dialectId, string intended, string removed, string? reason)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        var d = Assert.Single(ConfigComparer.Compare("X", dialect, intended, intended.Replace(removed, string.Empty, StringComparison.Ordinal), IgnorePatterns.None));

        var why = AccessWidening.Reason(d, dialect);
        Assert.True(reason is null ? why is null : why?.StartsWith(reason, StringComparison.Ordinal) == true, why);
    }

    [Fact]
    public void A_vlan_added_to_a_trunk_is_read_with_the_ports_link_type()
    {
        var dialect = DialectRegistry.Find("h3c-comware")!;
        const string intended = "interface GigabitEthernet1/0/9\n port link-type trunk\n port trunk permit vlan 10\nreturn\n";
        var d = Assert.Single(ConfigComparer.Compare("X", dialect, intended, intended.Replace("vlan 10", "vlan 10 20", StringComparison.Ordinal), IgnorePatterns.None));

        Assert.Equal("VLAN 20 added to a port", AccessWidening.Reason(d, dialect));
    }

    [Fact]
    public void A_forwarding_line_the_parser_cannot_read_is_widening_either_way()
    {
        var dialect = DialectRegistry.Find("cisco-ios")!;
        const string intended = "hostname X\nrouter ospf 1\n network 10.0.0.0 0.0.0.255 area 0\nend\n";
        var added = Assert.Single(ConfigComparer.Compare("X", dialect, intended, intended.Replace("area 0\n", "area 0\n network 172.16.0.0 0.0.255.255 area 0\n", StringComparison.Ordinal), IgnorePatterns.None));

        Assert.StartsWith("line the parser does not model, which may affect forwarding, added", AccessWidening.Reason(added, dialect), StringComparison.Ordinal);
    }
}
