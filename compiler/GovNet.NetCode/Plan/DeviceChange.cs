using GovNet.NetCode.Compile;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Plan;

/// <summary>
/// What changed in a device's declaration, port by port: a reviewer reads which ports were added,
/// removed or re-cabled and how, not "43 ports → 47 ports".
/// </summary>
public static class DeviceChange
{
    /// <summary>A device as one line: what it is, where, and its port count.</summary>
    public static string Summary(Device device) =>
        PlanText.Texts.Format(
            "DeviceSummary", device.Vendor.Value, Role(device), device.Plane.Value, device.Management.Value,
            PlanText.Texts.Format(device.Interfaces.Length == 1 ? "OnePort" : "Ports", device.Interfaces.Length),
            PlanText.Texts.Format(device.Interfaces.Count(i => i.Link is not null) == 1 ? "OneLink" : "Links", device.Interfaces.Count(i => i.Link is not null)));

    /// <summary>
    /// What changed, in words; empty when the two declarations mean the same (moved YAML is not a change).
    /// <paramref name="beforeOwners"/> and <paramref name="afterOwners"/> name whose segment a VLAN on a
    /// port is (unit and zone) on each side, so a VLAN moved onto a port says whose it is.
    /// </summary>
    public static string Describe(Device before, Device after, Func<int, string?>? beforeOwners = null, Func<int, string?>? afterOwners = null)
    {
        var parts = new List<string>();
        Field(parts, "vendor", before.Vendor.Value, after.Vendor.Value);
        Field(parts, "role", Role(before), Role(after));
        Field(parts, "plane", before.Plane.Value, after.Plane.Value);
        Field(parts, "management", before.Management.Value.ToString(), after.Management.Value.ToString());
        Field(parts, "gateway-for", GatewayFor(before), GatewayFor(after));
        Field(parts, "model", before.Model ?? "-", after.Model ?? "-");
        var old = Ports(before, beforeOwners);
        var now = Ports(after, afterOwners);
        var added = now.Keys.Except(old.Keys).Order(PortOrder.Instance).Select(p => $"{p} ({now[p]})").ToList();
        var removed = old.Keys.Except(now.Keys).Order(PortOrder.Instance).ToList();
        var changed = old.Keys.Intersect(now.Keys).Where(p => old[p] != now[p]).Order(PortOrder.Instance).Select(p => $"{p} {old[p]} → {now[p]}").ToList();
        if (added.Count > 0)
        {
            parts.Add(PlanText.Texts.Format("PortsAdded", string.Join(", ", added)));
        }

        if (removed.Count > 0)
        {
            parts.Add(PlanText.Texts.Format("PortsRemoved", string.Join(", ", removed)));
        }

        if (changed.Count > 0)
        {
            parts.Add(PlanText.Texts.Format("PortsChanged", string.Join("; ", changed)));
        }

        return string.Join("; ", parts);
    }

    private static void Field(List<string> parts, string name, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            parts.Add($"{name} {before} → {after}");
        }
    }

    private static Dictionary<string, string> Ports(Device device, Func<int, string?>? owners)
    {
        var ports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var port in device.Interfaces)
        {
            ports.TryAdd(port.Name.Value, Port(port, owners));
        }

        return ports;
    }

    private static string Port(Interface port, Func<int, string?>? owners) => string.Join(" ", new[]
    {
        port.Mode.Value.ToString().ToLowerInvariant(),
        port.Segment?.Value,
        port.Vlans is { } vlans ? vlans.Auto ? "vlans auto" : $"vlans {string.Join(",", vlans.Vlans.Select(v => Vlan(v.Value, owners)))}" : null,
        port.Address?.Value.ToString(),
        port.Link is { } link ? $"to {link.Value}" : null,
    }.OfType<string>());

    private static string GatewayFor(Device device) =>
        device.GatewayFor.All ? "all" : string.Join(",", device.GatewayFor.Segments.Select(s => s.Value).Order(StringComparer.Ordinal)) is { Length: > 0 } list ? list : "none";

    private static string Role(Device device) => device.Role.Value.ToString().ToLowerInvariant();

    private static string Vlan(int vlan, Func<int, string?>? owners) =>
        owners?.Invoke(vlan) is { } owner ? PlanText.Texts.Format("VlanOf", vlan, owner) : vlan.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
