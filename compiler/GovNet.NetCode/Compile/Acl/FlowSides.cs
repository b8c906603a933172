using GovNet.NetCode.Model;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Compile.Acl;

/// <summary>
/// The addresses one end of a flow covers, split into the plane's own space (as prefixes) and the
/// outside (as one prefix: <c>any</c> for <c>internet</c>, the prefix itself for a <c>cidr:</c> that
/// leaves the plane). ACLs write the outside part as <c>any</c> only after denying the plane's own
/// space, which is what makes <c>internet</c> mean "not us".
/// </summary>
public sealed record Side(IReadOnlyList<Ipv4Prefix> Inside, Ipv4Prefix? Outside)
{
    public static readonly Side Nothing = new([], null);

    public bool IsEmpty => Inside.Count == 0 && Outside is null;

    /// <summary>Only the part inside <paramref name="region"/>.</summary>
    public Side Within(IReadOnlyList<Ipv4Prefix> region) =>
        new(PrefixSet.Collapse(Inside.SelectMany(p => region.SelectMany(r => PrefixSet.Intersect(p, r)))), null);

    public Side OutsideOnly() => new([], Outside);
}

/// <summary>Resolves flow selectors to <see cref="Side"/>s within one plane.</summary>
public sealed class FlowSides(ValidationContext context, PlaneAddressSpace space)
{
    private readonly Dictionary<Selector, Side> cache = [];

    public PlaneAddressSpace Space => space;

    public Side Of(Selector selector)
    {
        if (!cache.TryGetValue(selector, out var side))
        {
            side = Resolve(selector);
            cache.Add(selector, side);
        }

        return side;
    }

    private Side Resolve(Selector selector) => selector switch
    {
        InternetSelector => new Side([], AclRule.Any),
        UnitSelector unit => Segments(s => s.Unit == unit.Unit && (unit.Zone is null || s.Zone.Value == unit.Zone)),
        ZoneSelector zone => Segments(s => s.Zone.Value == zone.Zone),
        ServiceSelector service => context.Services.TryGetValue(service.Service, out var declared)
            ? new Side([new Ipv4Prefix(declared.Address.Value, 32)], null)
            : Side.Nothing,
        UpstreamSelector upstream => context.Upstreams.TryGetValue(upstream.Upstream, out var declaredUpstream)
            ? new Side(PrefixSet.Collapse(declaredUpstream.Upstream.Prefixes.Select(p => p.Value)), null)
            : Side.Nothing,
        CidrSelector cidr => Cidr(cidr.Prefix),
        _ => throw new InvalidOperationException($"unknown selector {selector}"),
    };

    private Side Segments(Func<Segment, bool> predicate) =>
        new(PrefixSet.Collapse(context.Model.Segments.Where(s => context.PlaneOf(s) == space.Plane && predicate(s)).Select(s => s.Subnet.Value)), null);

    private Side Cidr(Ipv4Prefix prefix)
    {
        var inside = PrefixSet.Collapse(space.Prefixes.SelectMany(p => PrefixSet.Intersect(prefix, p)));
        var insideSize = inside.Aggregate(0UL, (sum, p) => sum + p.Size);
        return new Side(inside, insideSize < prefix.Size ? prefix : null);
    }
}
