using FsCheck;
using FsCheck.Fluent;

namespace GovNet.NetCode.Testing;

/// <summary>
/// FsCheck generators of <see cref="NetworkSpec"/>s for property tests of every stage. Every spec
/// they produce is feasible: its device count is at least <see cref="NetworkGenerator.MinimumDevices"/>.
/// </summary>
public static class NetworkSpecs
{
    /// <summary>Networks of 1–30 units: quick to generate, write and validate (tens of milliseconds each).</summary>
    public static Gen<NetworkSpec> Small() => UpTo(30, 10);

    /// <summary>Specs of up to <paramref name="maxUnits"/> units and up to <paramref name="maxExtraDevices"/> devices beyond the minimum.</summary>
    public static Gen<NetworkSpec> UpTo(int maxUnits, int maxExtraDevices) =>
        from units in Gen.Choose(1, maxUnits)
        from townPercent in Gen.Choose(0, 60)
        from externalZones in Gen.Choose(1, NetworkSpec.MaxExternalZones)
        from internalZones in Gen.Choose(1, NetworkSpec.MaxInternalZones)
        from hasInternal in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from vendors in Vendors()
        from layout in Gen.Elements(Enum.GetValues<TrunkLayout>())
        from seed in Gen.Choose(0, int.MaxValue)
        from extraDevices in Gen.Choose(0, maxExtraDevices)
        select WithDevices(new NetworkSpec(units, townPercent, externalZones, internalZones, hasInternal, 0, vendors, layout, seed), extraDevices);

    /// <summary>A weight of 0–3 for every registered dialect; all zero means <see cref="VendorMix.Even"/>.</summary>
    public static Gen<VendorMix> Vendors() =>
        Gen.Choose(0, 3).ArrayOf(VendorProfile.All.Count).Select(weights => weights.Sum() == 0 ? VendorMix.Even : new VendorMix(weights));

    /// <summary><see cref="Small"/> with shrinking towards fewer units, zones and devices, so a failure is reported on the smallest network that shows it.</summary>
    public static Arbitrary<NetworkSpec> SmallArbitrary() => Arb.From(Small(), Shrink);

    public static IEnumerable<NetworkSpec> Shrink(NetworkSpec spec)
    {
        var smaller = new List<NetworkSpec>();
        if (spec.Units > 1)
        {
            smaller.Add(spec with { Units = spec.Units / 2 });
            smaller.Add(spec with { Units = spec.Units - 1 });
        }

        if (spec.HasInternalPlane)
        {
            smaller.Add(spec with { HasInternalPlane = false });
        }

        if (spec.ExternalZones > 1)
        {
            smaller.Add(spec with { ExternalZones = spec.ExternalZones - 1 });
        }

        if (spec.InternalZones > 1)
        {
            smaller.Add(spec with { InternalZones = spec.InternalZones - 1 });
        }

        if (spec.TownPercent > 0)
        {
            smaller.Add(spec with { TownPercent = 0 });
        }

        if (spec.Layout != TrunkLayout.Star)
        {
            smaller.Add(spec with { Layout = TrunkLayout.Star });
        }

        // Fewer units need fewer devices: every shrink keeps only the devices the smaller spec needs beyond its minimum.
        var extra = spec.Devices - NetworkGenerator.MinimumDevices(spec);
        var shrunk = smaller.Select(s => WithDevices(s, extra)).ToList();
        if (extra > 0)
        {
            shrunk.Add(WithDevices(spec, 0));
        }

        return shrunk;
    }

    /// <summary>The spec with <paramref name="extra"/> devices beyond the fewest it can have.</summary>
    public static NetworkSpec WithDevices(NetworkSpec spec, int extra) =>
        spec with { Devices = NetworkGenerator.MinimumDevices(spec) + extra };
}
