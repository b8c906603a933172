using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Real configs from the shared corpus (<see cref="CiscoIosCorpus"/>): every one is read without a
/// fault and its coverage printed; a few are checked fact by fact. When the corpus is absent they are
/// skipped (<see cref="CorpusFactAttribute"/>).
/// </summary>
public sealed partial class CiscoIosParserTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in CiscoIosCorpus.Files())
        {
            data.Add(file);
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_config_parses_without_a_fault(string file)
    {
        var facts = CiscoIosConfigParser.ParseOrThrow(CiscoIosCorpus.Read(file), file);
        var forwarding = facts.Unparsed.Count(u => u.AffectsForwarding);
        output.WriteLine($"{file}: {facts.ConfigLines} config lines, {facts.ConfigLines - facts.Unparsed.Length} understood, " +
                         $"{forwarding} unparsed affecting forwarding, {facts.Unparsed.Length - forwarding} other unparsed");
        output.WriteLine($"  hostname {facts.Hostname}, {facts.Interfaces.Length} interfaces, {facts.Vlans.Length} VLANs, {facts.Acls.Length} ACLs " +
                         $"({facts.Acls.Sum(a => a.Rules.Length)} rules), {facts.Routes.Length} routes, {facts.Management.Length} management servers, complete {facts.Complete}");
        foreach (var line in facts.Unparsed)
        {
            output.WriteLine($"  {(line.AffectsForwarding ? "F" : "-")} {line.Line,4} [{line.Section}] {line.Text}");
        }

        Assert.InRange(facts.Unparsed.Length, 0, facts.ConfigLines);
        Assert.All(facts.Unparsed, u => Assert.InRange(u.Line, 1, int.MaxValue));
        if (!CiscoIosCorpus.AsaFiles.Contains(Path.GetFileName(file)))
        {
            Assert.NotNull(facts.Hostname);
            Assert.True(facts.Complete, "an IOS running config ends with 'end'");
        }
    }

    [CorpusFact]
    public void Batfish_as2core1_interfaces_addresses_and_acl()
    {
        if (Corpus("cisco-ios/batfish__pybatfish__drift-reference-as2core1.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal("as2core1", facts.Hostname);
        var loopback = Interface(facts, "Loopback0");
        Assert.True(loopback.Loopback);
        Assert.Equal(PortMode.Routed, loopback.Mode);
        Assert.Equal(["2.1.2.1/32"], loopback.Addresses.Select(a => a.ToString()));

        var ethernet = Interface(facts, "Ethernet0/0");
        Assert.True(ethernet.Shutdown);
        Assert.Empty(ethernet.Addresses);
        Assert.Equal(PortMode.Routed, ethernet.Mode); // a router: no switchport anywhere

        Assert.Equal(["2.12.11.2/24"], Interface(facts, "GigabitEthernet0/0").Addresses.Select(a => a.ToString()));
        Assert.Equal(["2.12.21.2/24"], Interface(facts, "GigabitEthernet1/0").Addresses.Select(a => a.ToString()));
        foreach (var name in new[] { "GigabitEthernet2/0", "GigabitEthernet3/0" })
        {
            Assert.Equal("blocktelnet", Interface(facts, name).AclIn);
            Assert.Null(Interface(facts, name).AclOut);
        }

        var acl = Assert.Single(facts.Acls);
        Assert.Equal("blocktelnet", acl.Id);
        Assert.Collection(
            acl.Rules,
            deny =>
            {
                Assert.Equal((AclAction.Deny, Protocol.Tcp, AddressMatch.Any, AddressMatch.Any), (deny.Action, deny.Protocol, deny.Source, deny.Destination));
                Assert.True(deny.DestinationPorts.Matches(23) && !deny.DestinationPorts.Matches(22) && deny.SourcePorts.Ranges.IsEmpty);
            },
            permit => Assert.Equal((AclAction.Permit, Protocol.Ip, AddressMatch.Any, AddressMatch.Any), (permit.Action, permit.Protocol, permit.Source, permit.Destination)));

        Assert.Equal(["Syslog 1.1.1.1", "Syslog 2.1.2.2"], facts.Management.Select(m => $"{m.Kind} {m.Address}"));

        // OSPF and BGP add routes: they are routing facts the verifier's routing domains follow.
        var ospf = Assert.Single(facts.Protocols.Processes, p => p.Protocol == RoutingProtocol.Ospf);
        Assert.Contains(Ipv4Prefix.Parse("2.0.0.0/8"), ospf.Networks);
        Assert.Contains(facts.Protocols.Processes, p => p.Protocol == RoutingProtocol.Bgp && p.Process == "2" && !p.Peers.IsEmpty);
    }

    [CorpusFact]
    public void Zone_based_firewall_acls_over_object_groups_are_read_as_the_rules_they_stand_for()
    {
        if (Corpus("cisco-ios/batfish__pybatfish__ios-zbf-firewall.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal("firewall", facts.Hostname);
        Assert.Equal(81, facts.Acls.Length);
        Assert.Contains(facts.Acls, a => a.Id == "acl-fw-admin-to-fw2-admin");

        // Every rule names object groups; each is the cross product of their members, and no line of the config is left unread.
        Assert.Empty(facts.Unparsed);
        Assert.All(facts.Acls, a => Assert.NotEmpty(a.Rules));
        var nfs = Assert.Single(facts.Acls.Single(a => a.Id == "acl-mysql-backup-z2-tcp-nfs").Rules);
        Assert.Equal((AclAction.Permit, Protocol.Tcp, "101.164.101.231/32", "101.164.9.109/32", 2049, 696),
            (nfs.Action, nfs.Protocol, nfs.Source.ToString(), nfs.Destination.ToString(), nfs.DestinationPorts.Ranges.Single().From, nfs.Line));
        var syslog = facts.Acls.Single(a => a.Id == "acl-admin-z2-tcp-syslog").Rules;
        Assert.Equal(["101.164.100.0/23 > 101.164.8.0/22 514", "101.164.100.0/23 > 101.164.8.0/22 2020", "101.164.100.0/23 > 101.164.8.0/22 2021"],
            syslog.Select(r => $"{r.Source} > {r.Destination} {r.DestinationPorts.Ranges.Single().From}"));

        // The zone firewall only drops, or lets back the returns of flows the ACLs permit: read as returns allowed, nothing of it unparsed.
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.StartsWith("zone", StringComparison.Ordinal) || u.Section.Contains("type inspect", StringComparison.Ordinal));

        // The motd banner is free text, not commands.
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.Contains("sole use", StringComparison.Ordinal));
        Assert.Equal(["101.164.101.255/22"], Interface(facts, "GigabitEthernet0/0/0").Addresses.Select(a => a.ToString()));
    }

    [CorpusFact]
    public void Catalyst_2960_access_switch_ports_and_vlans()
    {
        if (Corpus("cisco-ios/Zmamulashvili__Enterprise-Network-VLAN-OSPF__SW1-2960-access.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal("SW1", facts.Hostname);
        Assert.True(facts.Complete);
        Assert.Empty(facts.Unparsed);

        // In VTP server mode VLANs live in vlan.dat, not in the running config.
        Assert.Empty(facts.Vlans);

        var first = Interface(facts, "FastEthernet0/1");
        Assert.Equal((PortMode.Access, (int?)10), (first.Mode, first.AccessVlan));
        for (var port = 2; port <= 24; port++)
        {
            var access = Interface(facts, $"FastEthernet0/{port}");
            Assert.Equal((PortMode.Access, (int?)20, false), (access.Mode, access.AccessVlan, access.AllVlans));
        }

        var uplink = Interface(facts, "GigabitEthernet0/1");
        Assert.Equal(PortMode.Trunk, uplink.Mode);
        Assert.True(uplink.AllVlans, "a trunk without an allowed list carries every VLAN");

        var unused = Interface(facts, "GigabitEthernet0/2");
        Assert.True(unused.Shutdown);
        Assert.Equal((PortMode.Dynamic, (int?)1, true), (unused.Mode, unused.AccessVlan, unused.AllVlans)); // the Catalyst default, dynamic auto

        var svi = Interface(facts, "Vlan1");
        Assert.Equal((1, true), (svi.SviVlan, svi.Shutdown));
        Assert.Empty(svi.Addresses);
        Assert.Equal(27, facts.Interfaces.Length);
    }

    [CorpusFact]
    public void Drift_reference_and_snapshot_differ_in_facts()
    {
        // as2dist1 renames a BGP peer group and as3border1 adds a prefix list: route filters and peer
        // groups are taken to pass everything, so those two change no fact (the text diff still shows them).
        foreach (var device in new[] { "as2border2", "as2core1" })
        {
            if (Corpus($"cisco-ios/batfish__pybatfish__drift-reference-{device}.cfg") is not { } reference ||
                Corpus($"cisco-ios/batfish__pybatfish__drift-snapshot-{device}.cfg") is not { } snapshot)
            {
                return;
            }

            Assert.NotEqual(Summary(reference), Summary(snapshot));
        }

        // as2border2: the snapshot shuts GigabitEthernet0/0 and comments out its address and both ACL bindings.
        var before = Interface(Corpus("cisco-ios/batfish__pybatfish__drift-reference-as2border2.cfg")!, "GigabitEthernet0/0");
        var after = Interface(Corpus("cisco-ios/batfish__pybatfish__drift-snapshot-as2border2.cfg")!, "GigabitEthernet0/0");
        Assert.Equal((false, "OUTSIDE_TO_INSIDE", "INSIDE_TO_AS3", 1), (before.Shutdown, before.AclIn, before.AclOut, before.Addresses.Length));
        Assert.Equal((true, (string?)null, (string?)null, 0), (after.Shutdown, after.AclIn, after.AclOut, after.Addresses.Length));

        // as2core1: the snapshot adds quoted descriptions, kept as written.
        Assert.Null(Interface(Corpus("cisco-ios/batfish__pybatfish__drift-reference-as2core1.cfg")!, "GigabitEthernet0/0").Description);
        Assert.Equal("\"To as2border1 GigabitEthernet1/0\"", Interface(Corpus("cisco-ios/batfish__pybatfish__drift-snapshot-as2core1.cfg")!, "GigabitEthernet0/0").Description);

        // as2dist1: numbered ACL 102 gains a rule.
        Assert.Single(Corpus("cisco-ios/batfish__pybatfish__drift-reference-as2dist1.cfg")!.Acls.Single(a => a.Id == "102").Rules);
        Assert.Equal(2, Corpus("cisco-ios/batfish__pybatfish__drift-snapshot-as2dist1.cfg")!.Acls.Single(a => a.Id == "102").Rules.Length);
    }

    [CorpusFact]
    public void Etx_banner_and_macros_of_an_ios_12_router_with_a_switch_module()
    {
        if (Corpus("cisco-ios/Chongzy5419__entrenet-export__Dist-B-ACT-ios12.4-L3switch.cfg") is not { } facts)
        {
            return;
        }

        // The banner (ETX-delimited) and the macros' bodies ("end", "vlan $v", "@") are not commands.
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.Contains("***", StringComparison.Ordinal) || u.Text.Contains("$v", StringComparison.Ordinal) || u.Text == "@");
        Assert.Equal("Dist-B-ACT", facts.Hostname);
        Assert.Equal([1, 2, 99, 201, 1002, 1003, 1004, 1005], Interface(facts, "FastEthernet1/0").TrunkVlans.ToArray());
        Assert.Equal([1, 2, 99, 201, 202, 203, 1001, 1002, 1003, 1004, 1005], Interface(facts, "FastEthernet1/4").TrunkVlans.ToArray());

        // A port of the switch module without lines negotiates; the router's own port routes.
        Assert.Equal(PortMode.Dynamic, Interface(facts, "FastEthernet1/5").Mode);
        Assert.Equal(["148.54.96.2/24"], Interface(facts, "Vlan201").Addresses.Select(a => a.ToString()));
        Assert.Contains(facts.Protocols.Bindings, b => b.Vrf == "management" && b.Interface == "Vlan99");
        Assert.Equal(10, Interface(facts, "FastEthernet0/0.10").SviVlan);
        Assert.Contains(10, Interface(facts, "FastEthernet0/0").SubinterfaceVlans);
        Assert.Equal(["337: Permit 148.54.230.0/24"], facts.Acls.Single(a => a.Id == "1").Rules.Select(r => $"{r.Line}: {r.Action} {r.Source}"));
    }

    [CorpusFact]
    public void Oxidized_catalyst_9200_vlans_ports_acl_and_management()
    {
        if (Corpus("cisco-ios/ytti__oxidized__C9200L-IOSXE-17.9-oxidized.cfg") is not { } facts)
        {
            return;
        }

        Assert.Equal(["2 two", "3 three"], facts.Vlans.Select(v => $"{v.Id} {v.Name}"));
        var trunk = Interface(facts, "GigabitEthernet1/0/24");
        Assert.Equal((PortMode.Trunk, false), (trunk.Mode, trunk.AllVlans));
        Assert.Equal([2, 3], trunk.TrunkVlans.ToArray());
        Assert.Equal((PortMode.Access, (int?)3, "oxidized two"), (Interface(facts, "GigabitEthernet1/0/2").Mode, Interface(facts, "GigabitEthernet1/0/2").AccessVlan, Interface(facts, "GigabitEthernet1/0/2").Description));
        Assert.Equal(PortMode.Dynamic, Interface(facts, "GigabitEthernet1/1/1").Mode);
        Assert.Equal(["10.42.11.42/24"], Interface(facts, "Vlan2").Addresses.Select(a => a.ToString()));

        var route = Assert.Single(facts.Routes);
        Assert.Equal(("0.0.0.0/0", "10.41.11.1"), (route.Prefix.ToString(), route.NextHop.ToString()));

        var acl = Assert.Single(facts.Acls);
        Assert.Equal("5", acl.Id);
        Assert.Equal(["10 Permit 10.0.0.0/24 any", "20 Deny any any"], acl.Rules.Select(r => $"{r.Sequence} {r.Action} {r.Source} {r.Destination}"));

        Assert.Equal(
            ["Aaa 10.10.10.10", "Aaa 10.10.20.20", "Dns 10.42.0.1", "Dns 10.42.0.2", "Snmp 10.42.0.33", "Snmp 10.42.0.34", "Snmp 10.42.0.35", "Snmp 10.42.0.36"],
            facts.Management.Select(m => $"{m.Kind} {m.Address}").Order(StringComparer.Ordinal));

        // The oxidized header is comments; the only forwarding findings are the management VRF.
        Assert.All(facts.Unparsed.Where(u => u.AffectsForwarding), u => Assert.Contains("Mgmt-vrf", u.Section + " " + u.Text, StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Iosxe_router_with_certificate_chain_routes_and_a_dangling_acl_binding()
    {
        if (Corpus("cisco-ios/networktocode__netutils__iosxe-17.1-full.cfg") is not { } facts)
        {
            return;
        }

        // Certificate hex, banners and call-home comments are no findings.
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.Contains("30820", StringComparison.Ordinal) || u.Text == "quit" || u.Text.Contains("IOSv", StringComparison.Ordinal));
        Assert.Equal("BLOCK_TRANSIT_LINKS", Interface(facts, "GigabitEthernet2").AclIn);
        Assert.Empty(facts.Acls);
        Assert.Equal(["0.0.0.0/0 10.0.0.2"], facts.Routes.Select(r => $"{r.Prefix} {r.NextHop}"));
        Assert.Equal(PortMode.Routed, Interface(facts, "GigabitEthernet5").Mode);
        Assert.Equal(
            ["Ntp 10.1.1.1", "Ntp 10.2.2.2", "Snmp 10.1.1.1", "Syslog 10.125.1.171"],
            facts.Management.Select(m => $"{m.Kind} {m.Address}").Order(StringComparer.Ordinal));
    }

    private DeviceFacts? Corpus(string file)
    {
        if (!File.Exists(Path.Combine(CiscoIosCorpus.Root, file)))
        {
            output.WriteLine($"skipped: {file} is not in the shared corpus at {CiscoIosCorpus.Root}");
            return null;
        }

        return CiscoIosConfigParser.ParseOrThrow(CiscoIosCorpus.Read(file), file);
    }

    private static InterfaceFact Interface(DeviceFacts facts, string name) =>
        facts.Interfaces.SingleOrDefault(i => i.Name == name) ?? throw new Xunit.Sdk.XunitException($"{facts.File} has no interface {name}");

    /// <summary>The facts without line numbers, so two configs compare by what they say.</summary>
    private static string Summary(DeviceFacts facts) => string.Join('\n', [
        .. facts.Interfaces.Select(i => $"{i with { Line = 0 }} trunk {string.Join(",", i.TrunkVlans)} addresses {string.Join(",", i.Addresses)}"),
        .. facts.Vlans.Select(v => $"vlan {v.Id} {v.Name}"),
        .. facts.Acls.Select(a => $"acl {a.Id}: " + string.Join("; ", a.Rules.Select(Describe))),
        .. facts.Routes.Select(r => $"route {r.Prefix} {r.NextHop} {r.Interface}"),
        .. facts.Management.Select(m => $"{m.Kind} {m.Address}"),
        .. facts.Unparsed.Select(u => $"unparsed [{u.Section}] {u.Text}"),
        .. facts.Protocols.Processes.Select(p => $"{p.Protocol} {p.Process} {p.Vrf} {string.Join(",", p.Networks)} {string.Join(",", p.Peers.Select(x => x.Address))} {string.Join(",", p.Imports.Select(i => $"{i.Kind} {i.From}"))}"),
        .. facts.Protocols.Enables.Select(e => $"{e.Protocol} {e.Process} {e.Interface}"),
    ]);
}
