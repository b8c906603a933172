using System.Collections.Immutable;

namespace GovNet.NetCode.Drift;

/// <summary>Missing: intended, not running. Unexpected: running, not intended (an unapproved change). Changed: both, different.</summary>
public enum DriftKind
{
    Missing,
    Unexpected,
    Changed,
}

/// <summary>Critical breaks an isolation property; high widens access; low is everything else.</summary>
public enum DriftRank
{
    Low,
    High,
    Critical,
}

/// <summary>A config line as drift shows it: its 1-based number in its own config, and its masked, normalised text.</summary>
public sealed record DriftLine(int Line, string Text);

/// <summary>
/// One difference between a device's intended and running config: the section it lies in (header
/// lines from the top, " / " between them; "(global)" at the top level), the lines on each side,
/// and once ranked, why it matters and which isolation properties it breaks.
/// </summary>
public sealed record Difference(
    string Device,
    string Section,
    DriftKind Kind,
    ImmutableArray<DriftLine> Intended,
    ImmutableArray<DriftLine> Running,
    bool InOrderedSection)
{
    public const string GlobalSection = "(global)";

    /// <summary>The header lines above the difference, outermost first, as the config indents them.</summary>
    public ImmutableArray<string> Context { get; init; } = [];

    /// <summary>
    /// <see cref="Context"/> and, inside a section, the section's other lines on the intended side:
    /// with <see cref="Intended"/>, a fragment the dialect parses to tell what those lines do there.
    /// </summary>
    public ImmutableArray<string> IntendedContext { get; init; } = [];

    /// <summary>The same for the running side.</summary>
    public ImmutableArray<string> RunningContext { get; init; } = [];

    /// <summary>A rule that kept its place and its match but got another number (VRP/Comware "rule N").</summary>
    public bool Renumbered { get; init; }

    public DriftRank Rank { get; init; } = DriftRank.Low;

    public string Reason { get; init; } = string.Empty;

    public ImmutableArray<string> Properties { get; init; } = [];

    /// <summary>The running lines a verifier finding must fall in to be caused by this difference: the enclosing running section, or the lines themselves at the top level.</summary>
    public (int First, int Last)? RunningScope { get; init; }

    public static string KindName(DriftKind kind) => kind.ToString().ToLowerInvariant();

    public static string RankName(DriftRank rank) => rank.ToString().ToLowerInvariant();
}
