using GovNet.NetCode.Model;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// The address space cut at every boundary of every prefix the configs and the policy mention:
/// inside one atom every route, connected subnet, ACL address and policy selector answers the same,
/// so one address stands for the whole atom. Atoms are numbered in address order.
/// </summary>
public sealed class AddressAtoms
{
    // starts[i] is the first address of atom i; atom i ends where atom i + 1 starts (the last at 255.255.255.255).
    private readonly uint[] starts;

    public AddressAtoms(IEnumerable<(uint Low, uint High)> intervals)
    {
        var cuts = new SortedSet<uint> { 0 };
        foreach (var (low, high) in intervals)
        {
            cuts.Add(low);
            if (high != uint.MaxValue)
            {
                cuts.Add(high + 1);
            }
        }

        starts = [.. cuts];
    }

    public int Count => starts.Length;

    public uint Low(int atom) => starts[atom];

    public uint High(int atom) => atom + 1 < starts.Length ? starts[atom + 1] - 1 : uint.MaxValue;

    /// <summary>An address of the atom that reads well in a finding: its middle.</summary>
    public Ipv4Address Representative(int atom) => new(PacketClasses.Address((Low(atom), High(atom))));

    public int IndexOf(uint address)
    {
        var index = Array.BinarySearch(starts, address);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The atoms inside [low, high] (both ends being atom boundaries, or cut to the atoms they touch).</summary>
    public (int First, int Last) Within(uint low, uint high) => (IndexOf(low), IndexOf(high));

    public static (uint Low, uint High) Interval(Ipv4Prefix prefix) => (prefix.Network.Value, prefix.Broadcast.Value);
}
