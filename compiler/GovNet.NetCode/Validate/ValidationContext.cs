using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>The model with the look-ups every rule needs, built once. First declaration wins where a name repeats (the repeat is its own error).</summary>
public sealed class ValidationContext
{
    public ValidationContext(PolicyModel model, DateOnly today)
    {
        Model = model;
        Today = today;
        Planes = First(model.Network.Planes, p => p.Name.Value);
        Zones = First(model.Network.Zones, z => z.Name.Value);
        Units = First(model.Units, u => u.Id.Value);
        Segments = First(model.Segments, s => s.Name);
        Services = First(model.Services, s => s.Name.Value);
        Devices = First(model.Devices, d => d.Hostname.Value);
        Upstreams = First(model.Network.Planes.SelectMany(p => p.Upstreams.Select(u => (Plane: p, Upstream: u))), x => x.Upstream.Name.Value);
        Ports = First(model.Devices.SelectMany(d => d.Interfaces.Select(i => (Device: d, Interface: i))), x => (x.Device.Hostname.Value, x.Interface.Name.Value));
    }

    public PolicyModel Model { get; }

    public DateOnly Today { get; }

    public IReadOnlyDictionary<string, Plane> Planes { get; }

    public IReadOnlyDictionary<string, Zone> Zones { get; }

    public IReadOnlyDictionary<string, Unit> Units { get; }

    public IReadOnlyDictionary<string, Segment> Segments { get; }

    public IReadOnlyDictionary<string, Service> Services { get; }

    public IReadOnlyDictionary<string, Device> Devices { get; }

    public IReadOnlyDictionary<string, (Plane Plane, Upstream Upstream)> Upstreams { get; }

    public IReadOnlyDictionary<(string Host, string Port), (Device Device, Interface Interface)> Ports { get; }

    /// <summary>The plane of a zone, when both are declared.</summary>
    public string? PlaneOfZone(string zone) =>
        Zones.TryGetValue(zone, out var z) && Planes.ContainsKey(z.Plane.Value) ? z.Plane.Value : null;

    public string? PlaneOf(Segment segment) => PlaneOfZone(segment.Zone.Value);

    private static Dictionary<TKey, T> First<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, T>();
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map;
    }
}
