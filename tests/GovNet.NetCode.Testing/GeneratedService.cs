using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing;

/// <summary>A shared server in one of the information centre's segments; ports as written (<c>tcp/443</c>).</summary>
public sealed record GeneratedService(string Name, string Title, string Zone, string Plane, Ipv4Address Address, ImmutableArray<string> Ports);
