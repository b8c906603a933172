using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// NAT in every dialect becomes <see cref="NatFact"/>s; a NAT form the facts cannot hold is an
/// unparsed line that affects forwarding, never dropped.
/// </summary>
public sealed class NatReaderTests
{
    private static DeviceFacts Parse(string dialect, string text) => DialectRegistry.Find(dialect)!.Parse(text, "nat.cfg");

    private static void AssertUnreadForwarding(DeviceFacts facts, params string[] lines)
    {
        foreach (var line in lines)
        {
            Assert.True(facts.Unparsed.Any(u => u.Text == line && u.AffectsForwarding), $"'{line}' is not reported as affecting forwarding: " + string.Join(" | ", facts.Unparsed.Select(u => u.Text)));
        }
    }

    private const string Vrp = """
        #
        sysname R1
        #
        nat address-group 1 203.0.113.10 203.0.113.14
        nat static global 203.0.113.90 inside 10.61.250.90
        nat alg ftp enable
        nat filter-mode endpoint-independent
        nat address-group 2 name pool2
        #
        interface GigabitEthernet0/0/1
         ip address 203.0.113.2 255.255.255.252
         nat outbound 3998 address-group 1 no-pat
         nat outbound 3997
         nat server protocol tcp global 203.0.113.80 www inside 10.61.250.80 8080
         nat server protocol udp global current-interface 53 inside 10.61.250.53 53 no-reverse
         nat server global 203.0.113.81 inside 10.61.250.81
         nat static enable
         nat server protocol tcp global 203.0.113.80 443 inside 10.61.250.80 443 vpn-instance dmz
         nat outbound 3998 interface LoopBack0
        #
        return
        """;

    [Fact]
    public void Vrp_nat_becomes_facts_and_other_forms_are_reported()
    {
        var facts = Parse("huawei-vrp", Vrp);
        Assert.Equal(
            [NatKind.Pool, NatKind.Static, NatKind.Outbound, NatKind.Outbound, NatKind.Server, NatKind.Server, NatKind.Static, NatKind.Outside],
            facts.Nat.Select(n => n.Kind).ToArray());
        var pool = facts.Nat[0];
        Assert.Equal(("1", "203.0.113.10", "203.0.113.14"), (pool.Pool, pool.Global.ToString(), pool.GlobalEnd.ToString()));
        Assert.Null(facts.Nat[1].Interface);
        Assert.Equal(("3998", "1"), (facts.Nat[2].Acl, facts.Nat[2].Pool));
        Assert.Equal(("3997", null), (facts.Nat[3].Acl, facts.Nat[3].Pool));
        var web = facts.Nat[4];
        Assert.Equal((6, new PortRange(80, 80), new PortRange(8080, 8080), "10.61.250.80"), (web.Protocol, web.GlobalPorts, web.InsidePorts, web.Inside.ToString()));
        Assert.Null(facts.Nat[5].Global);
        Assert.Equal(17, facts.Nat[5].Protocol);
        Assert.Null(facts.Nat[6].Protocol);
        Assert.All(facts.Nat.Skip(2), n => Assert.Equal("GigabitEthernet0/0/1", n.Interface));
        AssertUnreadForwarding(facts,
            "nat filter-mode endpoint-independent", "nat address-group 2 name pool2",
            "nat server protocol tcp global 203.0.113.80 443 inside 10.61.250.80 443 vpn-instance dmz", "nat outbound 3998 interface LoopBack0");
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.StartsWith("nat alg", StringComparison.Ordinal));
    }

    private const string Comware = """
        #
         sysname R2
        #
        nat address-group 1
         address 203.0.113.10 203.0.113.14
         port-block block-size 256
        #
        nat address-group 2 203.0.113.20 203.0.113.21
        nat static outbound 10.61.250.90 203.0.113.90
        nat static outbound net-to-net 10.61.250.0 10.61.250.255 global 203.0.113.0 24
        nat inbound 3001 address-group 1
        #
        interface GigabitEthernet0/0
         ip address 203.0.113.2 255.255.255.252
         nat outbound 3000 address-group 1
         nat outbound
         nat server protocol tcp global 203.0.113.80 80 inside 10.61.250.80 80
         nat static enable
         nat server protocol tcp global 203.0.113.80 203.0.113.85 80 inside 10.61.250.80 10.61.250.85 80
        #
        return
        """;

    [Fact]
    public void Comware_nat_becomes_facts_and_other_forms_are_reported()
    {
        var facts = Parse("h3c-comware", Comware);
        Assert.Equal(
            [NatKind.Pool, NatKind.Pool, NatKind.Static, NatKind.Outbound, NatKind.Outbound, NatKind.Server, NatKind.Outside],
            facts.Nat.Select(n => n.Kind).ToArray());
        Assert.Equal(("1", "203.0.113.10"), (facts.Nat[0].Pool, facts.Nat[0].Global.ToString()));
        Assert.Equal(("10.61.250.90", "203.0.113.90"), (facts.Nat[2].Inside.ToString(), facts.Nat[2].Global.ToString()));
        Assert.Null(facts.Nat[4].Acl);
        AssertUnreadForwarding(facts,
            "port-block block-size 256", "nat static outbound net-to-net 10.61.250.0 10.61.250.255 global 203.0.113.0 24",
            "nat inbound 3001 address-group 1", "nat server protocol tcp global 203.0.113.80 203.0.113.85 80 inside 10.61.250.80 10.61.250.85 80");
    }

    private const string Ios = """
        hostname R3
        !
        ip nat pool PUBLIC 203.0.113.10 203.0.113.14 netmask 255.255.255.240
        ip nat inside source list NAT-OUT pool PUBLIC overload
        ip nat inside source list 10 interface GigabitEthernet0/0 overload
        ip nat inside source static tcp 10.61.250.80 80 203.0.113.80 80 extendable
        ip nat inside source static 10.61.250.90 203.0.113.90
        ip nat inside source route-map RM interface GigabitEthernet0/0 overload
        ip nat outside source static 203.0.113.99 10.61.250.99
        ip nat translation timeout 300
        !
        interface GigabitEthernet0/0
         ip address 203.0.113.2 255.255.255.252
         ip nat outside
        !
        interface GigabitEthernet0/1
         ip address 10.61.255.2 255.255.255.252
         ip nat inside
        !
        end
        """;

    [Fact]
    public void Ios_nat_becomes_facts_and_other_forms_are_reported()
    {
        var facts = Parse("cisco-ios", Ios);
        Assert.Equal(
            [NatKind.Pool, NatKind.Outbound, NatKind.Outbound, NatKind.Server, NatKind.Static, NatKind.Outside, NatKind.Inside],
            facts.Nat.Select(n => n.Kind).ToArray());
        Assert.Equal(("NAT-OUT", "PUBLIC"), (facts.Nat[1].Acl, facts.Nat[1].Pool));
        Assert.Equal(("10", null), (facts.Nat[2].Acl, facts.Nat[2].Pool));
        var web = facts.Nat[3];
        Assert.Equal(("10.61.250.80", "203.0.113.80", 6, new PortRange(80, 80)), (web.Inside.ToString(), web.Global.ToString(), web.Protocol, web.InsidePorts));
        Assert.Equal(("GigabitEthernet0/0", "GigabitEthernet0/1"), (facts.Nat[5].Interface, facts.Nat[6].Interface));
        AssertUnreadForwarding(facts,
            "ip nat inside source route-map RM interface GigabitEthernet0/0 overload", "ip nat outside source static 203.0.113.99 10.61.250.99");
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.StartsWith("ip nat translation", StringComparison.Ordinal));
    }
}
