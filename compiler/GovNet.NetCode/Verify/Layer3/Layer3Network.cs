using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// Layer-3 forwarding on the facts only: each device's routes (connected and static, longest prefix
/// match); a next hop is the device that owns that address on an interface in the same broadcast
/// domain as the interface the route leaves by, which is how a cross-plane cable or trunk shows up at
/// layer 3. Ports the inventory cables to the internet or an upstream network are exits.
/// </summary>
public sealed class Layer3Network
{
    public const int HopLimit = 32;

    private readonly VerifyInput input;
    private readonly Layer2Domains domains;
    private readonly Dictionary<uint, List<(string Host, InterfaceFact Port)>> owners = [];

    public Layer3Network(VerifyInput input, Layer2Domains domains)
    {
        this.input = input;
        this.domains = domains;
        foreach (var (host, facts) in input.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Tables[host] = new RouteTable(facts);
            foreach (var port in facts.Interfaces.Where(i => !i.Shutdown))
            {
                foreach (var address in port.Addresses)
                {
                    if (!owners.TryGetValue(address.Address.Value, out var list))
                    {
                        owners[address.Address.Value] = list = [];
                    }

                    list.Add((host, port));
                }
            }
        }
    }

    public Dictionary<string, RouteTable> Tables { get; } = new(StringComparer.Ordinal);

    public VerifyInput Input => input;

    /// <summary>The inventory's far end of a port: internet, an upstream, another device, or nothing.</summary>
    public LinkEnd? LinkOf(string host, InterfaceFact port) =>
        input.Context.Ports.TryGetValue((host, port.Name), out var declared) ? declared.Interface.Link?.Value : null;

    /// <summary>The broadcast domain an L3 interface sits in.</summary>
    public (string Host, string Key) DomainOf(string host, InterfaceFact port) =>
        port.Loopback ? (host, $"loopback {port.Name}") :
        domains.Find((host, port.SviVlan is { } vlan ? Layer2Domains.Key(vlan) : Layer2Domains.Untagged(port)));

    public Layer3Path Walk(string host, InterfaceFact? ingress, Ipv4Address destination)
    {
        var hops = new List<Hop>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var inPort = ingress;
        while (hops.Count < HopLimit)
        {
            if (!visited.Add(host))
            {
                return new Layer3Path([.. hops], PathEnd.Loop, null);
            }

            if (!Tables.TryGetValue(host, out var table) || table.Lookup(destination) is not { } route)
            {
                return new Layer3Path([.. hops], PathEnd.Dropped, null);
            }

            hops.Add(new Hop(host, inPort, route.Port, route));
            switch (LinkOf(host, route.Port))
            {
                case InternetLinkEnd:
                    return new Layer3Path([.. hops], PathEnd.Internet, null);
                case UpstreamLinkEnd upstream:
                    return new Layer3Path([.. hops], PathEnd.Upstream, upstream.Upstream);
            }

            if (route.NextHop is not { } nextHop)
            {
                return new Layer3Path([.. hops], PathEnd.Delivered, null);
            }

            var domain = DomainOf(host, route.Port);
            var next = owners.TryGetValue(nextHop.Value, out var candidates)
                ? candidates.FirstOrDefault(c => c.Host != host && DomainOf(c.Host, c.Port) == domain)
                : default;
            if (next.Host is null)
            {
                return new Layer3Path([.. hops], PathEnd.Dropped, null);
            }

            host = next.Host;
            inPort = next.Port;
        }

        return new Layer3Path([.. hops], PathEnd.Loop, null);
    }
}
