using System.Collections.Immutable;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Ranks differences. The verifier runs on the intended and on the running configs; an isolation
/// finding (P1–P5) that only the running configs have makes every difference of that device whose
/// running section holds the finding's line <c>critical</c>. Otherwise a difference that widens
/// access is <c>high</c>, the rest <c>low</c>.
/// </summary>
public static class DriftRanker
{
    public const string IntendedLabel = "intended";
    public const string RunningLabel = "running";

    /// <summary>Isolation findings of the running configs that the intended configs do not have.</summary>
    public static ImmutableArray<Finding> NewFindings(ModelIndex context, IReadOnlyDictionary<string, string> intended, IReadOnlyDictionary<string, string> running)
    {
        var before = Verifier.Run(context, intended, IntendedLabel);
        var after = Verifier.Run(context, running, RunningLabel);
        var known = before.Findings.Where(IsIsolation).Select(f => (f.Property, f.Message)).ToHashSet();
        return [.. after.Findings.Where(f => IsIsolation(f) && !known.Contains((f.Property, f.Message)))];
    }

    /// <summary>Ranks one device's differences; <paramref name="dialect"/> is the device's, whose parser tells what each line does.</summary>
    /// <param name="vlanOwner">Names the segment a VLAN of the device's plane belongs to, for a VLAN added to a port; null when unknown.</param>
    public static ImmutableArray<Difference> Rank(ImmutableArray<Difference> differences, IEnumerable<Finding> newFindings, Dialect dialect, Func<int, string?>? vlanOwner = null)
    {
        var findings = newFindings.ToList();
        return [.. differences.Select(d => Rank(d, findings, dialect, vlanOwner))];
    }

    /// <summary>The device a finding is about: the config file it points into.</summary>
    public static string DeviceOf(Finding finding) => Path.GetFileNameWithoutExtension(finding.At.File);

    private static Difference Rank(Difference difference, List<Finding> findings, Dialect dialect, Func<int, string?>? vlanOwner)
    {
        var caused = findings.Where(f => DeviceOf(f) == difference.Device && Causes(difference, f.At.Line)).ToList();
        if (caused.Count > 0)
        {
            return difference with
            {
                Rank = DriftRank.Critical,
                Properties = [.. caused.Select(f => f.Property).Distinct().Order(StringComparer.Ordinal)],
                Reason = string.Join("; ", caused.Select(f => $"{f.Property}: {f.Message}").Distinct()),
            };
        }

        return AccessWidening.Reason(difference, dialect, vlanOwner) is { } widening
            ? difference with { Rank = DriftRank.High, Reason = widening }
            : difference with { Rank = DriftRank.Low, Reason = difference.Renumbered ? DriftText.Texts.Format("Renumbered", difference.Running.Length) : DriftText.Texts.Get("NotWidening") };
    }

    private static bool Causes(Difference difference, int line) =>
        difference.Running.Any(l => l.Line == line) ||
        (difference.RunningScope is var (first, last) && line >= first && line <= last);

    private static bool IsIsolation(Finding finding) => finding.Property.StartsWith('P');
}
