namespace GovNet.NetCode.Model.Flows;

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
        Overlaps(region)
            ? new(PrefixSet.Collapse(Inside.SelectMany(p => region.SelectMany(r => PrefixSet.Intersect(p, r)))), null)
            : Nothing;

    /// <summary>
    /// <c>Within([region])</c> for a region of one prefix, as a segment's ACL asks of every flow direction that
    /// meets its subnet: the inside prefixes within the region, or the region itself once one holds it (all the
    /// rest lie inside it), without a collection per prefix on the way.
    /// </summary>
    public Side Within(Ipv4Prefix region)
    {
        List<Ipv4Prefix>? parts = null;
        for (var i = 0; i < Inside.Count; i++)
        {
            if (Inside[i].Contains(region))
            {
                return new([region], null);
            }

            if (region.Contains(Inside[i]))
            {
                (parts ??= []).Add(Inside[i]);
            }
        }

        return parts is null ? Nothing : new(PrefixSet.Collapse(parts), null);
    }

    /// <summary>
    /// Whether any inside prefix meets the region. A segment's ACL asks this of every flow direction and
    /// most miss it; answering without allocating keeps thousands of segments cheap.
    /// </summary>
    private bool Overlaps(IReadOnlyList<Ipv4Prefix> region)
    {
        for (var i = 0; i < Inside.Count; i++)
        {
            for (var j = 0; j < region.Count; j++)
            {
                if (Inside[i].Overlaps(region[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public Side OutsideOnly() => new([], Outside);
}

/// <summary>Resolves flow selectors to <see cref="Side"/>s within one plane.</summary>
public sealed class FlowSides(ModelIndex context, PlaneAddressSpace space)
{
    private readonly Dictionary<Selector, Side> cache = [];

    /// <summary>The plane's segments by unit and by zone, gathered once instead of scanned per selector.</summary>
    private readonly ILookup<string, Segment> byUnit = PlaneSegments(context, space).ToLookup(s => s.Unit, StringComparer.Ordinal);
    private readonly ILookup<string, Segment> byZone = PlaneSegments(context, space).ToLookup(s => s.Zone.Value, StringComparer.Ordinal);

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
        InternetSelector => new Side([], Ipv4Prefix.Any),
        UnitSelector unit => Segments(byUnit[unit.Unit].Where(s => unit.Zone is null || s.Zone.Value == unit.Zone)),
        ZoneSelector zone => Segments(byZone[zone.Zone]),
        ServiceSelector service => context.Services.TryGetValue(service.Service, out var declared)
            ? new Side([new Ipv4Prefix(declared.Address.Value, 32)], null)
            : Side.Nothing,
        UpstreamSelector upstream => context.Upstreams.TryGetValue(upstream.Upstream, out var declaredUpstream)
            ? new Side(PrefixSet.Collapse(declaredUpstream.Upstream.Prefixes.Select(p => p.Value)), null)
            : Side.Nothing,
        CidrSelector cidr => Cidr(cidr.Prefix),
        _ => throw new InvalidOperationException($"unknown selector {selector}"),
    };

    private static IEnumerable<Segment> PlaneSegments(ModelIndex context, PlaneAddressSpace space) =>
        context.Model.Segments.Where(s => context.PlaneOf(s) == space.Plane);

    private static Side Segments(IEnumerable<Segment> segments) =>
        new(PrefixSet.Collapse(segments.Select(s => s.Subnet.Value)), null);

    private Side Cidr(Ipv4Prefix prefix)
    {
        var inside = PrefixSet.Collapse(space.Prefixes.SelectMany(p => PrefixSet.Intersect(prefix, p)));
        var insideSize = inside.Aggregate(0UL, (sum, p) => sum + p.Size);
        return new Side(inside, insideSize < prefix.Size ? prefix : null);
    }
}
