using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Running configs given offline (<c>netcode drift --running</c>, repeatable): folders of
/// <c>HOSTNAME.cfg</c> and the bundles each plane's collector wrote, merged into the result the SSH
/// collector produces, masked at once. A bundle whose hashes do not match is refused as a whole.
/// The devices expected are those of <c>--plane</c>; else, when only bundles are given, those of the
/// bundles' planes (one plane's collector never sees the other); else every inventory device. An
/// expected device found in no source is a collection failure; a config for no inventory device is
/// reported and left out; a device found in two sources (overlapping shards) is an error.
/// </summary>
public static class RunningSources
{
    public static CollectionResult? Load(IReadOnlyList<(string Path, string Label)> sources, PolicyModel model, string? plane, DiagnosticBag diagnostics)
    {
        var inventory = model.Devices.ToDictionary(d => d.Hostname.Value, d => d.Plane.Value, StringComparer.Ordinal);
        var found = new Dictionary<string, RunningConfig>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var bundlePlanes = new HashSet<string>(StringComparer.Ordinal);
        var onlyBundles = true;
        var twice = false;
        foreach (var (path, label) in sources)
        {
            IEnumerable<RunningConfig> configs;
            if (Directory.Exists(path))
            {
                onlyBundles = false;
                configs = Directory.EnumerateFiles(path, "*.cfg")
                    .Order(StringComparer.Ordinal)
                    .Select(f => new RunningConfig(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), $"{label}/{Path.GetFileName(f)}") { Observed = ObservedBeside(f) });
            }
            else if (File.Exists(path))
            {
                if (BundleReader.Read(path, diagnostics) is not { } bundle)
                {
                    return null;
                }

                bundlePlanes.Add(bundle.Plane);
                configs = bundle.Result.Configs;
                foreach (var failure in bundle.Result.Failures)
                {
                    reasons.TryAdd(failure.Hostname, DriftText.Texts.Format("NotCollectedInto", label, failure.Reason));
                }
            }
            else
            {
                diagnostics.Error(Codes.RunningConfigMissing, SourceSpan.StartOf(label), DriftText.Texts.Format("NoSuchRunning", label));
                return null;
            }

            foreach (var config in configs)
            {
                if (!inventory.ContainsKey(config.Hostname))
                {
                    diagnostics.Warning(Codes.RunningConfigNotInInventory, SourceSpan.StartOf(config.Source), DriftText.Texts.Format("RunningNotInInventory", config.Hostname));
                }
                else if (!found.TryAdd(config.Hostname, config with { Text = SecretMask.ApplyToText(config.Text), Observed = config.Observed is { } seen ? SecretMask.ApplyToText(seen) : null }))
                {
                    // Shards of one plane must be disjoint: which copy is the device's is not ours to guess.
                    twice = true;
                    diagnostics.Error(Codes.RunningConfigTwice, SourceSpan.StartOf(config.Source),
                        DriftText.Texts.Format("RunningInTwoShards", config.Hostname, found[config.Hostname].Source, config.Source));
                }
            }
        }

        if (twice)
        {
            return null;
        }

        var planes = plane is not null ? [plane] : onlyBundles ? bundlePlanes : inventory.Values.ToHashSet(StringComparer.Ordinal);
        var expected = inventory.Where(d => planes.Contains(d.Value)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        var failures = ImmutableArray.CreateBuilder<CollectionFailure>();
        foreach (var host in expected.Where(h => !found.ContainsKey(h)))
        {
            var reason = reasons.GetValueOrDefault(host) ?? DriftText.Texts.Format("NoRunningIn", host, string.Join(", ", sources.Select(s => s.Label)));
            diagnostics.Error(Codes.RunningConfigMissing, SourceSpan.StartOf(sources[0].Label), reason);
            failures.Add(new CollectionFailure(host, reason));
        }

        return new CollectionResult([.. expected.Where(found.ContainsKey).Select(h => found[h])], failures.ToImmutable());
    }

    /// <summary>The observed state written with a config in a folder (observed/HOSTNAME.txt), if any.</summary>
    private static string? ObservedBeside(string configFile)
    {
        var observed = Path.Combine(Path.GetDirectoryName(configFile)!, BundleManifest.ObservedPathOf(Path.GetFileNameWithoutExtension(configFile)));
        return File.Exists(observed) ? File.ReadAllText(observed) : null;
    }

    /// <summary>The hostnames a result speaks for: compared or failed.</summary>
    public static IReadOnlySet<string> Scope(CollectionResult result) =>
        result.Configs.Select(c => c.Hostname).Concat(result.Failures.Select(f => f.Hostname)).ToHashSet(StringComparer.Ordinal);
}
