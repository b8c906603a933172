using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// Packets worth asking both the compiled ACLs and the flow policy about: addresses at the edges and in
/// the middle of every segment, every service, management address and upstream edge, and a few
/// outside; ports just inside and outside every port range the policy names. Random addresses would
/// almost never land where a rule's decision changes.
/// </summary>
public sealed class PacketSamples
{
    private static readonly Ipv4Address[] Outside =
        [.. new[] { "8.8.8.8", "8.8.9.1", "203.0.113.9", "10.200.0.1", "172.31.5.5", "0.0.0.1", "255.255.255.254" }.Select(Ipv4Address.Parse)];

    private readonly Ipv4Address[] addresses;

    private PacketSamples(Ipv4Address[] addresses, int[] ports)
    {
        this.addresses = addresses;
        Ports = ports;
    }

    public IReadOnlyList<Ipv4Address> Addresses => addresses;

    public int[] Ports { get; }

    public static PacketSamples Of(PolicyModel model)
    {
        var addresses = new List<Ipv4Address>();
        foreach (var segment in model.Segments)
        {
            var subnet = segment.Subnet.Value;
            addresses.AddRange([subnet.FirstHost, new Ipv4Address(subnet.Network.Value + (uint)(subnet.Size / 2)), subnet.LastHost]);
        }

        addresses.AddRange(model.Services.Select(s => s.Address.Value));
        addresses.AddRange(model.Devices.Select(d => d.Management.Value));
        addresses.AddRange(model.Network.Planes.SelectMany(p => p.Upstreams).SelectMany(u => u.Prefixes).SelectMany(p => new[] { p.Value.FirstHost, p.Value.LastHost }));
        addresses.AddRange(Outside);
        var ports = model.Flows.SelectMany(f => f.Rule.Ports?.Value ?? [])
            .Concat(model.Services.SelectMany(s => s.Ports).SelectMany(p => p.Ports))
            .SelectMany(r => new[] { r.From - 1, r.From, r.To, r.To + 1 })
            .Concat([1, 1023, 1024, 40000, 65535])
            .Where(p => p is >= 1 and <= 65535)
            .Distinct()
            .Order()
            .ToArray();
        return new PacketSamples([.. addresses.Distinct()], ports);
    }

    private static bool IsEdgeOrMiddle(Ipv4Prefix subnet, Ipv4Address address) =>
        address == subnet.FirstHost || address == subnet.LastHost || address.Value == subnet.Network.Value + (uint)(subnet.Size / 2);

    /// <summary>TCP (new or established), UDP or ICMP between two addresses.</summary>
    public Gen<Packet> Between(Ipv4Address source, Ipv4Address destination) =>
        from protocol in Gen.Elements(Protocol.Tcp, Protocol.Udp, Protocol.Icmp)
        from sourcePort in Gen.Elements(Ports)
        from destinationPort in Gen.Elements(Ports)
        from established in Gen.Elements(true, false)
        select protocol == Protocol.Icmp
            ? new Packet(protocol, source, 0, destination, 0, false)
            : new Packet(protocol, source, sourcePort, destination, destinationPort, established && protocol == Protocol.Tcp);

    /// <summary>
    /// Packets a segment's gateway sees inbound: from a host of one of <paramref name="segments"/> to an
    /// address outside it. Half come from segments that hold a sample address (a service: the source of
    /// flow replies), and from that address half the time, or a replied flow would rarely be asked about.
    /// </summary>
    public Gen<(Segment Segment, Packet Packet)> FromSegments(IReadOnlyList<Segment> segments)
    {
        var all = segments.ToArray();
        var holding = all.Where(s => addresses.Any(a => s.Subnet.Value.Contains(a) && !IsEdgeOrMiddle(s.Subnet.Value, a))).ToArray();
        var segment = holding.Length == 0 ? Gen.Elements(all) : Gen.OneOf(Gen.Elements(all), Gen.Elements(holding));
        return
            from source in segment
            from host in Gen.Choose(1, (int)Math.Min(source.Subnet.Value.Size - 2, 250))
            from sample in Gen.Elements(addresses.Where(a => source.Subnet.Value.Contains(a)).DefaultIfEmpty(source.Subnet.Value.FirstHost).ToArray())
            from fromSample in Gen.Elements(true, false)
            from destination in Gen.Elements(addresses.Where(a => !source.Subnet.Value.Contains(a)).ToArray())
            from packet in Between(fromSample ? sample : new Ipv4Address(source.Subnet.Value.Network.Value + (uint)host), destination)
            select (source, packet);
    }

    /// <summary>Packets crossing one of <paramref name="acls"/>, in the direction it filters.</summary>
    public Gen<(EdgeAcl Acl, Packet Packet)> ThroughEdges(IReadOnlyList<EdgeAcl> acls) =>
        from acl in Gen.Elements(acls.ToArray())
        from source in Gen.Elements(addresses)
        from destination in Gen.Elements(addresses)
        where acl.Sees(source, destination)
        from packet in Between(source, destination)
        select (acl, packet);

    /// <summary>
    /// The ACLs of a plane's internet ports (a via-egress plane) and upstream ports, each in both
    /// directions, with which packets each one sees.
    /// </summary>
    public static IReadOnlyList<EdgeAcl> EdgeAcls(ModelIndex context, AclCompiler compiler, string plane)
    {
        var declared = context.Planes[plane];
        var space = compiler.FlowsOf(plane).Space;
        var acls = new List<EdgeAcl>();
        if (declared.Internet.Value == InternetAccess.ViaEgress)
        {
            acls.Add(new(new("internet in", new(AclPurpose.Internet, plane, true), compiler.ForInternet(plane, inbound: true)), (s, d) => !space.Contains(s)));
            acls.Add(new(new("internet out", new(AclPurpose.Internet, plane, false), compiler.ForInternet(plane, inbound: false)), (s, d) => !space.Contains(d)));
        }

        foreach (var upstream in declared.Upstreams)
        {
            var name = upstream.Name.Value;
            acls.Add(new(new($"upstream {name} in", new(AclPurpose.Upstream, name, true), compiler.ForUpstream(plane, upstream, inbound: true)), (s, d) => upstream.Prefixes.Any(p => p.Value.Contains(s))));
            acls.Add(new(new($"upstream {name} out", new(AclPurpose.Upstream, name, false), compiler.ForUpstream(plane, upstream, inbound: false)), (s, d) => upstream.Prefixes.Any(p => p.Value.Contains(d))));
        }

        return acls;
    }
}

/// <summary>An internet- or upstream-facing ACL and which packets (source, destination) it filters.</summary>
public sealed record EdgeAcl(AccessList Acl, Func<Ipv4Address, Ipv4Address, bool> Sees)
{
    public override string ToString() => Acl.Name;
}
