using System.Collections.Immutable;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile.Acl;

/// <summary>
/// Flows → ACLs, as data, before any rendering: (a) an inbound ACL on every segment's gateway,
/// (b) the ACLs of internet-facing ports, (c) the ACLs of upstream-facing ports. ACLs are stateless,
/// so every permitted flow also opens its replies (TCP only when established).
/// </summary>
public sealed class AclCompiler
{
    private readonly ModelIndex context;
    private readonly Dictionary<string, PlaneFlows> planes = new(StringComparer.Ordinal);

    /// <summary>Each zone's segments sorted by subnet, so an intra-permit zone's neighbours collapse without a sort per segment.</summary>
    private readonly Lazy<ILookup<string, Segment>> zoneSegments;

    public AclCompiler(ModelIndex context)
    {
        this.context = context;
        foreach (var plane in context.Model.Network.Planes)
        {
            planes[plane.Name.Value] = PlaneFlows.Of(context, plane.Name.Value);
        }

        zoneSegments = new(() => context.Model.Segments.OrderBy(s => s.Subnet.Value).ToLookup(s => s.Zone.Value, StringComparer.Ordinal));
    }

    public PlaneFlows FlowsOf(string plane) => planes[plane];

    /// <summary>Builds now what the ACLs would build on first use, so devices translated on several cores do not queue for it.</summary>
    internal AclCompiler Prepared()
    {
        _ = zoneSegments.Value;
        foreach (var flows in planes.Values)
        {
            flows.Prepare();
        }

        return this;
    }

    /// <summary>The inbound ACL of a segment's gateway interface: packets whose source is the segment.</summary>
    public ImmutableArray<AclRule> ForSegment(Segment segment)
    {
        var flows = planes[context.PlaneOf(segment)!];
        var region = new[] { segment.Subnet.Value };
        var builder = new AclBuilder(flows.Space.Prefixes, region);
        flows.AddFrom(builder, segment.Subnet.Value);
        if (context.Zones.TryGetValue(segment.Zone.Value, out var zone) && zone.IntraPermit)
        {
            var neighbours = PrefixSet.CollapseSorted(zoneSegments.Value[zone.Name.Value]
                .Where(s => s != segment)
                .Select(s => s.Subnet.Value));
            builder.Add(AclAction.Permit, Protocol.Ip, new Side(region, null), null, new Side(neighbours, null), null, false, $"zone {zone.Name.Value} intra permit");
        }

        return builder.Build();
    }

    /// <summary>The ACL of an internet-facing port: inbound takes packets from the outside, outbound packets to it.</summary>
    public ImmutableArray<AclRule> ForInternet(string plane, bool inbound)
    {
        var flows = planes[plane];
        var builder = new AclBuilder(flows.Space.Prefixes, flows.Space.Prefixes);
        if (inbound)
        {
            flows.AddTo(builder, src => src.OutsideOnly(), dst => dst);
        }
        else
        {
            flows.AddTo(builder, src => src, dst => dst.OutsideOnly());
        }

        return builder.Build();
    }

    /// <summary>The ACL of a port towards an upstream network: inbound takes packets from its prefixes, outbound packets to them.</summary>
    public ImmutableArray<AclRule> ForUpstream(string plane, Upstream upstream, bool inbound)
    {
        var flows = planes[plane];
        var region = PrefixSet.Collapse(upstream.Prefixes.Select(p => p.Value));
        var builder = new AclBuilder(flows.Space.Prefixes, inbound ? region : flows.Space.Prefixes);
        if (inbound)
        {
            flows.AddTo(builder, src => src.Within(region), dst => dst);
        }
        else
        {
            flows.AddTo(builder, src => src, dst => dst.Within(region));
        }

        return builder.Build();
    }
}

/// <summary>The active flows of one plane as directions (each permit also as its reply), resolved to sides once.</summary>
public sealed class PlaneFlows
{
    private sealed record Direction(AclAction Action, Side From, Side To, FlowService Service, bool Reply, string Reason);

    private readonly List<Direction> replies = [];
    private readonly List<Direction> forwards = [];

    /// <summary>Which directions have a source inside each prefix, for <see cref="AddFrom"/>; built on first use.</summary>
    private readonly Lazy<SourceIndex> sources;

    private PlaneFlows(PlaneAddressSpace space)
    {
        Space = space;
        sources = new(() => new SourceIndex([.. replies.Concat(forwards).Select(d => d.From.Inside)]));
    }

    public PlaneAddressSpace Space { get; }

    /// <summary>Builds the source index <see cref="AddFrom"/> reads.</summary>
    internal void Prepare() => _ = sources.Value;

    public static PlaneFlows Of(ModelIndex context, string plane)
    {
        var space = PlaneAddressSpace.Of(context, plane);
        var sides = new FlowSides(context, space);
        var result = new PlaneFlows(space);
        foreach (var flow in context.ActiveFlows(plane))
        {
            var from = sides.Of(flow.Rule.From.Value);
            var to = sides.Of(flow.Rule.To.Value);
            var action = flow.Rule.Action.Value == FlowAction.Permit ? AclAction.Permit : AclAction.Deny;
            foreach (var service in FlowServices.Of(flow.Rule, context.Services))
            {
                // An approval with nothing ASCII in it (县长办公会同意) would leave a bare "approval" in the remark.
                var reason = flow.Approval is { } approval && ConfigText.Safe(approval.Value).Length > 0 ? $"flow {Label(flow)} approval {approval.Value}" : $"flow {Label(flow)}";
                result.forwards.Add(new Direction(action, from, to, service, false, reason));
                if (action == AclAction.Permit)
                {
                    result.replies.Add(new Direction(action, to, from, service, true, $"reply {reason}"));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// How a rule's remark names its flow: the id, unless the flow has none and is named after its position
    /// (<c>flow-N</c>, with the flow's own span): that name moves when a flow is added above, and every remark
    /// with it, so such a flow is named by its rule text instead.
    /// </summary>
    private static string Label(Flow flow) => flow.Id.Span == flow.Span ? flow.Rule.Text : flow.Id.Value;

    internal void AddTo(AclBuilder builder, Func<Side, Side> restrictSource, Func<Side, Side> restrictDestination)
    {
        foreach (var direction in replies.Concat(forwards))
        {
            Add(builder, direction, restrictSource(direction.From), restrictDestination(direction.To));
        }
    }

    /// <summary>
    /// What <c>AddTo(builder, src => src.Within([region]), dst => dst)</c> adds, without asking every
    /// direction: only those whose source meets the region can add a rule, and a segment's region meets
    /// a few dozen of a city's thousand directions.
    /// </summary>
    internal void AddFrom(AclBuilder builder, Ipv4Prefix region)
    {
        foreach (var index in sources.Value.Meeting(region))
        {
            var direction = index < replies.Count ? replies[index] : forwards[index - replies.Count];
            Add(builder, direction, direction.From.Within(region), direction.To);
        }
    }

    private static void Add(AclBuilder builder, Direction direction, Side source, Side destination)
    {
        if (source.IsEmpty || destination.IsEmpty)
        {
            return;
        }

        var service = direction.Service;
        if (service.Ports.IsEmpty)
        {
            AddPort(builder, direction, source, destination, null);
            return;
        }

        foreach (var port in service.Ports)
        {
            AddPort(builder, direction, source, destination, port);
        }
    }

    /// <summary>One rule set of a direction: the port range on the destination side, or on the source side of a reply.</summary>
    private static void AddPort(AclBuilder builder, Direction direction, Side source, Side destination, PortRange? port) =>
        builder.Add(
            direction.Action,
            direction.Service.Protocol,
            source,
            direction.Reply ? port : null,
            destination,
            direction.Reply ? null : port,
            direction.Reply && direction.Service.Protocol == Protocol.Tcp,
            direction.Reason);
}
