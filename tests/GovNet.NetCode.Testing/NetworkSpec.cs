namespace GovNet.NetCode.Testing;

/// <summary>How trunk cables are laid out under each plane's core switch.</summary>
public enum TrunkLayout
{
    /// <summary>Every access switch hangs directly off the core.</summary>
    Star,

    /// <summary>Core → distribution switches (one per 24 access switches) → access switches.</summary>
    TwoTier,

    /// <summary>Like <see cref="TwoTier"/>, but access switches are cascaded (级联) in chains of up to three.</summary>
    Cascade,
}

/// <summary>
/// What network to generate. Everything the generator does not take from here (names, which zones a
/// unit has, port counts, vendors of single switches) comes from <see cref="Seed"/>, so one spec always
/// yields the same files.
/// </summary>
/// <param name="Units">Units (单位), the first of which is the information centre that hosts the shared services.</param>
/// <param name="TownPercent">Share of the units that are towns (镇) rather than county departments; towns get fewer segments.</param>
/// <param name="ExternalZones">Ordinary zones of the external plane (1–5), besides its internet-access zone.</param>
/// <param name="InternalZones">Zones of the internal plane (1–3); ignored without an internal plane.</param>
/// <param name="HasInternalPlane">Whether the internal plane (政务内网, internet: none) exists.</param>
/// <param name="Devices">Devices in the inventory, cores and egress included; at least <see cref="NetworkGenerator.MinimumDevices"/>.</param>
/// <param name="Vendors">Vendor weights of distribution and access switches.</param>
/// <param name="Layout">How trunks are laid out.</param>
/// <param name="Seed">Seed of every choice the spec leaves open.</param>
public sealed record NetworkSpec(
    int Units,
    int TownPercent,
    int ExternalZones,
    int InternalZones,
    bool HasInternalPlane,
    int Devices,
    VendorMix Vendors,
    TrunkLayout Layout,
    int Seed)
{
    public const int MaxUnits = 10_000;
    public const int MaxExternalZones = 5;
    public const int MaxInternalZones = 3;

    /// <summary>A county network about the size of the example in policy/.</summary>
    public static readonly NetworkSpec County = new(40, 35, 2, 1, true, 30, VendorMix.Even, TrunkLayout.TwoTier, 1);

    /// <summary>The scale target: a city-wide network of 2,000 units on 500 devices.</summary>
    public static readonly NetworkSpec City = new(2000, 30, 2, 1, true, 500, VendorMix.Even, TrunkLayout.TwoTier, 2024);

    /// <summary>Throws when no valid network fits the spec; the message says which field is wrong.</summary>
    public void Check()
    {
        Require(Units is >= 1 and <= MaxUnits, nameof(Units), $"must be 1-{MaxUnits}");
        Require(TownPercent is >= 0 and <= 100, nameof(TownPercent), "must be 0-100");
        Require(ExternalZones is >= 1 and <= MaxExternalZones, nameof(ExternalZones), $"must be 1-{MaxExternalZones}");
        Require(!HasInternalPlane || InternalZones is >= 1 and <= MaxInternalZones, nameof(InternalZones), $"must be 1-{MaxInternalZones} with an internal plane");
        Require(Vendors.Weights.All(w => w >= 0) && Vendors.Total > 0, nameof(Vendors), "weights must be non-negative and not all zero");
        Require(Enum.IsDefined(Layout), nameof(Layout), "is not a layout");

        void Require(bool ok, string field, string rule)
        {
            if (!ok)
            {
                throw new ArgumentException($"NetworkSpec.{field} {rule} ({this})");
            }
        }
    }
}
