using System.Collections.Immutable;
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
/// Validation rules and device translation run on every core, and translation's shared plans alongside
/// validation; what they produce must be exactly what running them one after another produces: the same
/// configs, the same rule-number book and the same diagnostics in the same order (not only once sorted).
/// </summary>
public sealed class ParallelTranslationTests
{
    private static readonly Lazy<TemplateLibrary> Templates = new(CompileHarness.Templates);

    [Property(MaxTest = 15)]
    public Property Translating_in_parallel_equals_translating_in_order() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            AssertSameTranslation(CompileHarness.Model(folder.Path), $"{spec}");
        });

    [Fact]
    public void The_example_translates_the_same_in_parallel_and_in_order() =>
        AssertSameTranslation(CompileHarness.Model(NetcodeProcess.RepositoryRoot()), "the example");

    [Fact]
    public void The_county_network_translates_the_same_in_parallel_and_in_order()
    {
        using var folder = NetworkGenerator.Generate(NetworkSpec.County).Files.WriteToTemporaryDirectory();
        AssertSameTranslation(CompileHarness.Model(folder.Path), "the county network");
    }

    [Property(MaxTest = 30)]
    public Property Validating_in_parallel_reports_what_validating_in_order_reports() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (spec, choice) =>
        {
            var network = NetworkGenerator.Generate(spec);
            var applicable = MutationCatalogue.ApplicableTo(network);
            var mutation = applicable[choice % applicable.Length];
            using var folder = mutation.Apply(network, new Random(choice)).WriteToTemporaryDirectory();
            var loaded = new DiagnosticBag();
            if (PolicyLoader.Load(folder.Path, loaded) is not { } model)
            {
                return;
            }

            var inOrder = new DiagnosticBag();
            PolicyValidator.Validate(model, MiniRepo.Today, inOrder, inParallel: false);
            var inParallel = new DiagnosticBag();
            PolicyValidator.Validate(model, MiniRepo.Today, inParallel, inParallel: true);
            Assert.Equal(Describe(inOrder.Items), Describe(inParallel.Items));

            // The pipeline plans translation while validating; on an equal copy (an index of its own), so that
            // nothing validated above is shared, the plans must not change a diagnostic nor fail out of their task.
            var copy = model with { };
            var planned = NetworkCompiler.PlanAhead(ModelIndex.Of(copy, MiniRepo.Today));
            var alongside = new DiagnosticBag();
            PolicyValidator.Validate(copy, MiniRepo.Today, alongside, inParallel: true);
            Assert.Equal(Describe(inOrder.Items), Describe(alongside.Items));
            Assert.True(planned.Wait(TimeSpan.FromMinutes(1)), "the plans made ahead did not finish");
            Assert.Equal(TaskStatus.RanToCompletion, planned.Status);
        });

    /// <summary>
    /// Translates in order and in parallel, first afresh and then against a book that squeezes every ACL's
    /// numbers together and forgets every other rule, so that rules must be renumbered and each device
    /// reports warnings of its own: their order is what a parallel run could most easily get wrong.
    /// </summary>
    private static void AssertSameTranslation(PolicyModel model, string label)
    {
        var (fresh, book) = Translate(model, AclNumberBook.Empty, inParallel: false);
        Assert.Equal(fresh, Translate(model, AclNumberBook.Empty, inParallel: true).Translation);
        Assert.True(fresh.Diagnostics.Length == 0, $"{label}: {fresh.Diagnostics}");

        // As the pipeline does: the shared plans made ahead, on another core, for an equal copy (an index of its own).
        var copy = model with { };
        _ = NetworkCompiler.PlanAhead(ModelIndex.Of(copy, MiniRepo.Today));
        Assert.Equal(fresh, Translate(copy, AclNumberBook.Empty, inParallel: true).Translation);

        var squeezed = Squeezed(book);
        var (renumbered, _) = Translate(model, squeezed, inParallel: false);
        Assert.Equal(renumbered, Translate(model, squeezed, inParallel: true).Translation);
        Assert.True(
            book.Acls.Values.All(rules => rules.Length < 3) || renumbered.Diagnostics.Contains(Codes.AclRulesRenumbered, StringComparison.Ordinal),
            $"{label}: no rule was renumbered");
    }

    private static (Translation Translation, AclNumberBook Book) Translate(PolicyModel model, AclNumberBook previous, bool inParallel)
    {
        var diagnostics = new DiagnosticBag();
        var translated = NetworkCompiler.Translate(model, MiniRepo.Today, previous, diagnostics, inParallel);
        Assert.NotNull(translated);
        var configs = ConfigRenderer.Render(translated.Value.Views, Templates.Value, diagnostics);
        Assert.NotNull(configs);
        var translation = new Translation(
            string.Join('\n', configs.Value.Select(c => $"{c.FileName} {c.Sha256} {string.Join(',', c.Sources)}")),
            AclNumberFile.Format(translated.Value.Numbers),
            string.Join('\n', Describe(diagnostics.Items)));
        return (translation, translated.Value.Numbers);
    }

    /// <summary>Every other rule of each ACL of three rules or more, numbered one apart from its first number: no room left for the rules between.</summary>
    private static AclNumberBook Squeezed(AclNumberBook book) =>
        new(book.Acls.ToImmutableSortedDictionary(
            a => a.Key,
            a => a.Value.Length < 3 ? a.Value : [.. a.Value.Where((_, i) => i % 2 == 0).Select((rule, i) => rule with { Number = a.Value[0].Number + i })],
            AclNumberBook.KeyOrder.Instance));

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Span} {d.Message}");

    private sealed record Translation(string Configs, string NumberFile, string Diagnostics);
}
