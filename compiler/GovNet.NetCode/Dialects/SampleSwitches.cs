namespace GovNet.NetCode.Dialects;

/// <summary>
/// The switches a generated test network builds of one dialect (the generator in
/// tests/GovNet.NetCode.Testing reads nothing else about a vendor). <see cref="AccessModel"/> is a
/// model of the dialect's <see cref="HardwareCatalogue"/> whose panel is 48 gigabit ports followed by at
/// least four 10G ports: the generator takes every port name from there, the 10G ports in the order
/// uplink, cascade, routed uplink, spare. A distribution switch is cabled on the same port names.
/// <see cref="Core"/> is set where the dialect also builds each plane's core and the egress.
/// </summary>
public sealed record SampleSwitches(string AccessModel, string DistributionModel, SampleCore? Core = null);

/// <summary>
/// A plane's core chassis and the external plane's egress router. The chassis is not catalogued (the
/// generator fills as many 48-port cards as it needs; a model warning, not an error), so its port names
/// are given here: <see cref="DownlinkFormat"/> takes the slot and the port, both counted from 1. The
/// egress router is catalogued and cabled on its first two ports: the internet, then the core.
/// </summary>
public sealed record SampleCore(string ChassisModel, string DownlinkFormat, string EgressPort, string UpstreamPort, string EgressModel);
