using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Plan;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One unit, segment, flow or device that a plan adds, removes or changes, with what changed in words.</summary>
public sealed record EntityChange(string Kind, string Name, ChangeKind Change, string Detail);

/// <summary>
/// What the policy itself changes between two models, compared by name and by value (never by
/// source position: moving a block of YAML is not a change).
/// </summary>
public static partial class PolicyDiff
{
    public static ImmutableArray<EntityChange> Compare(PolicyModel? before, PolicyModel? after)
    {
        var changes = new List<EntityChange>();
        changes.AddRange(Diff("unit", Units(before), Units(after)));
        changes.AddRange(Diff("segment", Segments(before), Segments(after)));
        changes.AddRange(Diff("flow", Flows(before), Flows(after)));
        changes.AddRange(Devices(before, after));
        return [.. changes];
    }

    private static IEnumerable<EntityChange> Diff(string kind, SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        Diff(kind, before, after, text => text, (old, now) => string.Equals(old, now, StringComparison.Ordinal) ? null : $"{old} → {now}");

    /// <summary>Added and removed entries are described by <paramref name="summary"/>; <paramref name="change"/> says what changed, or null when nothing did.</summary>
    private static IEnumerable<EntityChange> Diff<T>(string kind, IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after, Func<T, string> summary, Func<T, T, string?> change)
    {
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var inBefore = before.TryGetValue(name, out var old);
            var inAfter = after.TryGetValue(name, out var now);
            if (!inBefore)
            {
                yield return new EntityChange(kind, name, ChangeKind.Added, summary(now!));
            }
            else if (!inAfter)
            {
                yield return new EntityChange(kind, name, ChangeKind.Removed, summary(old!));
            }
            else if (change(old!, now!) is { } detail)
            {
                yield return new EntityChange(kind, name, ChangeKind.Changed, detail);
            }
        }
    }

    private static SortedDictionary<string, string> Map<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> value)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(key(item), value(item));
        }

        return map;
    }

    private static SortedDictionary<string, string> Units(PolicyModel? model) => Map(
        model?.Units ?? [],
        u => u.Id.Value,
        u => $"{u.Title ?? u.Id.Value}: {string.Join(", ", u.Segments.Select(s => s.Name).Order(StringComparer.Ordinal))}");

    private static SortedDictionary<string, string> Segments(PolicyModel? model) => Map(
        model?.Segments ?? [],
        s => s.Name,
        s => PlanText.Texts.Format("SegmentSummary", s.Vlan.Value, s.Subnet.Value, s.Gateway.Value));

    // Flows are keyed by their rule: ids of unnamed flows are positions, which shift when a flow is inserted,
    // so only an id the author gave is part of what the reviewer reads.
    private static SortedDictionary<string, string> Flows(PolicyModel? model) => Map(
        model?.Flows ?? [],
        f => f.Rule.Text,
        f => string.Join(", ", new[]
        {
            DefaultFlowId().IsMatch(f.Id.Value) ? null : $"id {f.Id.Value}",
            f.Title,
            f.Approval is { } approval ? PlanText.Texts.Format("Approval", approval.Value) : PlanText.Texts.Get("NoApproval"),
            f.Expires is { } expires ? PlanText.Texts.Format("Expires", expires.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : PlanText.Texts.Get("NoExpiry"),
        }.OfType<string>()));

    [GeneratedRegex(@"^flow-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultFlowId();

    private static IEnumerable<EntityChange> Devices(PolicyModel? before, PolicyModel? after) =>
        Diff("device", ByHostname(before), ByHostname(after), DeviceChange.Summary, (old, now) =>
            DeviceChange.Describe(old, now, Owners(before, old), Owners(after, now)) is { Length: > 0 } detail ? detail : null);

    /// <summary>Whose segment a VLAN of the device's plane is, in words: the unit and the zone, by title and id.</summary>
    private static Func<int, string?>? Owners(PolicyModel? model, Device device) =>
        model is null ? null : VlanOwners.Of(model, device.Plane.Value) is var of ? vlan => of(vlan) is var (unit, zone) ? PlanText.Texts.Format("VlanOwner", unit, zone) : null : null;

    private static Dictionary<string, Device> ByHostname(PolicyModel? model) =>
        (model?.Devices ?? []).DistinctBy(d => d.Hostname.Value).ToDictionary(d => d.Hostname.Value, StringComparer.Ordinal);
}
