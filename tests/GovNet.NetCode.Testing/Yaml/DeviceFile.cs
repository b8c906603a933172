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
            .Line(Dialects.DialectRegistry.Find(device.Vendor.Id)?.Hardware.Find(device.Model) is null
                ? $"# model {device.Model}: not in the hardware catalogue, so left out (it would be warning NC5302)"
                : $"model: {device.Model}")
            .Line($"plane: {device.Plane}")
            .Line($"role: {device.Role.ToString().ToLowerInvariant()}")
            .Line($"site: {device.Site}")
            .Line($"management: {device.Management}");
        if (GatewayFor(device) is { } gatewayFor)
        {
            yaml.Line(gatewayFor);
        }

        yaml.Line("interfaces:");
        foreach (var port in device.Ports)
        {
            yaml.Line($"  - {PortMap(port)}");
        }

        return yaml.ToString();
    }

    /// <summary>
    /// The <c>gateway-for</c> key as it stands in the file, without its final line break (mutations find it
    /// by this text), or null when the device serves no segment. A list is written one segment a line,
    /// as an engineer keeps a distribution switch's hundreds of segments reviewable in a diff.
    /// </summary>
    public static string? GatewayFor(GeneratedDevice device) =>
        device.GatewayForAll ? "gateway-for: all"
        : device.GatewayFor.IsEmpty ? null
        : "gateway-for:\n" + string.Join("\n", device.GatewayFor.Select(s => $"  - {s}"));

    /// <summary>The one-line mapping of an interface, as it stands in the device file.</summary>
    public static string PortMap(GeneratedPort port) => YamlWriter.Map(
        ("name", port.Name),
        ("link", port.Link is null ? null : port.Link.Contains(':', StringComparison.Ordinal) ? YamlWriter.Quoted(port.Link) : port.Link),
        ("mode", port.Mode.ToString().ToLowerInvariant()),
        ("vlans", port.Mode == InterfaceMode.Trunk ? "auto" : null),
        ("segment", port.Segment),
        ("address", port.Address?.ToString()));
}
