using System.Collections.Immutable;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// Address translation at an egress: its pool (none: each internet port's own address) and, per
/// internet port, the outbound NAT and the published services. Off on every other device.
/// </summary>
public sealed record NatView(bool Enabled, NatPoolView? Pool, ImmutableArray<NatPortView> Ports)
{
    public static readonly NatView None = new(false, null, []);
}

/// <summary>A pool of public addresses, numbered as the dialect's address group.</summary>
public sealed record NatPoolView(int Group, string From, string To);

/// <summary>
/// One internet port: sources matching <c>Acl</c> (its outbound filter, which permits exactly what
/// declared flows let out) leave translated; each server publishes one inside port.
/// </summary>
public sealed record NatPortView(string Name, AclRef Acl, ImmutableArray<NatServerView> Servers);

/// <summary>A published port: the same port number outside and inside.</summary>
public sealed record NatServerView(string Service, string Protocol, string Global, int Port, string Inside);
