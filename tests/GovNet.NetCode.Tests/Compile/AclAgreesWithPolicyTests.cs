using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Tests.Support;
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
        var (context, compiler, samples) = Load(which);
        var segments = context.Model.Segments.Where(s => context.PlaneOf(s) is not null).ToArray();
        var policies = context.Planes.Keys.ToDictionary(p => p, p => new FlowPolicy(context, p));
        Prop.ForAll(samples.FromSegments(segments).ToArbitrary(), x =>
        {
            var acl = new AccessList("test", new AclBinding(AclPurpose.Segment, x.Segment.Name, true), compiler.ForSegment(x.Segment));
            var policy = policies[context.PlaneOf(x.Segment)!];
            return (acl.Evaluate(x.Packet) == policy.Decide(x.Packet))
                .Label($"{x.Segment.Name}: {x.Packet}: acl {acl.Evaluate(x.Packet)}, policy {policy.Decide(x.Packet)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Internet_and_upstream_port_acls_decide_like_the_policy(string which)
    {
        var (context, compiler, samples) = Load(which);
        var plane = "external";
        var policy = new FlowPolicy(context, plane);
        Prop.ForAll(samples.ThroughEdges(PacketSamples.EdgeAcls(context, compiler, plane)).ToArbitrary(), x =>
            (x.Acl.Acl.Evaluate(x.Packet) == policy.Decide(x.Packet))
                .Label($"{x.Acl}: {x.Packet}: acl {x.Acl.Acl.Evaluate(x.Packet)}, policy {policy.Decide(x.Packet)}"))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static (ModelIndex Context, AclCompiler Compiler, PacketSamples Samples) Load(string which)
    {
        using var repo = which == "rich" ? RichRepo() : null;
        var model = CompileHarness.Model(repo?.Write() ?? NetcodeProcess.RepositoryRoot());
        var context = new ModelIndex(model, MiniRepo.Today);
        return (context, new AclCompiler(context), PacketSamples.Of(model));
    }
}
