using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using GovNet.NetCode.Verify.Layer3;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Where packets enter the layer-3 walk and which address stands for each endpoint, on the mini
/// network's compiled configs: the order is part of the answer, since the first source and member
/// of a kind give a finding its example packet.
/// </summary>
public sealed class EndpointTests
{
    private static string Region(IReadOnlyList<(uint Low, uint High)> region) =>
        string.Join(",", region.Select(r => r.Low == r.High ? $"{new Ipv4Address(r.Low)}" : $"{new Ipv4Address(r.Low)}-{new Ipv4Address(r.High)}"));

    private static string[] Sources(Action<string>? edit = null, Func<MiniRepo, MiniRepo>? policy = null)
    {
        using var repo = new MiniRepo();
        policy?.Invoke(repo);
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        edit?.Invoke(folder);
        var input = new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts);
        return [.. new Endpoints(context).Sources(input).Select(s => $"{s.Endpoint} {s.Host}:{s.Port.Name} {Region(s.Region)}{(s.Local ? " local" : string.Empty)}")];
    }

    private static Endpoints Declared(string upstreams)
    {
        using var repo = new MiniRepo();
        repo.Replace("policy/network.yaml", "      city: { prefixes: [10.60.0.0/16] }\n", upstreams);
        return new Endpoints(new ModelIndex(CompileHarness.Model(repo.Write()), MiniRepo.Today));
    }

    private static string[] Members(Endpoints endpoints, string plane) =>
        [.. endpoints.Members(plane).Select(m => $"{m.Endpoint} {m.Address}{(m.Subnet is { } subnet ? " in " + subnet : string.Empty)}")];

    [Fact]
    public void Segments_and_services_enter_at_their_gateways_management_and_devices_by_plane_then_upstream_and_internet_ports()
    {
        Assert.Equal(
        [
            "center@public EXT-CORE-01:Vlanif101 10.61.1.0-10.61.1.9,10.61.1.11-10.61.1.255",
            "service:oa EXT-CORE-01:Vlanif101 10.61.1.10",
            "center@dedicated EXT-CORE-01:Vlanif201 10.62.1.0-10.62.1.19,10.62.1.21-10.62.1.255",
            "service:exchange EXT-CORE-01:Vlanif201 10.62.1.20",
            "center@office INT-CORE-01:Vlan501 172.17.1.0-172.17.1.9,172.17.1.11-172.17.1.255",
            "service:int-oa INT-CORE-01:Vlan501 172.17.1.10",
            "finance@public EXT-CORE-01:Vlanif110 10.61.110.0-10.61.110.255",
            "finance@office INT-CORE-01:Vlan510 172.17.10.0-172.17.10.255",
            "management@external EXT-CORE-01:Vlanif100 10.61.0.0-10.61.0.255",
            "management@internal INT-CORE-01:Vlan500 172.16.0.0-172.16.0.255",
            // A device sends from the addresses it owns outside segments and the management subnet
            // (the egress's loopback 10.61.0.2 is in the management subnet), past none of its own ACLs.
            "devices@external EXT-CORE-01:Vlanif100 10.60.0.2,10.61.255.1 local",
            "devices@external EXT-EGRESS-01:LoopBack0 10.61.255.2,203.0.113.2 local",
            "upstream:city EXT-CORE-01:GigabitEthernet0/0/3 10.60.0.0-10.60.255.255",
            "internet EXT-EGRESS-01:GigabitEthernet0/0/0 0.0.0.0-10.59.255.255,10.61.2.0-10.61.109.255,10.61.111.0-10.61.254.255,10.61.255.4-10.62.0.255,10.62.2.0-255.255.255.255",
        ], Sources());
    }

    [Theory]
    [InlineData("255.255.255.0")]
    [InlineData("255.255.254.0")]
    public void A_subnet_with_two_gateways_enters_at_both_in_hostname_order_and_shortest_prefix_first(string mask)
    {
        // The access switch gets an address on the finance segment: with the same prefix it comes first
        // by hostname, with a shorter one by length; two routed interfaces make it a management gateway too.
        var sources = Sources(folder => VerifyHarness.Edit(folder, "EXT-ACC-01", t => VerifyHarness.Replace(t,
            "interface GigabitEthernet1/0/1\n", $"interface Vlan-interface110\n ip address 10.61.110.2 {mask}\n#\ninterface GigabitEthernet1/0/1\n")));

        Assert.Equal(["finance@public EXT-ACC-01:Vlan-interface110", "finance@public EXT-CORE-01:Vlanif110"],
            sources.Where(s => s.StartsWith("finance@public", StringComparison.Ordinal)).Select(s => s[..s.LastIndexOf(' ')]));
        Assert.Equal(["management@external EXT-ACC-01:Vlan-interface100", "management@external EXT-CORE-01:Vlanif100"],
            sources.Where(s => s.StartsWith("management@external", StringComparison.Ordinal)).Select(s => s[..s.LastIndexOf(' ')]));
    }

    [Fact]
    public void Shut_ports_and_loopbacks_are_no_gateways_and_a_shut_port_neither_sends_nor_lets_in()
    {
        var sources = Sources(folder =>
        {
            // A loopback beside the access switch's one routed interface does not make it a router for the management subnet.
            VerifyHarness.Edit(folder, "EXT-ACC-01", t => VerifyHarness.Replace(t,
                "interface GigabitEthernet1/0/1\n", "interface LoopBack0\n ip address 10.61.0.111 255.255.255.255\n#\ninterface GigabitEthernet1/0/1\n"));
            VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(VerifyHarness.Replace(t,
                "interface Vlanif110\n", "interface Vlanif110\n shutdown\n"),
                "interface GigabitEthernet0/0/2\n", "interface GigabitEthernet0/0/2\n shutdown\n"));
            VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "interface GigabitEthernet0/0/0\n", "interface GigabitEthernet0/0/0\n shutdown\n"));
        });

        Assert.DoesNotContain(sources, s => s.StartsWith("finance@public", StringComparison.Ordinal) || s.StartsWith("internet", StringComparison.Ordinal));
        Assert.Equal(["management@external EXT-CORE-01:Vlanif100 10.61.0.0-10.61.0.255"], sources.Where(s => s.StartsWith("management@external", StringComparison.Ordinal)));
        Assert.Equal(["devices@external EXT-CORE-01:Vlanif100 10.60.0.2 local", "devices@external EXT-EGRESS-01:LoopBack0 10.61.255.2 local"],
            sources.Where(s => s.StartsWith("devices@", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_upstream_ports_on_one_device_enter_in_port_order()
    {
        var sources = Sources(policy: repo => repo.Replace("inventory/devices/EXT-CORE-01.yaml",
            "  - { name: GigabitEthernet0/0/10-11,", "  - { name: GigabitEthernet0/0/4, link: \"upstream:city\", mode: routed, address: 10.60.0.6/30 }\n  - { name: GigabitEthernet0/0/10-11,"));

        Assert.Equal(["upstream:city EXT-CORE-01:GigabitEthernet0/0/3", "upstream:city EXT-CORE-01:GigabitEthernet0/0/4"],
            sources.Where(s => s.StartsWith("upstream:", StringComparison.Ordinal)).Select(s => s[..s.LastIndexOf(' ')]));
    }

    [Fact]
    public void Services_of_one_segment_enter_after_it_in_address_order()
    {
        var sources = Sources(policy: repo => repo.Replace("policy/services.yaml", "  exchange:", "  mail: { zone: public, address: 10.61.1.5, ports: [tcp/25] }\n  exchange:"));

        Assert.Equal(["center@public EXT-CORE-01:Vlanif101", "service:mail EXT-CORE-01:Vlanif101", "service:oa EXT-CORE-01:Vlanif101"],
            sources.Where(s => s.Contains(":Vlanif101 ", StringComparison.Ordinal)).Select(s => s[..s.LastIndexOf(' ')]));
    }

    [Fact]
    public void A_plane_is_its_segments_its_services_by_address_its_upstreams_by_name_and_the_internet()
    {
        var endpoints = Declared("      city: { prefixes: [10.60.0.0/16] }\n      county: { prefixes: [10.59.0.0/16, 198.51.100.0/24] }\n");

        Assert.Equal(
        [
            "center@public 10.61.1.128 in 10.61.1.0/24",
            "center@dedicated 10.62.1.128 in 10.62.1.0/24",
            "finance@public 10.61.110.128 in 10.61.110.0/24",
            "service:oa 10.61.1.10 in 10.61.1.0/24",
            "service:exchange 10.62.1.20 in 10.62.1.0/24",
            "upstream:city 10.60.128.0",
            "upstream:county 10.59.128.0",
            "internet 8.8.8.8",
        ], Members(endpoints, "external"));
        Assert.Equal(["center@office 172.17.1.128 in 172.17.1.0/24", "finance@office 172.17.10.128 in 172.17.10.0/24", "service:int-oa 172.17.1.10 in 172.17.1.0/24", "internet 8.8.8.8"],
            Members(endpoints, "internal"));
    }

    [Theory]
    [InlineData("", "198.51.100.7")]
    [InlineData(", 198.51.100.0/24", "8.8.8.8")]
    [InlineData(", 198.51.100.0/24, 8.8.8.0/24", "1.1.1.1")]
    [InlineData(", 198.51.100.0/24, 8.8.8.0/24, 1.1.1.0/24", "0.0.0.0")]
    public void The_internet_stands_as_the_first_sample_address_no_plane_owns(string owned, string expected)
    {
        var endpoints = Declared($"      city: {{ prefixes: [10.60.0.0/16{owned}] }}\n");

        Assert.Equal("internet " + expected, Members(endpoints, "external")[^1]);
    }

    [Fact]
    public void A_walk_out_to_an_upstream_ends_there_only_for_the_upstreams_own_prefixes()
    {
        var endpoints = Declared("      city: { prefixes: [10.60.0.0/16, 198.51.100.0/24] }\n");
        var path = new Layer3Path(ImmutableArray<Hop>.Empty, PathEnd.Upstream, "city");

        Assert.Equal("upstream:city", endpoints.Destination(path, Ipv4Address.Parse("198.51.100.9").Value)!.ToString());
        Assert.Equal("upstream:city", endpoints.Destination(path, Ipv4Address.Parse("10.60.1.1").Value)!.ToString());
        Assert.Same(Endpoints.Internet, endpoints.Destination(path, Ipv4Address.Parse("8.8.8.8").Value));
        Assert.Same(Endpoints.Internet, endpoints.Destination(path with { Upstream = "nowhere" }, Ipv4Address.Parse("10.60.1.1").Value));
    }

    [Fact]
    public void The_internet_belongs_to_no_plane_and_prints_as_internet()
    {
        Assert.Equal((EndpointKind.Internet, "internet", string.Empty, null, null),
            (Endpoints.Internet.Kind, Endpoints.Internet.ToString(), Endpoints.Internet.Plane, Endpoints.Internet.Zone, Endpoints.Internet.Unit));
    }
}
