using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Drift;

/// <summary>
/// The drift stage: every inventory device's compiled (intended) config against its running config,
/// compared as trees, ranked with the verifier, with a text diff for display. Running text is
/// masked again here, so a caller that forgot to mask cannot leak a secret into a report.
/// </summary>
public static class DriftCheck
{
    public static DriftReport Run(ModelIndex context, ImmutableArray<CompiledConfig> intended, CollectionResult collection, IgnorePatterns ignore)
    {
        var (pairs, failures) = Pair(intended, collection);
        var compared = new List<(CompiledConfig Config, Dialect Dialect, ImmutableArray<Difference> Differences, ImmutableArray<SideBySideRow> Rows)>();
        var running = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (config, text) in pairs)
        {
            running[config.Hostname] = text;
            var dialect = DialectRegistry.Find(config.Vendor)!;
            var mappings = ConfigComparer.Mappings(dialect);
            var left = ConfigComparer.Prepare(dialect, config.Text, ignore, mappings);
            var right = ConfigComparer.Prepare(dialect, text, ignore, mappings);
            var differences = ConfigComparer.Compare(config.Hostname, dialect, left, right);
            compared.Add((config, dialect, differences, differences.IsEmpty ? [] : TextDiff.Rows(left, right)));
        }

        var newFindings = compared.Exists(c => !c.Differences.IsEmpty)
            ? DriftRanker.NewFindings(
                context,
                compared.ToDictionary(c => c.Config.Hostname, c => c.Config.Text, StringComparer.Ordinal),
                compared.ToDictionary(c => c.Config.Hostname, c => running[c.Config.Hostname], StringComparer.Ordinal))
            : [];

        var owners = new Dictionary<string, Func<int, (string Unit, string Zone)?>>(StringComparer.Ordinal);
        Func<int, string?> OwnerIn(string hostname)
        {
            var plane = context.Devices.GetValueOrDefault(hostname)?.Plane.Value ?? string.Empty;
            var of = owners.TryGetValue(plane, out var known) ? known : owners[plane] = VlanOwners.Of(context.Model, plane);
            return vlan => of(vlan) is var (unit, zone) ? DriftText.Texts.Format("VlanOwner", unit, zone) : null;
        }

        var devices = compared.Select(c => new DeviceDrift(c.Config.Hostname, c.Config.Vendor, DriftRanker.Rank(c.Differences, newFindings, c.Dialect, OwnerIn(c.Config.Hostname)), c.Rows));
        var observed = ObservedCheck.Run(context, collection);
        return new DriftReport(
            context.Model.Network.Name.Value,
            [.. devices],
            [.. failures.OrderBy(f => f.Hostname, StringComparer.Ordinal)],
            newFindings)
        {
            Observed = observed.Differences,
            NotObserved = observed.NotObserved,
        };
    }

    /// <summary>
    /// Each intended config with its device's running config, in hostname order, masked again (so a
    /// caller that forgot to mask cannot leak a secret); a collection failure for each device without one.
    /// </summary>
    public static (List<(CompiledConfig Config, string Running)> Pairs, List<CollectionFailure> Failures) Pair(ImmutableArray<CompiledConfig> intended, CollectionResult collection)
    {
        var running = collection.Configs
            .GroupBy(c => c.Hostname, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => SecretMask.ApplyToText(g.Last().Text), StringComparer.Ordinal);
        var failures = collection.Failures.ToList();
        var pairs = new List<(CompiledConfig, string)>();
        foreach (var config in intended.OrderBy(c => c.Hostname, StringComparer.Ordinal))
        {
            if (running.TryGetValue(config.Hostname, out var text))
            {
                pairs.Add((config, text));
            }
            else if (!failures.Exists(f => f.Hostname == config.Hostname))
            {
                failures.Add(new CollectionFailure(config.Hostname, DriftText.Texts.Get("NoRunningConfig")));
            }
        }

        return (pairs, failures);
    }
}
