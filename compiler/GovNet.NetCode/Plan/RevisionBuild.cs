using System.Collections.Immutable;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Plan;

/// <summary>
/// One side of a plan: a revision validated, compiled and verified. <see cref="Model"/> is kept even
/// when validation fails (when the files load), so the policy diff still shows what changed;
/// <see cref="Configs"/> and <see cref="Verify"/> exist only when the revision compiles.
/// </summary>
public sealed record RevisionBuild(
    string Label,
    string Revision,
    PolicyModel? Model,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<CompiledConfig> Configs,
    VerifyResult? Verify)
{
    public bool Valid => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Errors that are isolation violations (<see cref="IsolationCodes"/>).</summary>
    public IEnumerable<Diagnostic> IsolationErrors => Diagnostics.Where(IsolationCodes.IsIsolation);

    /// <summary>Errors that make the revision invalid input: every error that is not an isolation violation.</summary>
    public IEnumerable<Diagnostic> InputErrors => Diagnostics.Where(d => d.Severity == Severity.Error && !IsolationCodes.IsIsolation(d));

    public FlowMatrix Matrix => Verify?.Matrix ?? FlowMatrix.Empty;

    /// <summary>Validate, compile and verify the policy repository <paramref name="files"/>, all in memory.</summary>
    public static RevisionBuild Of(string label, string revision, ISourceTree files, ISourceTree shippedTemplates, DateOnly today)
    {
        // Each revision is compiled with its own templates, so a template change shows in the diff.
        var library = new TemplateLibrary(TemplateLibrary.RootFor(files, shippedTemplates));
        var run = PolicyPipeline.Run(files, today, library, PipelineGoal.Verify);
        return new RevisionBuild(label, revision, run.Model, run.Diagnostics, [.. (run.Configs ?? []).OrderBy(c => c.Hostname, StringComparer.Ordinal)], run.Verify);
    }
}
