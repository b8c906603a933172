using System.Globalization;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// The core chassis of every plane and the egress router of the external plane, of the first
/// registered dialect whose <see cref="SampleSwitches.Core"/> builds them.
/// </summary>
internal sealed class CoreProfile
{
    /// <summary>Core downlink ports on one slot: a 48-port card each.</summary>
    private const int PortsPerSlot = 48;

    private readonly string downlinkFormat;

    private CoreProfile(Dialect dialect, SampleCore core)
    {
        Vendor = VendorProfile.Of(dialect.Id);
        ChassisModel = core.ChassisModel;
        downlinkFormat = core.DownlinkFormat;
        EgressPort = core.EgressPort;
        UpstreamPort = core.UpstreamPort;
        EgressModel = core.EgressModel;
        var egress = dialect.Hardware.Find(EgressModel)?.Ports ?? throw new InvalidOperationException($"{dialect.Id}: sample egress model {EgressModel} is not in its hardware catalogue");
        (EgressInternetPort, EgressCorePort) = (egress[0], egress[1]);
    }

    public static CoreProfile First { get; } = DialectRegistry.All.Where(d => d.SampleSwitches.Core is not null).Select(d => new CoreProfile(d, d.SampleSwitches.Core!)).FirstOrDefault()
        ?? throw new InvalidOperationException("no registered dialect builds a core (SampleSwitches.Core)");

    public VendorProfile Vendor { get; }

    public string ChassisModel { get; }

    /// <summary>The core's routed port towards the egress.</summary>
    public string EgressPort { get; }

    /// <summary>The core's routed port towards an upstream network.</summary>
    public string UpstreamPort { get; }

    public string EgressModel { get; }

    public string EgressInternetPort { get; }

    public string EgressCorePort { get; }

    /// <summary>The core's n-th (0-based) downlink: cards fill one after the other.</summary>
    public string Downlink(int n) => string.Format(CultureInfo.InvariantCulture, downlinkFormat, 1 + (n / PortsPerSlot), 1 + (n % PortsPerSlot));
}
