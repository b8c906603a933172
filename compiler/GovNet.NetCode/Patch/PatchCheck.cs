using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Patch;

/// <summary>
/// The patch stage: for every inventory device with a running config, the steps that turn it into
/// the compiled (intended) config and the steps back, compared as drift compares (same
/// normalisation, same ignore patterns, secrets masked), then both put in a verified order (see
/// <see cref="SafeOrder"/>). A device whose configs do not differ gets no patch.
/// </summary>
public static class PatchCheck
{
    /// <summary>
    /// The commands that turn each device's <paramref name="before"/> config into its <paramref name="after"/>
    /// one (a plan's base and head), by hostname, in the table's order without the step-by-step
    /// verification; devices added or removed whole have none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Between(ModelIndex context, ImmutableArray<CompiledConfig> before, ImmutableArray<CompiledConfig> after)
    {
        var inBefore = before.Select(c => c.Hostname).ToHashSet(StringComparer.Ordinal);
        var inAfter = after.Select(c => c.Hostname).ToHashSet(StringComparer.Ordinal);
        var both = after.Where(c => inBefore.Contains(c.Hostname)).ToImmutableArray();
        var running = new CollectionResult([.. before.Where(c => inAfter.Contains(c.Hostname)).Select(c => new RunningConfig(c.Hostname, c.Text, c.FileName))], []);
        return Run(context, both, running, IgnorePatterns.None, verifySteps: false).Devices.ToDictionary(d => d.Hostname, d => d.PatchText, StringComparer.Ordinal);
    }

    public static PatchResult Run(ModelIndex context, ImmutableArray<CompiledConfig> intended, CollectionResult collection, IgnorePatterns ignore, bool verifySteps = true)
    {
        var (pairs, failures) = DriftCheck.Pair(intended, collection);
        var inSync = new List<string>();
        var patches = new Dictionary<string, ImmutableArray<PatchStep>>(StringComparer.Ordinal);
        var rollbacks = new Dictionary<string, ImmutableArray<PatchStep>>(StringComparer.Ordinal);
        var before = new Dictionary<string, (Dialect, List<PatchNode>)>(StringComparer.Ordinal);
        var vendors = new Dictionary<string, Dialect>(StringComparer.Ordinal);
        foreach (var (config, text) in pairs)
        {
            var dialect = DialectRegistry.Find(config.Vendor)!;
            vendors[config.Hostname] = dialect;
            before[config.Hostname] = (dialect, PatchNode.Parse(dialect, text, IgnorePatterns.None));
            var want = PatchNode.Parse(dialect, config.Text, ignore);
            var have = PatchNode.Parse(dialect, text, ignore);
            var patch = SectionDiff.Steps(dialect, want, have);
            if (patch.IsEmpty)
            {
                inSync.Add(config.Hostname);
                continue;
            }

            patches[config.Hostname] = patch;
            rollbacks[config.Hostname] = SectionDiff.Steps(dialect, have, want);
        }

        var unsafeSteps = new List<UnsafeStep>();
        var moved = new List<MovedStep>();
        var verified = 0;
        if (verifySteps && patches.Count > 0)
        {
            // The rollback starts where the patch ends: the running configs with the patch typed in.
            var afterPatch = before.ToDictionary(b => b.Key, b => (b.Value.Item1, b.Value.Item2.Select(n => n.Clone()).ToList()), StringComparer.Ordinal);
            var forward = SafeOrder.Schedule(context, afterPatch, patches, PatchDirection.Patch);
            var backward = SafeOrder.Schedule(context, afterPatch, rollbacks, PatchDirection.Rollback);
            (patches, rollbacks) = (forward.Steps, backward.Steps);
            unsafeSteps.AddRange(forward.Unsafe.Concat(backward.Unsafe));
            moved.AddRange(forward.Moved.Concat(backward.Moved));
            verified = forward.Verified + backward.Verified;
        }

        var devices = patches.Keys.Order(StringComparer.Ordinal).Select(host =>
        {
            var rules = vendors[host].PatchRules;
            return new DevicePatch(
                host,
                vendors[host].Id,
                patches[host],
                rollbacks[host],
                PatchText.Render(rules, $"netcode patch for {host} ({vendors[host].Id}): running config → intended config, {patches[host].Length} step(s)", patches[host]),
                PatchText.Render(rules, $"netcode rollback for {host} ({vendors[host].Id}): back to the running config the patch was made against, {rollbacks[host].Length} step(s)", rollbacks[host]));
        });
        return new PatchResult(
            context.Model.Network.Name.Value,
            [.. devices],
            [.. inSync],
            [.. failures.OrderBy(f => f.Hostname, StringComparer.Ordinal)],
            [.. unsafeSteps],
            [.. moved],
            verified);
    }
}
