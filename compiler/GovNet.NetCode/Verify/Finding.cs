using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Verify;

/// <summary>
/// A verifier result: which property (P1–P5, or parse coverage) it concerns, where in which config
/// it was seen, the path it follows (device:interface hops), the packet that gets through when
/// there is one, and the policy line it contradicts. It is a <see cref="Diagnostic"/> whose
/// <see cref="Diagnostic.Code"/> (NC9xxx) names the kind of finding and whose span is where it was seen.
/// </summary>
public sealed record Finding(
    string Code,
    string Property,
    Severity Severity,
    string Message,
    SourceSpan At,
    ImmutableArray<string> Path,
    string? Packet,
    SourceSpan? Contradicts)
    : Diagnostic(Severity, Code, Message, At, Contradicts is { } policy ? [policy] : [])
{
    public static new readonly IComparer<Finding> ByPosition = Comparer<Finding>.Create((a, b) =>
    {
        var byProperty = string.CompareOrdinal(a.Property, b.Property);
        if (byProperty != 0)
        {
            return byProperty;
        }

        var bySpan = a.At.CompareTo(b.At);
        return bySpan != 0 ? bySpan : string.CompareOrdinal(a.Message, b.Message);
    });

    public override string ToString() =>
        $"{At}: {(Severity == Severity.Error ? "error" : "warning")} {Property}: {Message}" +
        (Path.IsEmpty ? string.Empty : Messages.Format("FindingPath", string.Join(" → ", Path))) +
        (Packet is null ? string.Empty : Messages.Format("FindingPacket", Packet)) +
        (Contradicts is { } policy ? Messages.Format("FindingContradicts", policy) : string.Empty);
}
