namespace GovNet.NetCode.Model.Flows;

/// <summary>
/// Finds the segment holding an address with one look-up per prefix length in use (a handful) instead
/// of a scan of every segment. Answers exactly as a scan in the given order would: where subnets
/// overlap (only in an invalid model), the first segment in that order wins.
/// </summary>
internal sealed class SegmentIndex
{
    private readonly Dictionary<Ipv4Prefix, (Segment Segment, int Order)> bySubnet = [];
    private readonly int[] lengths;

    public SegmentIndex(IEnumerable<Segment> segments)
    {
        var order = 0;
        foreach (var segment in segments)
        {
            bySubnet.TryAdd(segment.Subnet.Value, (segment, order++));
        }

        lengths = [.. bySubnet.Keys.Select(p => p.Length).Distinct().Order()];
    }

    /// <summary>The first segment (in the given order) whose subnet holds the address, if any.</summary>
    public Segment? Holding(Ipv4Address address)
    {
        (Segment Segment, int Order)? first = null;
        foreach (var length in lengths)
        {
            if (bySubnet.TryGetValue(Ipv4Prefix.Containing(address, length), out var found) && (first is null || found.Order < first.Value.Order))
            {
                first = found;
            }
        }

        return first?.Segment;
    }

    public bool Contains(Ipv4Address address) => Holding(address) is not null;
}
