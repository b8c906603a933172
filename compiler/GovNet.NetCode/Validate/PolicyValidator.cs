using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>Loads a repository and checks everything that can be known before compiling: the <c>validate</c> stage.</summary>
public static class PolicyValidator
{
    /// <summary>The rules, in the order their diagnostics are reported; each reads only the model.</summary>
    private static readonly Action<ModelIndex, DiagnosticBag>[] Rules =
    [
        IdentityRules.Check,
        AddressingRules.Check,
        FlowRules.Check,
        InterfaceRules.Check,
        LinkRules.Check,
        GatewayRules.Check,
        HostRules.Check,
        HardwareRules.Check,
        BaselineRules.Check,
        NatRules.Check,
    ];

    public static void Validate(PolicyModel model, DateOnly today, DiagnosticBag diagnostics) =>
        Validate(model, today, diagnostics, inParallel: true);

    /// <summary>
    /// <paramref name="inParallel"/> runs the rules on every core, each into a bag of its own; the bags are
    /// then taken in rule order, so the diagnostics are those of running the rules one after another.
    /// </summary>
    internal static void Validate(PolicyModel model, DateOnly today, DiagnosticBag diagnostics, bool inParallel)
    {
        var context = ModelIndex.Of(model, today);
        var bags = new DiagnosticBag[Rules.Length];
        ByIndex.For(Rules.Length, inParallel, i => Rules[i](context, bags[i] = new DiagnosticBag()));

        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Items);
        }
    }

    /// <summary>Load and validate; the model is returned only when there is no error.</summary>
    public static ValidationResult Run(string repositoryRoot, DateOnly today)
    {
        var diagnostics = new DiagnosticBag();
        var model = PolicyLoader.Load(repositoryRoot, diagnostics);
        if (model is not null)
        {
            Validate(model, today, diagnostics);
        }

        return new ValidationResult(diagnostics.HasErrors ? null : model, diagnostics.ToSortedArray());
    }
}

public sealed record ValidationResult(PolicyModel? Model, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
