namespace GovNet.NetCode.Testing.Yaml;

/// <summary>Writes policy/units/ID.yaml.</summary>
internal static class UnitFile
{
    public static string Write(GeneratedUnit unit)
    {
        var yaml = new YamlWriter()
            .Line($"id: {unit.Id}")
            .Line($"title: {unit.Title}");
        if (unit.Segments.IsEmpty)
        {
            return yaml.Line("segments: []").ToString();
        }

        yaml.Line("segments:");
        foreach (var segment in unit.Segments)
        {
            yaml.Line($"  - {SegmentMap(segment)}");
        }

        return yaml.ToString();
    }

    /// <summary>The one-line mapping of a segment, as it stands in the unit file (mutations find segments by it).</summary>
    public static string SegmentMap(GeneratedSegment segment) => YamlWriter.Map(
        ("zone", segment.Zone),
        ("vlan", segment.Vlan.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("subnet", segment.Subnet.ToString()),
        ("gateway", segment.GatewayExplicit ? segment.Gateway.ToString() : null));
}
