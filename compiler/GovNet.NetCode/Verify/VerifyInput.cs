using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify;

/// <summary>The intent (for cabling, planes and declared flows) and the facts parsed from each device's config.</summary>
public sealed class VerifyInput(ModelIndex context, IReadOnlyDictionary<string, DeviceFacts> facts)
{
    public ModelIndex Context => context;

    public IReadOnlyDictionary<string, DeviceFacts> Facts => facts;

    public InterfaceFact? Port(string host, string port) =>
        facts.TryGetValue(host, out var device) ? device.Interfaces.FirstOrDefault(i => i.Name == port) : null;

    /// <summary>The VLANs policy assigns in a plane: its segments' and its management VLAN.</summary>
    public IReadOnlySet<int> PlaneVlans(string plane) => context.PlaneVlans(plane);

    public string PlaneOf(string host) => context.Devices.TryGetValue(host, out var device) ? device.Plane.Value : string.Empty;
}
