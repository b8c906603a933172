using System.Globalization;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Testing;

/// <summary>
/// How one dialect's switches look in a generated inventory, drawn from the dialect's
/// <see cref="Dialect.SampleSwitches"/> and its hardware catalogue: the access model's 48 gigabit ports,
/// then its 10G ports as uplink, cascade, routed uplink and spare. Access and distribution switches are
/// cabled alike; a distribution switch uses two 10G ports towards the core: a trunk and a routed link.
/// </summary>
public sealed class VendorProfile
{
    public const int GigabitPorts = 48;

    /// <summary>One profile per registered dialect, in registry order (the order <see cref="VendorMix"/> weights are drawn in).</summary>
    public static readonly IReadOnlyList<VendorProfile> All = [.. DialectRegistry.All.Select(d => new VendorProfile(d))];

    private readonly string gigabitPrefix;

    private VendorProfile(Dialect dialect)
    {
        Id = dialect.Id;
        AccessModel = dialect.SampleSwitches.AccessModel;
        DistributionModel = dialect.SampleSwitches.DistributionModel;
        var ports = dialect.Hardware.Find(AccessModel)?.Ports ?? throw new InvalidOperationException($"{Id}: sample access model {AccessModel} is not in its hardware catalogue");
        gigabitPrefix = ports[0].TrimEnd("0123456789".ToCharArray());
        if (ports.Length < GigabitPorts + 4 || Enumerable.Range(0, GigabitPorts).Any(i => ports[i] != Gigabit(i + 1)))
        {
            throw new InvalidOperationException($"{Id}: sample access model {AccessModel} does not start with {GigabitPorts} gigabit ports and four 10G ports");
        }

        (Uplink, Cascade, RoutedUplink, Spare) = (ports[GigabitPorts], ports[GigabitPorts + 1], ports[GigabitPorts + 2], ports[GigabitPorts + 3]);
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

    /// <summary>The profile of a registered dialect.</summary>
    public static VendorProfile Of(string dialect) =>
        All.FirstOrDefault(v => v.Id == dialect) ?? throw new ArgumentException($"no registered dialect {dialect}", nameof(dialect));

    /// <summary>The n-th (1-based) gigabit copper port.</summary>
    public string Gigabit(int n) => string.Create(CultureInfo.InvariantCulture, $"{gigabitPrefix}{n}");

    /// <summary>Gigabit ports first..last, as a single name or a range.</summary>
    public string GigabitRange(int first, int last) =>
        first == last ? Gigabit(first) : string.Create(CultureInfo.InvariantCulture, $"{gigabitPrefix}{first}-{last}");

    public override string ToString() => Id;
}
