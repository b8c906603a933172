using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify;

/// <summary>The intent (for cabling, planes and declared flows) and the facts parsed from each device's config.</summary>
public sealed class VerifyInput(ModelIndex context, IReadOnlyDictionary<string, DeviceFacts> facts)
{
    public ModelIndex Context => context;

    public IReadOnlyDictionary<string, DeviceFacts> Facts => facts;

    /// <summary>Each plane's address space, built once for every check that asks.</summary>
    public IReadOnlyDictionary<string, PlaneAddressSpace> Spaces { get; } =
        context.Planes.Keys.ToDictionary(p => p, p => PlaneAddressSpace.Of(context, p), StringComparer.Ordinal);

    /// <summary>The configs of inventory devices whose plane is declared, in hostname order, each with its device and plane.</summary>
    public IEnumerable<(string Host, DeviceFacts Facts, Device Device, Plane Plane)> Devices()
    {
        foreach (var (host, deviceFacts) in facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // Two tests, not one '||': a mutation testing tool that rewrites the '||' leaves 'plane' unassigned, and would drop every mutant of the method.
            if (!context.Devices.TryGetValue(host, out var device))
            {
                continue;
            }

            if (!context.Planes.TryGetValue(device.Plane.Value, out var plane))
            {
                continue;
            }

            yield return (host, deviceFacts, device, plane);
        }
    }

    /// <summary>What a cabled port forwards: its own fact, or its aggregate's for a link-aggregation member.</summary>
    public InterfaceFact? Port(string host, string port) =>
        facts.TryGetValue(host, out var device) && device.Interfaces.FirstOrDefault(i => i.Name == port) is { } fact
            ? LinkAggregation.AsCabled(device.Interfaces, fact)
            : null;

    /// <summary>The VLANs policy assigns in a plane: its segments' and its management VLAN.</summary>
    public IReadOnlySet<int> PlaneVlans(string plane) => context.PlaneVlans(plane);

    public string PlaneOf(string host) => context.Devices.TryGetValue(host, out var device) ? device.Plane.Value : string.Empty;
}
