using System.Collections.Immutable;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Pipeline;

/// <summary>How far a run goes: compile alone writes configs; check also proves isolation on them.</summary>
public enum PipelineGoal
{
    Compile,
    Verify,
}

/// <summary>The stages of a run, in order; a run that fails stops at the stage that failed.</summary>
public enum PipelineStage
{
    Load,
    Validate,
    Compile,
    Verify,
}

/// <summary>
/// What one run of the policy produced (<see cref="Reached"/>: the last stage it ran). <see cref="Model"/> is kept even when validation fails (when
/// the files load), so a plan still shows what changed; <see cref="Configs"/> exist only when the
/// policy compiles, and <see cref="Verify"/> only when it compiles and verification was asked for.
/// </summary>
public sealed record PipelineRun(
    PipelineStage Reached,
    PolicyModel? Model,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<CompiledConfig>? Configs,
    VerifyResult? Verify)
{
    public bool Valid => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The ACL rule numbers the configs carry, for <see cref="AclNumberFile"/>; set with <see cref="Configs"/>.</summary>
    public AclNumberBook? Numbers { get; init; }
}

/// <summary>
/// The one path from a policy repository to proven configs: load → validate → compile → render →
/// verify, all in memory. The CLI, <c>plan</c>, drift and the benchmarks run it; each stops where
/// the first stage fails, as a person fixing the policy would want.
/// </summary>
public static class PolicyPipeline
{
    /// <summary>The label verify findings carry for compiled configs: where compile writes them.</summary>
    public const string CompiledLabel = "build/configs";

    public static PipelineRun Run(string repositoryRoot, DateOnly today, TemplateLibrary templates, PipelineGoal goal, string label = CompiledLabel, IRenderedConfigSink? sink = null) =>
        Run(new FolderSource(repositoryRoot), today, templates, goal, label, sink);

    /// <summary>
    /// Runs the policy in <paramref name="repository"/>: a folder, or a revision an adapter reads from Git.
    /// <paramref name="sink"/>, when given, takes each config as soon as it is rendered (a build written while rendering).
    /// </summary>
    public static PipelineRun Run(ISourceTree repository, DateOnly today, TemplateLibrary templates, PipelineGoal goal, string label = CompiledLabel, IRenderedConfigSink? sink = null)
    {
        var diagnostics = new DiagnosticBag();
        StageClock.Mark("start");
        // The rule-number file is read first (a tree from Git is read on one thread only) and parsed on
        // another core while the policy loads; its diagnostics follow the loader's, as when read after it.
        var numbersRead = AclNumberFile.Fetch(repository);
        var numbersDiagnostics = new DiagnosticBag();
        var numbersParsed = Task.Run(() => AclNumberFile.Read(numbersRead, numbersDiagnostics));
        var model = PolicyLoader.Load(repository, diagnostics);
        var numbers = numbersParsed.GetAwaiter().GetResult();
        diagnostics.AddRange(numbersDiagnostics.Items);
        StageClock.Mark("load");
        if (model is null || diagnostics.HasErrors)
        {
            return new PipelineRun(PipelineStage.Load, model, diagnostics.ToSortedArray(), null, null);
        }

        // Validation keeps a core idle while its longest rule finishes; translation's shared plans start there,
        // and are dropped with the model when validation finds an error.
        NetworkCompiler.PlanAhead(ModelIndex.Of(model, today));
        PolicyValidator.Validate(model, today, diagnostics);
        StageClock.Mark("validate");
        if (diagnostics.HasErrors)
        {
            return new PipelineRun(PipelineStage.Validate, model, diagnostics.ToSortedArray(), null, null);
        }

        var rendered = ConfigRenderer.Render(model, today, numbers, templates, diagnostics, sink);
        if (rendered is not { } result || diagnostics.HasErrors)
        {
            return new PipelineRun(PipelineStage.Compile, model, diagnostics.ToSortedArray(), null, null);
        }

        if (goal == PipelineGoal.Verify)
        {
            // The verifier's garbage dies young, unlike everything before it: it is collected as it goes rather than first filling what is left of the headroom.
            CollectorHeadroom.Close();
        }

        var verify = goal == PipelineGoal.Verify ? Verify(ModelIndex.Of(model, today), result.Configs, label) : null;
        return new PipelineRun(verify is null ? PipelineStage.Compile : PipelineStage.Verify, model, diagnostics.ToSortedArray(), result.Configs, verify) { Numbers = result.Numbers };
    }

    /// <summary>
    /// The proof on compiled configs, parsed back from their text exactly as a file holding them would
    /// be: the verifier trusts only configs, never the model that produced them.
    /// </summary>
    public static VerifyResult Verify(ModelIndex context, IEnumerable<CompiledConfig> configs, string label) =>
        Verifier.Run(context, configs.ToDictionary(c => c.Hostname, c => c.Text, StringComparer.Ordinal), label);
}
