namespace GovNet.NetCode.Model.Flows;

/// <summary>
/// The addresses a plane owns: its segments, management subnet, device links and upstream prefixes.
/// Whatever lies outside is what the policy calls <c>internet</c>.
/// </summary>
public sealed class PlaneAddressSpace
{
    private PlaneAddressSpace(string plane, IReadOnlyList<Ipv4Prefix> prefixes)
    {
        Plane = plane;
        Prefixes = prefixes;
    }

    public string Plane { get; }

    /// <summary>Collapsed and sorted.</summary>
    public IReadOnlyList<Ipv4Prefix> Prefixes { get; }

    /// <summary>Whether the plane owns the address: a binary search, the prefixes being sorted and disjoint.</summary>
    public bool Contains(Ipv4Address address)
    {
        var (low, high) = (0, Prefixes.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var prefix = Prefixes[middle];
            if (prefix.Contains(address))
            {
                return true;
            }

            (low, high) = prefix.Network.Value < address.Value ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <summary>
    /// Whether every address of <paramref name="prefix"/> is the plane's. The prefixes being collapsed
    /// (siblings joined), a prefix the plane covers lies inside one of them.
    /// </summary>
    public bool Covers(Ipv4Prefix prefix) => First(prefix) is { } found && found.Contains(prefix);

    /// <summary>Whether any address of <paramref name="prefix"/> is the plane's.</summary>
    public bool Overlaps(Ipv4Prefix prefix) => First(prefix) is { } found && found.Overlaps(prefix);

    /// <summary>The first of the sorted, disjoint prefixes that ends at or after the start of <paramref name="prefix"/>.</summary>
    private Ipv4Prefix? First(Ipv4Prefix prefix)
    {
        var (low, high) = (0, Prefixes.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = Prefixes[middle].Broadcast.Value < prefix.Network.Value ? (middle + 1, high) : (low, middle);
        }

        return low < Prefixes.Count ? Prefixes[low] : null;
    }

    public static PlaneAddressSpace Of(ModelIndex context, string plane)
    {
        var prefixes = new List<Ipv4Prefix>();
        prefixes.AddRange(context.Model.Segments.Where(s => context.PlaneOf(s) == plane).Select(s => s.Subnet.Value));
        if (context.Planes.TryGetValue(plane, out var declared))
        {
            prefixes.Add(declared.Management.Subnet.Value);
            prefixes.AddRange(declared.Upstreams.SelectMany(u => u.Prefixes).Select(p => p.Value));
        }

        prefixes.AddRange(context.Model.Devices
            .Where(d => d.Plane.Value == plane)
            .SelectMany(d => d.Interfaces)
            .Where(i => i is { Address: not null, Link.Value: DeviceLinkEnd })
            .Select(i => i.Address!.Value.Value.Subnet));
        return new PlaneAddressSpace(plane, PrefixSet.Collapse(prefixes));
    }
}
