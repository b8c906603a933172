using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Yaml;

/// <summary>Writes inventory/devices/HOSTNAME.yaml.</summary>
internal static class DeviceFile
{
    public static string Write(GeneratedDevice device)
    {
        var yaml = new YamlWriter()
            .Line($"hostname: {device.Hostname}")
            .Line($"vendor: {device.Vendor.Id}")
            .Line($"model: {device.Model}")
            .Line($"plane: {device.Plane}")
            .Line($"role: {device.Role.ToString().ToLowerInvariant()}")
            .Line($"site: {device.Site}")
            .Line($"management: {device.Management}");
        if (device.GatewayForAll)
        {
            yaml.Line("gateway-for: all");
        }

        yaml.Line("interfaces:");
        foreach (var port in device.Ports)
        {
            yaml.Line($"  - {PortMap(port)}");
        }

        return yaml.ToString();
    }

    /// <summary>The one-line mapping of an interface, as it stands in the device file.</summary>
    public static string PortMap(GeneratedPort port) => YamlWriter.Map(
        ("name", port.Name),
        ("link", port.Link is null ? null : port.Link.Contains(':', StringComparison.Ordinal) ? YamlWriter.Quoted(port.Link) : port.Link),
        ("mode", port.Mode.ToString().ToLowerInvariant()),
        ("vlans", port.Mode == InterfaceMode.Trunk ? "auto" : null),
        ("segment", port.Segment),
        ("address", port.Address?.ToString()));
}
