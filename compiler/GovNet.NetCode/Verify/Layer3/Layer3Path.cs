using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>How a walk ends.</summary>
public enum PathEnd
{
    /// <summary>On a connected subnet of the last hop (a segment, a link, a device's own address).</summary>
    Delivered,

    /// <summary>Out of a port cabled to the internet.</summary>
    Internet,

    /// <summary>Out of a port cabled to an upstream network.</summary>
    Upstream,

    /// <summary>No route, or a device that does not route (Cisco <c>no ip routing</c>) handed a packet to forward.</summary>
    Dropped,

    /// <summary>
    /// Out of the modelled network: to a next hop no inventoried device on that link owns (a 4G router
    /// in the management VLAN, a "backup ISP"), or by a static route out of a port whose far end the
    /// inventory does not declare. Whatever is there is unknown, so it counts as an exit, never a drop.
    /// </summary>
    Undeclared,

    /// <summary>Back at a device already passed, or over the hop limit.</summary>
    Loop,
}

/// <summary>
/// One device on a path: the interface the packet came in by (null where it starts on the device),
/// the interface it leaves by, and the route that sent it there. A value, held inside its path's array: a large network's
/// verification keeps millions of paths for a while, and an object per hop was much of what the collector had to carry.
/// </summary>
public readonly record struct Hop(string Host, InterfaceFact? In, InterfaceFact Out, Route Route);

/// <summary>One way packets to one destination atom go from one ingress device (one per choice where routes share a prefix).</summary>
public sealed record Layer3Path(ImmutableArray<Hop> Hops, PathEnd End, string? Upstream)
{
    /// <summary>The next hop of an <see cref="PathEnd.Undeclared"/> exit, or null where the route names only a port.</summary>
    public Ipv4Address? Exit { get; init; }

    /// <summary>The device a packet was handed to and that had no route for it (a drop one hop after the last hop).</summary>
    public (string Host, InterfaceFact In)? DroppedAt { get; init; }

    /// <summary>The hops as device:interface names, in order: in and out of every device.</summary>
    public ImmutableArray<string> Names(string host, InterfaceFact? ingress) => Names(host, ingress, static (device, port) => $"{device}:{port.Name}");

    /// <summary>As <see cref="Names(string, InterfaceFact?)"/>, each device:interface name from <paramref name="name"/> (a cache where many paths pass the same ports).</summary>
    public ImmutableArray<string> Names(string host, InterfaceFact? ingress, Func<string, InterfaceFact, string> name)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        if (ingress is not null)
        {
            names.Add(name(host, ingress));
        }

        foreach (var hop in Hops)
        {
            if (hop.In is not null && name(hop.Host, hop.In) is var entered && (names.Count == 0 || names[^1] != entered))
            {
                names.Add(entered);
            }

            names.Add(name(hop.Host, hop.Out));
        }

        return names.ToImmutable();
    }
}
