using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Plan;

/// <summary>
/// Validation errors that are isolation violations rather than malformed input: a pull request that
/// adds a cable across planes is well-formed YAML that breaks P1, so plan reports it as an isolation
/// finding (exit 1), anchored to the line that breaks it, instead of "invalid" (exit 2).
/// </summary>
public static class IsolationCodes
{
    /// <summary>Code → the property it violates (compiler/GovNet.NetCode/Diagnostics/README.md, "Isolation errors in plan").</summary>
    public static readonly ImmutableSortedDictionary<string, string> Property = new Dictionary<string, string>
    {
        [Codes.FlowAcrossPlanes] = "P1",
        [Codes.LinkAcrossPlanes] = "P1",
        [Codes.AccessPortOtherPlane] = "P1",
        [Codes.InternetFromIsolatedPlane] = "P2",
        [Codes.InternetLinkNotEgress] = "P2",
        [Codes.CrossZoneWithoutApproval] = "P3",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static bool IsIsolation(Diagnostic diagnostic) =>
        diagnostic.Severity == Severity.Error && Property.ContainsKey(diagnostic.Code);
}
