using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// Findings of the reachability properties, grouped so that one broad bridge reads as a handful of
/// findings: one per property, source endpoint and destination zone (or plane, upstream, internet),
/// with the first concrete packet and path and how many endpoints of the group it reaches.
/// </summary>
public sealed class ViolationGroups
{
    private sealed class Group(string code, string title, Endpoint source, string area, Severity severity, SourceSpan at, ImmutableArray<string> path, string packet, SourceSpan? contradicts, string why)
    {
        public Endpoint Source => source;

        public SortedSet<string> Destinations { get; } = new(StringComparer.Ordinal);

        public Finding ToFinding(string property)
        {
            var examples = string.Join(", ", Destinations.Take(3)) + (Destinations.Count > 3 ? ", …" : string.Empty);
            var message = Messages.Format("ViolationGroup", title, source, Destinations.Count, area, examples, why);
            return new Finding(code, property, severity, message, at, path, packet, contradicts);
        }
    }

    private readonly Dictionary<(string Code, string Property, string Source, string Area, string Why), Group> groups = [];

    public void Add(string code, string property, string title, Endpoint source, Endpoint destination, Severity severity, SourceSpan at, ImmutableArray<string> path, string packet, SourceSpan? contradicts, string why)
    {
        var area = destination.Zone is { } zone ? Messages.Format("InZone", zone) : destination.ToString();
        var key = (code, property, source.Name, area, why);
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = new Group(code, title, source, area, severity, at, path, packet, contradicts, why);
        }

        group.Destinations.Add(destination.ToString());
    }

    /// <summary>
    /// Adds what another collection grouped, as if its additions had been made here after this one's own: a group new here
    /// is taken over as it is (its first packet and path) and comes after this one's groups, a known one gains its destinations;
    /// <paramref name="later"/> is not used again.
    /// </summary>
    public void Merge(ViolationGroups later)
    {
        foreach (var (key, group) in later.groups)
        {
            if (!groups.TryAdd(key, group))
            {
                groups[key].Destinations.UnionWith(group.Destinations);
            }
        }
    }

    public IEnumerable<Finding> Findings() => Grouped().Select(g => g.Finding);

    /// <summary>Each finding with the source endpoint whose packets it groups.</summary>
    public IEnumerable<(Finding Finding, Endpoint Source)> Grouped() => groups.Select(g => (g.Value.ToFinding(g.Key.Property), g.Value.Source));
}
