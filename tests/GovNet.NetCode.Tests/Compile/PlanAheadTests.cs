using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Mutations;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// The pipeline starts translation's shared plans while validation runs. A translation that takes those
/// plans must equal one that plans for itself, in order; on an invalid model the plans must neither
/// throw out of their task nor change what validation reports.
/// </summary>
public sealed class PlanAheadTests
{
    private static readonly Lazy<TemplateLibrary> Templates = new(CompileHarness.Templates);

    [Property(MaxTest = 15)]
    public Property Translating_with_plans_made_ahead_equals_translating_in_order() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            AssertSameTranslation(CompileHarness.Model(folder.Path));
        });

    [Fact]
    public void The_example_translates_the_same_with_plans_made_ahead() =>
        AssertSameTranslation(CompileHarness.Model(NetcodeProcess.RepositoryRoot()));

    [Fact]
    public void The_county_network_translates_the_same_with_plans_made_ahead()
    {
        using var folder = NetworkGenerator.Generate(NetworkSpec.County).Files.WriteToTemporaryDirectory();
        AssertSameTranslation(CompileHarness.Model(folder.Path));
    }

    [Property(MaxTest = 40)]
    public Property Planning_ahead_of_an_invalid_model_changes_no_diagnostic() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (spec, choice) =>
        {
            var network = NetworkGenerator.Generate(spec);
            var applicable = MutationCatalogue.ApplicableTo(network);
            var mutation = applicable[choice % applicable.Length];
            using var folder = mutation.Apply(network, new Random(choice)).WriteToTemporaryDirectory();
            if (PolicyLoader.Load(folder.Path, new DiagnosticBag()) is not { } model
                || PolicyLoader.Load(folder.Path, new DiagnosticBag()) is not { } copy)
            {
                return;
            }

            var alone = new DiagnosticBag();
            PolicyValidator.Validate(model, MiniRepo.Today, alone, inParallel: false);

            // A model loaded afresh, so that no fact of the first validation is shared with this one.
            var planned = NetworkCompiler.PlanAhead(ModelIndex.Of(copy, MiniRepo.Today));
            var alongside = new DiagnosticBag();
            PolicyValidator.Validate(copy, MiniRepo.Today, alongside, inParallel: true);
            Assert.Equal(Describe(alone.Items), Describe(alongside.Items));
            Assert.True(planned.Wait(TimeSpan.FromMinutes(1)), "the plans did not finish");
            Assert.Equal(TaskStatus.RanToCompletion, planned.Status);
        });

    private static void AssertSameTranslation(PolicyModel model)
    {
        var inOrder = Translate(model, inParallel: false);

        // An equal copy of the model gets an index of its own, so the plans below are not those made in order.
        var copy = model with { };
        _ = NetworkCompiler.PlanAhead(ModelIndex.Of(copy, MiniRepo.Today));
        Assert.Equal(inOrder, Translate(copy, inParallel: true));
    }

    private static string Translate(PolicyModel model, bool inParallel)
    {
        var diagnostics = new DiagnosticBag();
        var translated = NetworkCompiler.Translate(model, MiniRepo.Today, AclNumberBook.Empty, diagnostics, inParallel);
        Assert.NotNull(translated);
        var configs = ConfigRenderer.Render(translated.Value.Views, Templates.Value, diagnostics);
        Assert.NotNull(configs);
        return string.Join('\n', [
            .. configs.Value.Select(c => $"{c.FileName} {c.Sha256} {string.Join(',', c.Sources)}"),
            AclNumberFile.Format(translated.Value.Numbers),
            .. Describe(diagnostics.Items)]);
    }

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Span} {d.Message}");
}
