using System.Collections.Immutable;

namespace GovNet.NetCode.Model.Flows;

/// <summary>A protocol and the destination ports a flow opens for it; no ports means every port (or none, for ip and icmp).</summary>
public sealed record FlowService(Protocol Protocol, ImmutableArray<PortRange> Ports)
{
    public bool Matches(Protocol protocol, int port) =>
        (Protocol == Protocol.Ip || Protocol == protocol) &&
        (Ports.IsEmpty || (protocol is Protocol.Tcp or Protocol.Udp && Ports.Any(r => port >= r.From && port <= r.To)));
}

/// <summary>
/// What a flow opens, by the policy format's rule: the rule's own ports, else (towards a service)
/// the service's ports of the rule's protocol, else the whole protocol.
/// </summary>
public static class FlowServices
{
    public static ImmutableArray<FlowService> Of(FlowRule rule, IReadOnlyDictionary<string, Service> services)
    {
        if (rule.Ports is { } ports)
        {
            return [new FlowService(rule.Protocol.Value, [.. PortSet.Merge(ports.Value)])];
        }

        if (rule.To.Value is ServiceSelector { Service: var name } && services.TryGetValue(name, out var service) && !service.Ports.IsEmpty)
        {
            var protocol = rule.Protocol.Value;
            var opened = new List<FlowService>();
            foreach (var group in service.Ports.GroupBy(p => p.Protocol).OrderBy(g => g.Key))
            {
                if (protocol == Protocol.Ip || protocol == group.Key)
                {
                    var merged = group.Any(p => p.Ports.IsEmpty) ? [] : PortSet.Merge(group.SelectMany(p => p.Ports));
                    opened.Add(new FlowService(group.Key, [.. merged]));
                }
                else if (group.Key == Protocol.Ip)
                {
                    opened.Add(new FlowService(protocol, []));
                }
            }

            return [.. opened];
        }

        return [new FlowService(rule.Protocol.Value, [])];
    }
}
