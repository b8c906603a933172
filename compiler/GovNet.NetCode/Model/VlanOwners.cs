namespace GovNet.NetCode.Model;

/// <summary>
/// Whose a VLAN is: the segment of a plane that has the VLAN number, with its unit and zone, so a
/// report can say that a VLAN moved onto a port belongs to another unit's segment in another zone.
/// </summary>
public static class VlanOwners
{
    /// <summary>
    /// For a VLAN of <paramref name="plane"/>, the unit and the zone of its segment by title and id
    /// (县财政局 (finance), 公用网络区 (public)); null for a VLAN no segment of the plane has, and for
    /// a VLAN number segments of different units or zones share in separate layer-2 domains, since
    /// naming one of them could name the wrong owner for the device at hand.
    /// </summary>
    public static Func<int, (string Unit, string Zone)?> Of(PolicyModel model, string plane)
    {
        ArgumentNullException.ThrowIfNull(model);
        var zones = model.Network.Zones.Where(z => z.Plane.Value == plane).ToDictionary(z => z.Name.Value, StringComparer.Ordinal);
        var units = model.Units.DistinctBy(u => u.Id.Value).ToDictionary(u => u.Id.Value, StringComparer.Ordinal);
        var owners = new Dictionary<int, (string, string)?>();
        foreach (var segment in model.Segments)
        {
            if (zones.TryGetValue(segment.Zone.Value, out var zone))
            {
                (string, string) owner = (Titled(units.GetValueOrDefault(segment.Unit)?.Title, segment.Unit), Titled(zone.Title, zone.Name.Value));
                owners[segment.Vlan.Value] = owners.TryGetValue(segment.Vlan.Value, out var first) && first != owner ? null : owner;
            }
        }

        return vlan => owners.GetValueOrDefault(vlan);
    }

    private static string Titled(string? title, string id) => title is null ? id : $"{title} ({id})";
}
