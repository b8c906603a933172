using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify;

/// <summary>
/// Broadcast domains across the cabling: a node is a VLAN on a device (or a routed port); a cable
/// joins the VLANs its two ends carry — tagged VLANs both ends allow, and whatever each end sends
/// untagged (access VLAN, native VLAN, a routed port) with whatever the other end puts untagged
/// frames into. Shut ports carry nothing. The VLAN numbers need not match across a cable: an access
/// port in VLAN 510 cabled to an access port in VLAN 110 joins the two. A port that may negotiate
/// its mode (Dynamic) is taken to be both an access port and a trunk, whichever its far end makes it.
/// </summary>
public sealed class Layer2Domains
{
    private readonly Dictionary<(string Host, string Key), (string Host, string Key)> parent = [];

    public Layer2Domains(VerifyInput input)
    {
        foreach (var device in input.Context.Devices.Values)
        {
            foreach (var port in device.Interfaces.Where(i => i.Link?.Value is DeviceLinkEnd))
            {
                var far = (DeviceLinkEnd)port.Link!.Value.Value;
                var near = input.Port(device.Hostname.Value, port.Name.Value);
                var other = input.Port(far.Hostname, far.Port);
                if (near is null || other is null || near.Shutdown || other.Shutdown)
                {
                    continue;
                }

                Cables.Add((device.Hostname.Value, near, far.Hostname, other));
                var first = (device.Hostname.Value, Untagged(near));
                foreach (var key in UntaggedAll(near))
                {
                    // Stryker disable once Statement : every cable is listed at both its ends (validation rejects a link declared at one end only), and the far end's loop joins the same nodes
                    Union(first, (device.Hostname.Value, key));
                }

                foreach (var key in UntaggedAll(other))
                {
                    Union(first, (far.Hostname, key));
                }

                foreach (var vlan in Tagged(near).Intersect(Tagged(other)))
                {
                    Union((device.Hostname.Value, Key(vlan)), (far.Hostname, Key(vlan)));
                }
            }
        }
    }

    /// <summary>Every cable both ends of which the configs describe, as (host, port fact, far host, far port fact).</summary>
    public List<(string Host, InterfaceFact Port, string FarHost, InterfaceFact FarPort)> Cables { get; } = [];

    public (string Host, string Key) Find((string Host, string Key) node)
    {
        while (parent.TryGetValue(node, out var up))
        {
            node = up;
        }

        return node;
    }

    public static string Key(int vlan) => $"vlan {vlan}";

    /// <summary>The node untagged frames of a port belong to (for a Dynamic port, while it stays an access port).</summary>
    public static string Untagged(InterfaceFact port) => port.Mode switch
    {
        PortMode.Access or PortMode.Dynamic => Key(port.AccessVlan ?? 1),
        PortMode.Trunk => Key(port.NativeVlan ?? 1),
        PortMode.Routed => $"port {port.Aggregate ?? port.Name}",
        _ => Key(1),
    };

    /// <summary>
    /// Every node untagged frames of a port may belong to: a Dynamic port that becomes a trunk puts them
    /// into its native VLAN; a hybrid port sends its untagged VLANs without a tag too.
    /// </summary>
    public static IEnumerable<string> UntaggedAll(InterfaceFact port) => port.Mode switch
    {
        PortMode.Dynamic => new[] { Untagged(port), Key(port.NativeVlan ?? 1) }.Distinct(StringComparer.Ordinal),
        PortMode.Trunk => port.UntaggedVlans.Select(Key).Prepend(Untagged(port)).Distinct(StringComparer.Ordinal),
        _ => [Untagged(port)],
    };

    /// <summary>The VLANs a port carries (or, Dynamic, may carry) tagged, its sub-interfaces' VLANs among them; "all" is expanded to every VLAN id.</summary>
    public static IEnumerable<int> Tagged(InterfaceFact port) =>
        port.Mode is not (PortMode.Trunk or PortMode.Dynamic) ? port.SubinterfaceVlans : port.AllVlans ? Enumerable.Range(1, 4094) : port.TrunkVlans.Union(port.SubinterfaceVlans);

    private void Union((string, string) a, (string, string) b)
    {
        // Only non-roots are keys, so no node points at itself and Find ends at the first node without a parent.
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA != rootB)
        {
            parent[rootB] = rootA;
        }
    }
}
