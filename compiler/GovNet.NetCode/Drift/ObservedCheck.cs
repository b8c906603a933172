using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Drift;

/// <summary>
/// The observed-state part of drift: each device's LLDP, MAC and ARP tables read by its dialect,
/// then the cabling check and the host census, plus one row per device and command for output lines
/// not understood (a line not understood could be a neighbour or a card: never silently clean).
/// Devices whose state was not pulled (an older bundle, a folder of configs only) are listed, not judged.
/// </summary>
public static class ObservedCheck
{
    public sealed record Result(ImmutableArray<ObservedDifference> Differences, ImmutableArray<string> NotObserved);

    public static Result Run(ModelIndex context, CollectionResult collection)
    {
        var observed = new List<ObservedDevice>();
        var missing = new List<string>();
        foreach (var config in collection.Configs.OrderBy(c => c.Hostname, StringComparer.Ordinal))
        {
            if (context.Devices.GetValueOrDefault(config.Hostname) is not { } device || DialectRegistry.Find(device.Vendor.Value) is not { } dialect)
            {
                continue;
            }

            if (config.Observed is null || dialect.Observed is null)
            {
                missing.Add(config.Hostname);
                continue;
            }

            var text = SecretMask.ApplyToText(config.Observed);
            observed.Add(new ObservedDevice(device, dialect, dialect.ReadObserved(text), text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')));
        }

        var rows = Unparsed(observed).Concat(CablingCheck.Run(context, observed)).Concat(HostCensus.Run(context, observed));
        return new Result([.. rows.Order(ObservedDifference.Order)], [.. missing]);
    }

    private static IEnumerable<ObservedDifference> Unparsed(IEnumerable<ObservedDevice> observed) =>
        observed.SelectMany(seen => seen.Facts.Unparsed.GroupBy(u => u.Section).Select(g => new ObservedDifference(
            ObservedDifference.Tables, "unparsed-output", seen.Hostname, string.Empty, DriftRank.Low,
            ObservedDriftText.Texts.Format("UnparsedOutput", g.Count(), g.Key),
            null, null, seen.Evidence(g.First().Line))));
}
