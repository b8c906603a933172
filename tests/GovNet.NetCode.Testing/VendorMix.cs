using System.Collections.Immutable;

namespace GovNet.NetCode.Testing;

/// <summary>
/// Relative weights of the dialects of distribution and access switches, one per registered dialect
/// in <see cref="VendorProfile.All"/> order (cores and egress are of the dialect that builds them).
/// Written as <c>dialect:weight</c> pairs, so a spec names no vendor in code and a new dialect joins
/// <see cref="Even"/> the moment it is registered.
/// </summary>
public sealed class VendorMix : IEquatable<VendorMix>
{
    public VendorMix(IEnumerable<int> weights)
    {
        Weights = [.. weights];
        if (Weights.Length != VendorProfile.All.Count)
        {
            throw new ArgumentException($"{Weights.Length} weights for {VendorProfile.All.Count} registered dialects", nameof(weights));
        }
    }

    /// <summary>Every registered dialect alike.</summary>
    public static VendorMix Even { get; } = new(VendorProfile.All.Select(_ => 1));

    /// <summary>The weight of each dialect, in <see cref="VendorProfile.All"/> order.</summary>
    public ImmutableArray<int> Weights { get; }

    public int Total => Weights.Sum();

    /// <summary>Only the dialect <paramref name="dialect"/>.</summary>
    public static VendorMix Only(string dialect) => Of((dialect, 1));

    /// <summary>The named dialects with their weights, every other one at 0.</summary>
    public static VendorMix Of(params (string Dialect, int Weight)[] weights)
    {
        var unknown = weights.Where(w => VendorProfile.All.All(v => v.Id != w.Dialect)).Select(w => w.Dialect).ToList();
        return unknown.Count > 0
            ? throw new ArgumentException($"no registered dialect {string.Join(", ", unknown)}", nameof(weights))
            : new(VendorProfile.All.Select(v => weights.Where(w => w.Dialect == v.Id).Sum(w => w.Weight)));
    }

    /// <summary>The vendor a draw in [0, <see cref="Total"/>) falls on, the weights laid end to end.</summary>
    public VendorProfile Pick(int draw)
    {
        for (var i = 0; i < Weights.Length; i++)
        {
            if (draw < Weights[i])
            {
                return VendorProfile.All[i];
            }

            draw -= Weights[i];
        }

        throw new ArgumentOutOfRangeException(nameof(draw), $"a draw past the total {Total}");
    }

    public bool Equals(VendorMix? other) => other is not null && Weights.SequenceEqual(other.Weights);

    public override bool Equals(object? obj) => Equals(obj as VendorMix);

    public override int GetHashCode() => Weights.Aggregate(17, (hash, w) => (hash * 31) + w);

    public override string ToString() => string.Join(' ', VendorProfile.All.Select((v, i) => $"{v.Id}:{Weights[i]}"));
}
