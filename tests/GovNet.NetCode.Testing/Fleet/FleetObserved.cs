using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovNet.NetCode.FakeDevice;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Fleet;

/// <summary>
/// The tables each device of a policy would report if the wire were exactly as declared: an LLDP
/// neighbour at both ends of every inventory link, each registered host's card in its access
/// switch's MAC table and (with its address) in that switch's ARP table, in its segment's VLAN.
/// Tests then plant a situation by changing these tables.
/// </summary>
public static class FleetObserved
{
    public static IReadOnlyDictionary<string, ObservedTables> From(PolicyModel model)
    {
        var devices = model.Devices.ToDictionary(d => d.Hostname.Value, StringComparer.Ordinal);
        var vlans = model.Units.SelectMany(u => u.Segments.Select(s => (Key: $"{u.Id.Value}@{s.Zone.Value}", Vlan: s.Vlan.Value)))
            .ToDictionary(x => x.Key, x => x.Vlan, StringComparer.Ordinal);
        var tables = new Dictionary<string, ObservedTables>(StringComparer.Ordinal);
        foreach (var device in model.Devices)
        {
            var neighbours = device.Interfaces
                .Where(i => i.Link?.Value is DeviceLinkEnd link && devices.ContainsKey(link.Hostname))
                .Select(i =>
                {
                    var link = (DeviceLinkEnd)i.Link!.Value.Value;
                    var far = devices[link.Hostname];
                    return new LldpRow(i.Name.Value, far.Hostname.Value, ChassisOf(far.Hostname.Value), ObservedOutput.PortIdOf(far.Vendor.Value, link.Port));
                }).ToList();
            var hosts = model.Hosts
                .Where(h => h.PortParts is { } p && p.Device == device.Hostname.Value && h.Mac is not null)
                .Select(h => (Host: h, Mac: h.Mac!.Value.Value.ToString("x12", CultureInfo.InvariantCulture), Vlan: vlans.GetValueOrDefault(h.Segment)))
                .ToList();
            tables[device.Hostname.Value] = new ObservedTables(
                neighbours,
                [.. hosts.Select(h => new MacRow(h.Mac, h.Vlan, h.Host.PortParts!.Value.Interface))],
                [.. hosts.Select(h => new ArpRow(h.Host.Address.Value.ToString(), h.Mac, h.Vlan, h.Host.PortParts!.Value.Interface))]);
        }

        return tables;
    }

    /// <summary>A locally administered MAC standing for a device's chassis, the same for the same name.</summary>
    public static string ChassisOf(string hostname)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(hostname));
        return "02" + Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }
}
