using System.Collections;
using System.Collections.Immutable;
using System.Text;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Turns VLAN bit sets into the id arrays the facts hold, sharing one array between every port
/// with the same set: a config (or a hostile input) with thousands of "2 to 4094" trunks costs one
/// array, not thousands.
/// </summary>
internal sealed class HuaweiVrpVlanSets
{
    private readonly Dictionary<string, ImmutableArray<int>> shared = new(StringComparer.Ordinal);

    public (ImmutableArray<int> Vlans, bool All) Of(BitArray set, bool all)
    {
        // The key is the set's runs ("1-4094,"), short whatever the set holds.
        var key = new StringBuilder();
        var count = 0;
        for (var vlan = 1; vlan < set.Length; vlan++)
        {
            if (!set[vlan])
            {
                continue;
            }

            var last = vlan;
            while (last + 1 < set.Length && set[last + 1])
            {
                last++;
            }

            key.Append(vlan).Append('-').Append(last).Append(',');
            count += last - vlan + 1;
            vlan = last;
        }

        var text = key.ToString();
        if (!shared.TryGetValue(text, out var array))
        {
            var ids = ImmutableArray.CreateBuilder<int>(count);
            for (var vlan = 1; vlan < set.Length; vlan++)
            {
                if (set[vlan])
                {
                    ids.Add(vlan);
                }
            }

            array = ids.MoveToImmutable();
            shared[text] = array;
        }

        // "all" stays "all" only while no VLAN has been taken out of it since.
        return (array, all && count == set.Length - 1);
    }
}
