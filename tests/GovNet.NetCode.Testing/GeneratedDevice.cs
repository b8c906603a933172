using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing;

/// <summary>
/// A device of the generated inventory, with its ports in file order. It is the gateway of every
/// segment of its plane when <see cref="GatewayForAll"/>, else of those <see cref="GatewayFor"/>
/// names (in segment order; empty on access switches and the egress).
/// </summary>
public sealed record GeneratedDevice(
    string Hostname,
    VendorProfile Vendor,
    string Model,
    string Plane,
    DeviceRole Role,
    string Site,
    Ipv4Address Management,
    bool GatewayForAll,
    ImmutableArray<string> GatewayFor,
    ImmutableArray<GeneratedPort> Ports)
{
    public string File => $"inventory/devices/{Hostname}.yaml";

    /// <summary>Whether the device is the gateway of any segment.</summary>
    public bool IsGateway => GatewayForAll || !GatewayFor.IsEmpty;

    /// <summary>The device this one's uplink trunk goes to, if any.</summary>
    public string? Parent { get; init; }
}

/// <summary>
/// One interface line. <see cref="Name"/> may be a range (access ports); <see cref="Link"/> is
/// <c>HOST:PORT</c>, <c>internet</c> or <c>upstream:NAME</c>; trunks always carry <c>vlans: auto</c>.
/// </summary>
public sealed record GeneratedPort(string Name, InterfaceMode Mode, string? Link = null, string? Segment = null, InterfaceAddress? Address = null);
