using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Verify.Layer3;

namespace GovNet.NetCode.Verify;

/// <summary>
/// NAT as the configs hold it (002 第十二条, boundary protection at the internet-access zone). At an
/// exit (a port cabled to the internet or an upstream, or with no declared far end) outbound NAT
/// changes only the source address the outside sees: the paths and filters the walk already judged
/// stay as they are, and PAT admits replies only. A published address (<c>nat server</c>,
/// <c>nat static</c>) is taken as open to the outside on every protocol and port it maps, whatever
/// the ACLs say: its inside address must be in the internet-access zone of the device's own plane
/// (P2) and every port it opens must be one a declared flow from the internet permits (P4). A
/// translation that names another plane's addresses joins the planes (P1). NAT inside the network
/// (on a port towards another inventoried device) rewrites addresses the walk does not follow, so it
/// is a coverage finding: not modelled, so not proven closed.
/// </summary>
public static class NatBoundary
{
    private static readonly TextResource Text = new("GovNet.NetCode.Verify.NatText");

    public static IEnumerable<Finding> Check(VerifyInput input)
    {
        var endpoints = new Endpoints(input.Context);
        var outside = endpoints.Members(string.Empty).Last().Address;
        var policies = new Dictionary<string, FlowPolicy>(StringComparer.Ordinal);
        foreach (var (host, facts, _, plane) in input.Devices())
        {
            if (facts.Nat.IsEmpty)
            {
                continue;
            }

            var ownPlane = plane.Name.Value;
            var outsides = facts.Nat.Where(n => n.Kind == NatKind.Outside).Select(n => n.Interface!).ToList();
            var pools = facts.Nat.Where(n => n.Kind == NatKind.Pool).Select(n => n.Pool!).ToHashSet(StringComparer.Ordinal);
            foreach (var nat in facts.Nat)
            {
                var at = new SourceSpan(facts.File, nat.Line, 1);
                if (OtherPlane(input, ownPlane, facts, nat) is var (other, address))
                {
                    yield return new Finding(Codes.NatJoinsPlanes, AddressCensus.Property, Severity.Error,
                        Text.Format("NatJoinsPlanes", host, ownPlane, address, other), at, [host, address], null, input.Context.Planes[other].Name.Span);
                    continue;
                }

                var ports = nat.Kind switch
                {
                    NatKind.Outside => [nat.Interface!],
                    NatKind.Outbound or NatKind.Server or NatKind.Static => nat.Interface is { } port ? [port] : outsides,
                    _ => [],
                };
                if (ports.FirstOrDefault(p => !IsExit(input, host, p)) is { } inner)
                {
                    yield return new Finding(Codes.NatNotModelled, ParseCoverage.Property, Severity.Error,
                        Text.Format("NatInsideNetwork", host, inner), at, [$"{host}:{inner}"], null, null);
                    continue;
                }

                if (nat is { Kind: NatKind.Outbound, Pool: { } pool } && !pools.Contains(pool))
                {
                    yield return new Finding(Codes.NatNotModelled, ParseCoverage.Property, Severity.Error,
                        Text.Format("NatPoolUnknown", host, pool), at, [host], null, null);
                    continue;
                }

                if (nat.Kind is NatKind.Server or NatKind.Static && nat.Inside is { } inside && ports.Count > 0)
                {
                    if (!policies.TryGetValue(ownPlane, out var policy))
                    {
                        policies[ownPlane] = policy = new FlowPolicy(input.Context, ownPlane);
                    }

                    foreach (var finding in Published(input, endpoints, policy, outside, [.. ports.Select(p => $"{host}:{p}")], host, nat, inside, at))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    /// <summary>A published inside address: in the internet-access zone, and open only on ports declared flows from the internet permit.</summary>
    private static IEnumerable<Finding> Published(
        VerifyInput input, Endpoints endpoints, FlowPolicy policy, Ipv4Address outside, string[] ports, string host, NatFact nat, Ipv4Address inside, SourceSpan at)
    {
        var endpoint = endpoints.Holding(inside.Value);
        var service = input.Context.Services.Values.FirstOrDefault(s => s.Address.Value == inside);
        var zone = endpoint.Zone is { } name && input.Context.Zones.TryGetValue(name, out var z) ? z : null;
        if (zone?.Role != ZoneRole.InternetAccess)
        {
            yield return new Finding(Codes.PublishedOutsideInternetAccessZone, "P2", Severity.Error,
                Text.Format("PublishedOutsideInternetAccess", host, inside, endpoint.Name, endpoint.Zone ?? "-"),
                at, [.. ports, inside.ToString()], null, zone?.Name.Span ?? service?.Zone.Span);
            yield break;
        }

        var (protocol, label) = nat.Protocol switch
        {
            NatFact.Tcp => (Protocol.Tcp, "tcp"),
            NatFact.Udp => (Protocol.Udp, "udp"),
            _ => (Protocol.Ip, nat.Protocol is { } number ? $"ip protocol {number}" : "ip"),
        };
        var range = protocol == Protocol.Ip ? new PortRange(0, 0) : nat.InsidePorts ?? new PortRange(0, 65535);
        var open = Enumerable.Range(range.From, range.To - range.From + 1)
            .Where(port => policy.Decide(new Packet(protocol, outside, 0, inside, port, false)) != Model.Flows.AclAction.Permit)
            .ToList();
        if (open.Count > 0)
        {
            var opened = protocol == Protocol.Ip ? label : $"{label}/{open[0]}" + (open.Count > 1 ? Text.Format("MorePorts", open.Count - 1) : string.Empty);
            yield return new Finding(Codes.PublishedPortUndeclared, "P4", Severity.Error,
                Text.Format("PublishedPortUndeclared", host, inside, endpoint.Name, opened),
                at, [.. ports, inside.ToString()], $"{label} internet → {inside}{(protocol == Protocol.Ip ? string.Empty : ":" + open[0])}", service?.Public?.Span ?? service?.Address.Span);
        }
    }

    /// <summary>An address the translation names (its pool, global or inside address, or the sources its ACL permits) that lies in another plane.</summary>
    private static (string Plane, string Address)? OtherPlane(VerifyInput input, string own, DeviceFacts facts, NatFact nat)
    {
        var named = new List<Ipv4Prefix>();
        if (nat.Global is { } global)
        {
            named.AddRange(nat.GlobalEnd is { } end ? Ranges.Prefixes(global.Value, end.Value) : [Ipv4Prefix.Containing(global, 32)]);
        }

        if (nat.Inside is { } inside)
        {
            named.Add(Ipv4Prefix.Containing(inside, 32));
        }

        if (nat is { Kind: NatKind.Outbound, Acl: { } id } && facts.Acls.FirstOrDefault(a => a.Id == id) is { } acl)
        {
            named.AddRange(acl.Rules.Where(r => r.Action == Model.Flows.AclAction.Permit).Select(r => r.Source.AsPrefix()).OfType<Ipv4Prefix>().Where(p => p.Length > 0));
        }

        foreach (var prefix in named)
        {
            if (input.Spaces.FirstOrDefault(s => s.Key != own && s.Value.Overlaps(prefix)) is { Key: { } other })
            {
                return (other, prefix.Length == 32 ? prefix.Network.ToString() : prefix.ToString());
            }
        }

        return null;
    }

    /// <summary>A port where packets leave the inventory: cabled to the internet or an upstream, or with no declared far end.</summary>
    private static bool IsExit(VerifyInput input, string host, string port) =>
        !input.Context.Ports.TryGetValue((host, port), out var declared) || declared.Interface.Link?.Value is null or InternetLinkEnd or UpstreamLinkEnd;

    /// <summary>Address ranges as the prefixes that cover them exactly.</summary>
    private static class Ranges
    {
        public static IEnumerable<Ipv4Prefix> Prefixes(uint low, uint high)
        {
            var next = (ulong)low;
            while (next <= high)
            {
                var length = 32;
                while (length > 0)
                {
                    var size = 1UL << (32 - (length - 1));
                    if (next % size != 0 || next + size - 1 > high)
                    {
                        break;
                    }

                    length--;
                }

                yield return Ipv4Prefix.Containing(new Ipv4Address((uint)next), length);
                next += 1UL << (32 - length);
            }
        }
    }
}
