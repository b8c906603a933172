using System.Runtime.CompilerServices;

namespace GovNet.NetCode.Model;

/// <summary>The model with the look-ups every stage needs (validation rules, ACL compiler, verifier, drift, plan), built once. First declaration wins where a name repeats (the repeat is its own error).</summary>
public sealed class ModelIndex
{
    public ModelIndex(PolicyModel model, DateOnly today)
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
        planeVlans = AssignedVlans();
        blackholeVlans = Planes.Values.ToDictionary(p => p.Name.Value, FreeBlackholeVlan, StringComparer.Ordinal);
    }

    /// <summary>The index last built for each model object; dropped with the model.</summary>
    private static readonly ConditionalWeakTable<PolicyModel, ModelIndex> Built = [];

    /// <summary>
    /// The index of <paramref name="model"/> on <paramref name="today"/>, built once for every stage that asks
    /// (validation, then translation, each indexed the whole model again): a model never changes and an index
    /// is only read once built, so the same model object on the same day always gives an equal index. A model
    /// made anew (even equal field by field) or another day builds its own.
    /// </summary>
    public static ModelIndex Of(PolicyModel model, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Built.TryGetValue(model, out var known) && known.Today == today)
        {
            return known;
        }

        var index = new ModelIndex(model, today);
        Built.AddOrUpdate(model, index);
        return index;
    }

    private readonly Dictionary<string, HashSet<int>> planeVlans;
    private readonly Dictionary<string, int> blackholeVlans;

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

    /// <summary>
    /// The plane's black-hole VLAN: the one it names, else 999, else (a large network already using
    /// 999) the highest VLAN no segment of the plane and not its management VLAN uses. Only a named
    /// VLAN can collide (validation says so); the default never does.
    /// </summary>
    public int BlackholeVlan(Plane plane)
    {
        ArgumentNullException.ThrowIfNull(plane);
        return blackholeVlans.TryGetValue(plane.Name.Value, out var vlan) ? vlan : FreeBlackholeVlan(plane);
    }

    /// <summary>Every device of a plane asks for its black-hole VLAN; the segments are scanned once per plane, here.</summary>
    private int FreeBlackholeVlan(Plane plane)
    {
        if (plane.Security.BlackholeVlan is { } named)
        {
            return named.Value;
        }

        var used = PlaneVlans(plane.Name.Value);
        return used.Contains(BaselinePolicy.DefaultBlackholeVlan)
            ? Enumerable.Range(1, BaselinePolicy.HighestBlackholeVlan).Reverse().FirstOrDefault(v => !used.Contains(v), BaselinePolicy.DefaultBlackholeVlan)
            : BaselinePolicy.DefaultBlackholeVlan;
    }

    /// <summary>Flows of the plane that are not expired (validation warns about those), in the order declared.</summary>
    public IEnumerable<Flow> ActiveFlows(string plane)
    {
        foreach (var flow in Model.Flows)
        {
            if (PlaneOf(flow) != plane)
            {
                continue;
            }

            if (flow.Expires is not { } expires || expires.Value >= Today)
            {
                yield return flow;
            }
        }
    }

    /// <summary>The plane a valid flow lies in: the plane of whichever end is inside the network.</summary>
    public string? PlaneOf(Flow flow) => PlaneOf(flow.Rule.From.Value) ?? PlaneOf(flow.Rule.To.Value);

    private string? PlaneOf(Selector selector) => selector switch
    {
        UnitSelector unit => Units.TryGetValue(unit.Unit, out var u)
            ? u.Segments.Where(s => unit.Zone is null || s.Zone.Value == unit.Zone).Select(PlaneOf).FirstOrDefault(p => p is not null)
            : null,
        ZoneSelector zone => PlaneOfZone(zone.Zone),
        ServiceSelector service => Services.TryGetValue(service.Service, out var s) ? PlaneOfZone(s.Zone.Value) : null,
        UpstreamSelector upstream => Upstreams.TryGetValue(upstream.Upstream, out var u) ? u.Plane.Name.Value : null,
        CidrSelector cidr => Model.Segments.Where(s => s.Subnet.Value.Overlaps(cidr.Prefix)).Select(PlaneOf).FirstOrDefault(p => p is not null),
        _ => null,
    };

    /// <summary>The VLANs policy assigns in a plane: its segments' and its management VLAN.</summary>
    public IReadOnlySet<int> PlaneVlans(string plane) =>
        planeVlans.TryGetValue(plane, out var vlans) ? vlans : EmptyVlans;

    private static readonly HashSet<int> EmptyVlans = [];

    /// <summary>Every device asks for its plane's VLANs (validation, P5): the segments are scanned once for all planes, here.</summary>
    private Dictionary<string, HashSet<int>> AssignedVlans()
    {
        var vlans = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var segment in Model.Segments)
        {
            if (PlaneOf(segment) is { } plane)
            {
                Of(plane).Add(segment.Vlan.Value);
            }
        }

        foreach (var plane in Planes.Values)
        {
            if (plane.Management.Vlan is { } management)
            {
                Of(plane.Name.Value).Add(management.Value);
            }
        }

        return vlans;

        HashSet<int> Of(string plane) => vlans.TryGetValue(plane, out var set) ? set : vlans[plane] = [];
    }

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
