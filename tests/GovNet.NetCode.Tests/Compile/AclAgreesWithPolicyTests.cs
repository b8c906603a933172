using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// The compiled ACLs, evaluated first-match as data, decide every packet exactly as the declared
/// flow policy does (<see cref="FlowPolicy"/>): for segment gateways, internet ports and upstream ports.
/// </summary>
public sealed class AclAgreesWithPolicyTests
{
    /// <summary>A policy that exercises every kind of selector, deny flows, ordering, replies and intra-zone permits.</summary>
    private static MiniRepo RichRepo() => new MiniRepo()
        .Replace("policy/network.yaml", "dedicated: { plane: external }", "dedicated: { plane: external, intra: permit }")
        .With("policy/units/water.yaml", """
            id: water
            segments:
              - { zone: public, vlan: 120, subnet: 10.61.120.0/25 }
              - { zone: dedicated, vlan: 220, subnet: 10.62.20.0/24 }

            """)
        .Replace("inventory/devices/EXT-ACC-01.yaml", "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }",
            "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }\n  - { name: GigabitEthernet1/0/10, mode: access, segment: water@public }\n  - { name: GigabitEthernet1/0/11, mode: access, segment: water@dedicated }")
        .With("policy/flows.yaml", """
            flows:
              - deny tcp/445 from zone:public to zone:public
              - permit tcp/443 from zone:public to service:oa
              - permit udp/100-200,150-300 from zone:public to cidr:10.61.1.0/25
              - permit tcp from zone:public to unit:water@public
              - id: finance-exchange
                rule: permit ip from unit:finance@public to service:exchange
                approval: A-1
              - id: web
                rule: permit tcp/80,443,444 from zone:public to internet
                approval: A-2
              - id: no-web-for-water
                rule: deny tcp/80 from unit:water@public to internet
                approval: A-3
              - id: ssh-out
                rule: permit tcp/22 from cidr:10.61.110.0/25 to cidr:8.8.8.0/24
                approval: A-4
              - id: wide
                rule: permit udp/53 from zone:public to cidr:10.0.0.0/8
                approval: A-5
              - id: ping-dedicated
                rule: permit icmp from zone:public to zone:dedicated
                approval: A-6
              - id: city-in
                rule: permit tcp from upstream:city to service:oa
                approval: A-7
              - id: city-out
                rule: permit tcp/443 from zone:dedicated to upstream:city
                approval: A-8
              - id: portal
                rule: permit tcp/443 from internet to service:oa
                approval: A-9
              - id: old
                rule: permit tcp/8080 from zone:public to internet
                approval: A-10
                expires: 2020-01-01
              - permit tcp/443 from zone:office to service:int-oa
              - permit ip from unit:finance@office to unit:center@office

            """);

    public static TheoryData<string> Repositories => ["rich", "example"];

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Segment_gateway_acls_decide_like_the_policy(string which)
    {
        var (context, compiler, addresses) = Load(which);
        var segments = context.Model.Segments.Where(s => context.PlaneOf(s) is not null).ToArray();
        var gen =
            from segment in Gen.Elements(segments)
            from offset in Gen.Choose(1, (int)Math.Min(segment.Subnet.Value.Size - 2, 250))
            from destination in Gen.Elements(addresses.Where(a => !segment.Subnet.Value.Contains(a)).ToArray())
            from packet in Packets(new Ipv4Address(segment.Subnet.Value.Network.Value + (uint)offset), destination, addresses.Ports)
            select (segment, packet);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var acl = new AccessList("test", new AclBinding(AclPurpose.Segment, x.segment.Name, true), compiler.ForSegment(x.segment));
            var policy = new FlowPolicy(context, context.PlaneOf(x.segment)!);
            return (acl.Evaluate(x.packet) == policy.Decide(x.packet))
                .Label($"{x.segment.Name}: {x.packet}: acl {acl.Evaluate(x.packet)}, policy {policy.Decide(x.packet)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Internet_and_upstream_port_acls_decide_like_the_policy(string which)
    {
        var (context, compiler, addresses) = Load(which);
        var plane = "external";
        var policy = new FlowPolicy(context, plane);
        var upstream = context.Model.Network.Planes.Single(p => p.Name.Value == plane).Upstreams[0];
        var acls = new (string Name, IReadOnlyList<AclRule> Rules, Func<Ipv4Address, Ipv4Address, bool> Sees)[]
        {
            ("internet in", compiler.ForInternet(plane, inbound: true), (s, d) => !compiler.FlowsOf(plane).Space.Contains(s)),
            ("internet out", compiler.ForInternet(plane, inbound: false), (s, d) => !compiler.FlowsOf(plane).Space.Contains(d)),
            ("upstream in", compiler.ForUpstream(plane, upstream, inbound: true), (s, d) => upstream.Prefixes.Any(p => p.Value.Contains(s))),
            ("upstream out", compiler.ForUpstream(plane, upstream, inbound: false), (s, d) => upstream.Prefixes.Any(p => p.Value.Contains(d))),
        };
        var all = addresses.ToArray();
        var gen =
            from acl in Gen.Elements(acls)
            from source in Gen.Elements(all)
            from destination in Gen.Elements(all)
            where acl.Sees(source, destination)
            from packet in Packets(source, destination, addresses.Ports)
            select (acl, packet);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var list = new AccessList(x.acl.Name, new AclBinding(AclPurpose.Internet, plane, true), [.. x.acl.Rules]);
            return (list.Evaluate(x.packet) == policy.Decide(x.packet))
                .Label($"{x.acl.Name}: {x.packet}: acl {list.Evaluate(x.packet)}, policy {policy.Decide(x.packet)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static Gen<Packet> Packets(Ipv4Address source, Ipv4Address destination, int[] ports) =>
        from protocol in Gen.Elements(Protocol.Tcp, Protocol.Udp, Protocol.Icmp)
        from sourcePort in Gen.Elements(ports)
        from destinationPort in Gen.Elements(ports)
        from established in Gen.Elements(true, false)
        select protocol == Protocol.Icmp
            ? new Packet(protocol, source, 0, destination, 0, false)
            : new Packet(protocol, source, sourcePort, destination, destinationPort, established && protocol == Protocol.Tcp);

    /// <summary>Addresses worth testing: every segment's edges and middle, services, management, upstream, the outside; and ports.</summary>
    private sealed class Interesting(List<Ipv4Address> addresses, int[] ports)
    {
        public int[] Ports => ports;

        public IEnumerable<Ipv4Address> Where(Func<Ipv4Address, bool> predicate) => addresses.Where(predicate);

        public Ipv4Address[] ToArray() => [.. addresses];
    }

    private static (ValidationContext Context, AclCompiler Compiler, Interesting Addresses) Load(string which)
    {
        using var repo = which == "rich" ? RichRepo() : null;
        var model = CompileHarness.Model(repo?.Write() ?? NetcodeProcess.RepositoryRoot());
        var context = new ValidationContext(model, MiniRepo.Today);
        var addresses = new List<Ipv4Address>();
        foreach (var segment in model.Segments)
        {
            var subnet = segment.Subnet.Value;
            addresses.AddRange([subnet.FirstHost, new Ipv4Address(subnet.Network.Value + (uint)(subnet.Size / 2)), subnet.LastHost]);
        }

        addresses.AddRange(model.Services.Select(s => s.Address.Value));
        addresses.AddRange(model.Devices.Select(d => d.Management.Value));
        addresses.AddRange(model.Network.Planes.SelectMany(p => p.Upstreams).SelectMany(u => u.Prefixes).SelectMany(p => new[] { p.Value.FirstHost, p.Value.LastHost }));
        addresses.AddRange(new[] { "8.8.8.8", "8.8.9.1", "203.0.113.9", "10.200.0.1", "172.31.5.5", "0.0.0.1", "255.255.255.254" }.Select(Ipv4Address.Parse));
        var ports = model.Flows.SelectMany(f => f.Rule.Ports?.Value ?? [])
            .Concat(model.Services.SelectMany(s => s.Ports).SelectMany(p => p.Ports))
            .SelectMany(r => new[] { r.From - 1, r.From, r.To, r.To + 1 })
            .Concat([1, 1023, 1024, 40000, 65535])
            .Where(p => p is >= 1 and <= 65535)
            .Distinct()
            .Order()
            .ToArray();
        return (context, new AclCompiler(context), new Interesting([.. addresses.Distinct()], ports));
    }
}
