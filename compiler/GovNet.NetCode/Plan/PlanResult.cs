using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Plan;

/// <summary>
/// An isolation violation on head, pointing at the YAML line that causes or contradicts it:
/// either a validation error of <see cref="IsolationCodes"/> or a verifier finding (whose config
/// position, when it has one, is kept in <see cref="Config"/>).
/// </summary>
public sealed record IsolationIssue(string Property, string Code, string Message, SourceSpan At, SourceSpan? Config);

public enum Verdict
{
    /// <summary>Head validates, compiles and the verifier finds no violation.</summary>
    Holds,

    /// <summary>Head breaks isolation: see <see cref="PlanResult.Isolation"/>.</summary>
    Violated,

    /// <summary>Head is invalid input, so isolation could not be judged.</summary>
    NotEvaluated,
}

/// <summary>Everything <c>netcode plan</c> reports: both sides, what changed, and the verdict on head.</summary>
public sealed record PlanResult(
    RevisionBuild Base,
    RevisionBuild Head,
    ImmutableArray<EntityChange> Changes,
    ImmutableArray<DeviceDiff> Devices,
    MatrixDiff Flows,
    ImmutableArray<IsolationIssue> Isolation)
{
    public Verdict Verdict =>
        Head.InputErrors.Any() ? Verdict.NotEvaluated
        : !Isolation.IsEmpty ? Verdict.Violated
        : Verdict.Holds;

    public static PlanResult Of(RevisionBuild before, RevisionBuild after)
    {
        var isolation = after.IsolationErrors
            .Select(d => new IsolationIssue(IsolationCodes.Property[d.Code], d.Code, d.Message, d.Span, null))
            .Concat((after.Verify?.Findings ?? []).Where(f => f.Severity == Severity.Error).Select(f =>
                new IsolationIssue(f.Property, f.Code, f.Message, IsInGeneratedConfig(f.At) && f.Contradicts is { } policy ? policy : f.At, f.At)))
            .OrderBy(i => i.At)
            .ThenBy(i => i.Code, StringComparer.Ordinal)
            .ThenBy(i => i.Message, StringComparer.Ordinal);
        return new PlanResult(
            before,
            after,
            // A head whose files do not load has no model: comparing it would list everything as removed.
            after.Model is null ? [] : PolicyDiff.Compare(before.Model, after.Model),
            after.Valid ? ConfigDiff.Compare(before.Configs, after.Configs) : [],
            after.Valid ? MatrixDiff.Compare(before.Matrix, after.Matrix) : MatrixDiff.None,
            [.. isolation]);
    }

    /// <summary>Verifier positions in compiled configs do not exist in the repository; annotations need the YAML line.</summary>
    public static bool IsInGeneratedConfig(SourceSpan at) => at.File.StartsWith("build/", StringComparison.Ordinal);
}
