using System.Collections.Immutable;

namespace GovNet.NetCode.Drift;

/// <summary>
/// A difference between the wire as the devices report it (LLDP, MAC and ARP tables) and the
/// inventory or the host registry: a row of the drift report beside the config differences, ranked
/// on the same scale. <paramref name="Code"/> is stable (JSON, tests) and never translated.
/// </summary>
/// <param name="Check"><c>cabling</c>, <c>hosts</c> or <c>tables</c> (output lines not understood).</param>
/// <param name="Port">The port on <paramref name="Device"/> where it was seen, as the inventory names it.</param>
/// <param name="Fix">The inventory or registry line (file:line) to change if the wire is right; null when there is none to point at.</param>
/// <param name="Owner">The registered person responsible (负责人) for the host or the port, when there is one.</param>
/// <param name="Evidence">Where the devices said so: the observed file and line, with the line as printed.</param>
public sealed record ObservedDifference(
    string Check,
    string Code,
    string Device,
    string Port,
    DriftRank Rank,
    string Message,
    string? Fix,
    string? Owner,
    string Evidence)
{
    public const string Cabling = "cabling";
    public const string Hosts = "hosts";
    public const string Tables = "tables";

    /// <summary>The isolation properties the row breaks (P1 for a wire or a card across planes).</summary>
    public ImmutableArray<string> Properties { get; init; } = [];

    /// <summary>Report order: worst first, then where.</summary>
    public static IComparer<ObservedDifference> Order { get; } = Comparer<ObservedDifference>.Create((a, b) =>
    {
        var rank = b.Rank.CompareTo(a.Rank);
        if (rank != 0)
        {
            return rank;
        }

        var at = string.CompareOrdinal(a.Device, b.Device);
        at = at != 0 ? at : string.CompareOrdinal(a.Port, b.Port);
        at = at != 0 ? at : string.CompareOrdinal(a.Code, b.Code);
        return at != 0 ? at : string.CompareOrdinal(a.Message, b.Message);
    });
}
