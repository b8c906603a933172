using System.Globalization;

namespace GovNet.NetCode.Testing;

/// <summary>
/// How one vendor's switches look in an inventory: full port names as the dialect accepts them and
/// typical models. Access and distribution switches are 48-port boxes with 10G uplinks; a
/// distribution switch uses two of them towards the core: a trunk and a routed link.
/// </summary>
public sealed class VendorProfile
{
    public const int GigabitPorts = 48;

    public static readonly VendorProfile Huawei = new(
        "huawei-vrp", "GigabitEthernet0/0/", "XGigabitEthernet0/0/1", "XGigabitEthernet0/0/2", "XGigabitEthernet0/0/3", "XGigabitEthernet0/0/4",
        "S5735-L48T4X-A1", "S6730-H48X6C");

    public static readonly VendorProfile H3c = new(
        "h3c-comware", "GigabitEthernet1/0/", "Ten-GigabitEthernet1/0/49", "Ten-GigabitEthernet1/0/50", "Ten-GigabitEthernet1/0/51", "Ten-GigabitEthernet1/0/52",
        "S5130S-52S-EI", "S5560X-54C-EI");

    public static readonly VendorProfile Cisco = new(
        "cisco-ios", "GigabitEthernet1/0/", "TenGigabitEthernet1/1/1", "TenGigabitEthernet1/1/2", "TenGigabitEthernet1/1/3", "TenGigabitEthernet1/1/4",
        "C9200L-48T-4X", "C9300-48T");

    public static readonly IReadOnlyList<VendorProfile> All = [Huawei, H3c, Cisco];

    private readonly string gigabitPrefix;

    private VendorProfile(string id, string gigabitPrefix, string uplink, string cascade, string routedUplink, string spare, string accessModel, string distributionModel)
    {
        Id = id;
        this.gigabitPrefix = gigabitPrefix;
        Uplink = uplink;
        Cascade = cascade;
        RoutedUplink = routedUplink;
        Spare = spare;
        AccessModel = accessModel;
        DistributionModel = distributionModel;
    }

    /// <summary>The inventory <c>vendor</c> (the dialect id).</summary>
    public string Id { get; }

    /// <summary>The 10G port that goes up towards the core.</summary>
    public string Uplink { get; }

    /// <summary>The 10G port a cascaded access switch hangs from.</summary>
    public string Cascade { get; }

    /// <summary>The 10G port of a distribution switch's routed link to the core (its trunk to the core is <see cref="Uplink"/>).</summary>
    public string RoutedUplink { get; }

    /// <summary>A 10G port the generator never uses, free for tests that add a cable.</summary>
    public string Spare { get; }

    public string AccessModel { get; }

    public string DistributionModel { get; }

    /// <summary>The n-th (1-based) gigabit copper port.</summary>
    public string Gigabit(int n) => string.Create(CultureInfo.InvariantCulture, $"{gigabitPrefix}{n}");

    /// <summary>Gigabit ports first..last, as a single name or a range.</summary>
    public string GigabitRange(int first, int last) =>
        first == last ? Gigabit(first) : string.Create(CultureInfo.InvariantCulture, $"{gigabitPrefix}{first}-{last}");

    public override string ToString() => Id;
}
