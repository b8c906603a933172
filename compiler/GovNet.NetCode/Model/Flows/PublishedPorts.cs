namespace GovNet.NetCode.Model.Flows;

/// <summary>One protocol and port a published service answers on from the internet, and the flow that declares it.</summary>
public sealed record PublishedPort(Protocol Protocol, int Port, Flow Flow);

/// <summary>
/// What the egress publishes of a service with a <c>public</c> address: exactly the ports that active
/// permit flows <c>from internet to service:NAME</c> open. A flow that opens a protocol without ports
/// (ip, icmp, a whole tcp) or a wide range cannot become <c>nat server</c> lines and is returned as
/// not expressible, for validation to refuse.
/// </summary>
public static class PublishedPorts
{
    /// <summary>Most ports one flow may publish: a range beyond it is a mistake, not a service.</summary>
    public const int MaxPerFlow = 64;

    public static (IReadOnlyList<PublishedPort> Ports, IReadOnlyList<Flow> NotExpressible) Of(ModelIndex context, Service service)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        var ports = new SortedDictionary<(Protocol, int), PublishedPort>();
        var refused = new List<Flow>();
        var plane = context.PlaneOfZone(service.Zone.Value);
        foreach (var flow in plane is null ? [] : context.ActiveFlows(plane))
        {
            if (flow.Rule.Action.Value != FlowAction.Permit || flow.Rule.From.Value is not InternetSelector ||
                flow.Rule.To.Value is not ServiceSelector { Service: var name } || name != service.Name.Value)
            {
                continue;
            }

            var opened = FlowServices.Of(flow.Rule, context.Services);
            if (opened.Any(s => s.Protocol is not (Protocol.Tcp or Protocol.Udp) || s.Ports.IsEmpty || s.Ports.Sum(r => r.To - r.From + 1) > MaxPerFlow))
            {
                refused.Add(flow);
                continue;
            }

            foreach (var open in opened)
            {
                foreach (var port in open.Ports.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)))
                {
                    ports.TryAdd((open.Protocol, port), new PublishedPort(open.Protocol, port, flow));
                }
            }
        }

        return ([.. ports.Values], refused);
    }
}
