using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;

namespace GovNet.NetCode.Validate;

/// <summary>
/// The order the loader reads declarations in: network.yaml, the unit files, services.yaml,
/// flows.yaml, the device files (files of a folder by name), then by line and column. When two
/// declarations clash and nothing else tells which one is new, validation reports the clash at the
/// one later in this order and names the earlier one as related: a new unit file, a segment added
/// at the end of a unit, a device added to the inventory all come later than what they collide
/// with. Deterministic without Git, so validate, check and CI say the same.
/// </summary>
internal static class LoadOrder
{
    private static readonly string[] Sequence =
        [PolicyFiles.Network, PolicyFiles.UnitsFolder + "/", PolicyFiles.Services, PolicyFiles.Flows, PolicyFiles.DevicesFolder + "/"];

    public static readonly IComparer<SourceSpan> Comparer = Comparer<SourceSpan>.Create((a, b) =>
    {
        var byRank = Rank(a.File).CompareTo(Rank(b.File));
        return byRank != 0 ? byRank : a.CompareTo(b);
    });

    private static int Rank(string file)
    {
        for (var i = 0; i < Sequence.Length; i++)
        {
            if (file == Sequence[i] || (Sequence[i].EndsWith('/') && file.StartsWith(Sequence[i], StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return Sequence.Length;
    }
}
