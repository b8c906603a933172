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

    private static IEnumerable<EntityChange> Diff(string kind, SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var inBefore = before.TryGetValue(name, out var old);
            var inAfter = after.TryGetValue(name, out var now);
            if (!inBefore)
            {
                yield return new EntityChange(kind, name, ChangeKind.Added, now!);
            }
            else if (!inAfter)
            {
                yield return new EntityChange(kind, name, ChangeKind.Removed, old!);
            }
            else if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                yield return new EntityChange(kind, name, ChangeKind.Changed, $"{old} → {now}");
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
        s => $"vlan {s.Vlan.Value} {s.Subnet.Value} gateway {s.Gateway.Value}");

    // Flows are keyed by their rule: ids of unnamed flows are positions, which shift when a flow is inserted,
    // so only an id the author gave is part of what the reviewer reads.
    private static SortedDictionary<string, string> Flows(PolicyModel? model) => Map(
        model?.Flows ?? [],
        f => f.Rule.Text,
        f => string.Join(", ", new[]
        {
            DefaultFlowId().IsMatch(f.Id.Value) ? null : $"id {f.Id.Value}",
            f.Title,
            f.Approval is { } approval ? $"approval {approval.Value}" : "no approval",
            f.Expires is { } expires ? $"expires {expires.Value:yyyy-MM-dd}" : "no expiry",
        }.OfType<string>()));

    [GeneratedRegex(@"^flow-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultFlowId();

    private static IEnumerable<EntityChange> Devices(PolicyModel? before, PolicyModel? after)
    {
        var old = (before?.Devices ?? []).DistinctBy(d => d.Hostname.Value).ToDictionary(d => d.Hostname.Value, StringComparer.Ordinal);
        var now = (after?.Devices ?? []).DistinctBy(d => d.Hostname.Value).ToDictionary(d => d.Hostname.Value, StringComparer.Ordinal);
        foreach (var name in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            if (!old.TryGetValue(name, out var a))
            {
                yield return new EntityChange("device", name, ChangeKind.Added, DeviceChange.Summary(now[name]));
            }
            else if (!now.TryGetValue(name, out var b))
            {
                yield return new EntityChange("device", name, ChangeKind.Removed, DeviceChange.Summary(a));
            }
            else if (DeviceChange.Describe(a, b) is var detail && detail != DeviceChange.Unchanged)
            {
                yield return new EntityChange("device", name, ChangeKind.Changed, detail);
            }
        }
    }
}
