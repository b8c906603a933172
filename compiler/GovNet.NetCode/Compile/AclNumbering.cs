using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile;

/// <summary>
/// Numbers for advanced ACLs (Huawei, H3C: 3000–3999). A segment's ACL number follows from its own
/// VLAN (3000 + VLAN mod 1000), so adding or removing other segments never renumbers it; only two
/// VLANs on one device with the same last three digits need a second choice, taken upwards in VLAN
/// order. Internet and upstream ACLs count down from the top of the range.
/// </summary>
public static class AclNumbering
{
    /// <returns>Number per key, or null when the range is too small for the device.</returns>
    public static Dictionary<string, int>? Allocate((int First, int Last) range, IReadOnlyList<(string Key, int Vlan)> segments, IReadOnlyList<string> specials)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var top = range.Last;
        foreach (var special in specials.Order(StringComparer.Ordinal))
        {
            numbers[special] = top--;
        }

        var size = top - range.First + 1;
        if (segments.Count > size)
        {
            return null;
        }

        var used = new HashSet<int>();
        foreach (var (key, vlan) in segments.OrderBy(s => s.Vlan))
        {
            var offset = vlan % 1000 % size;
            while (!used.Add(offset))
            {
                offset = (offset + 1) % size;
            }

            numbers[key] = range.First + offset;
        }

        return numbers;
    }
}
