using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Drift;

/// <summary>A row of a side-by-side text diff; a null line number is a gap on that side, and a row with Kind "gap" stands for unchanged lines left out.</summary>
public sealed record SideBySideRow(string Kind, int? IntendedLine, string? Intended, int? RunningLine, string? Running);

/// <summary>One device that was compared: its differences, ranked, and the changed parts of the text diff for display.</summary>
public sealed record DeviceDrift(string Hostname, string Vendor, ImmutableArray<Difference> Differences, ImmutableArray<SideBySideRow> TextDiff)
{
    public bool HasDrift => !Differences.IsEmpty;

    public DriftRank? Worst => Differences.IsEmpty ? null : Differences.Max(d => d.Rank);

    public int Count(DriftRank rank) => Differences.Count(d => d.Rank == rank);
}

/// <summary>
/// Where and when a drift report was made, for the audit record it is: the time, the plane(s), the
/// policy revision compared against, the netcode version, the host that collected (or "offline"
/// with the sources read), and the network's title.
/// </summary>
public sealed record DriftOrigin(DateTimeOffset At, string Planes, string PolicyRevision, string ToolVersion, string Collector, string? NetworkTitle)
{
    public IEnumerable<(string Name, string Value)> Fields() =>
    [
        ("network", NetworkTitle ?? "-"),
        ("time", At.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture)),
        ("plane", Planes),
        ("policy", PolicyRevision),
        ("netcode", ToolVersion),
        ("collector", Collector),
    ];
}

/// <summary>
/// The result of one drift run: every compared device, the devices whose running config could not
/// be had, and the isolation findings present in the running configs but not in the intended ones.
/// Holds masked text only.
/// </summary>
public sealed record DriftReport(
    string Network,
    ImmutableArray<DeviceDrift> Devices,
    ImmutableArray<CollectionFailure> Failures,
    ImmutableArray<Finding> NewFindings)
{
    /// <summary>Set by the command that made the report; reports without it (tests, the archive) leave the header out.</summary>
    public DriftOrigin? Origin { get; init; }

    /// <summary>The wire as the devices report it against the inventory and the host registry (LLDP, MAC, ARP), worst first.</summary>
    public ImmutableArray<ObservedDifference> Observed { get; init; } = [];

    /// <summary>Compared devices whose observed state was not pulled: their wires and hosts were not checked.</summary>
    public ImmutableArray<string> NotObserved { get; init; } = [];

    public bool HasDrift => Devices.Any(d => d.HasDrift) || !Observed.IsEmpty;

    /// <summary>The network as a heading names it: its title (佳县电子政务网络) with its name, or the name alone.</summary>
    public string Heading => Origin?.NetworkTitle is { } title ? $"{title} ({Network})" : Network;

    public int Count(DriftRank rank) => Devices.Sum(d => d.Count(rank)) + Observed.Count(o => o.Rank == rank);

    public int DevicesWithDrift => Devices.Count(d => d.HasDrift || Observed.Any(o => o.Device == d.Hostname));

    /// <summary>One line for a commit subject or a console footer.</summary>
    public string Summary() =>
        DriftText.Texts.Format("Summary", Devices.Length, DevicesWithDrift, Count(DriftRank.Critical), Count(DriftRank.High), Count(DriftRank.Low)) +
        (Failures.IsEmpty ? string.Empty : DriftText.Texts.Format("SummaryNotCollected", Failures.Length));

    /// <summary>The archive commit message: the summary, then one line per device with drift or not collected.</summary>
    public string CommitMessage()
    {
        var lines = new List<string> { $"drift {Network}: {Summary()}", string.Empty };
        lines.AddRange(Devices.Where(d => d.HasDrift).Select(d =>
            DriftText.Texts.Format("CommitDevice", d.Hostname, d.Differences.Length, Difference.RankName(d.Worst!.Value), d.Count(DriftRank.Critical), d.Count(DriftRank.High), d.Count(DriftRank.Low))));
        lines.AddRange(Observed.Select(o => ObservedDriftText.Texts.Format("CommitRow", Difference.RankName(o.Rank), o.Code, o.Device, o.Port)));
        lines.AddRange(Failures.Select(f => DriftText.Texts.Format("CommitNotCollected", f.Hostname, f.Reason)));
        if (lines.Count == 2)
        {
            lines.Add(DriftText.Texts.Get("CommitNoDrift"));
        }

        return string.Join('\n', lines) + "\n";
    }
}
