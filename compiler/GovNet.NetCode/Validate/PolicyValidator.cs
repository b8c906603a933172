using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>Loads a repository and checks everything that can be known before compiling: the <c>validate</c> stage.</summary>
public static class PolicyValidator
{
    public static void Validate(PolicyModel model, DateOnly today, DiagnosticBag diagnostics)
    {
        var context = new ModelIndex(model, today);
        IdentityRules.Check(context, diagnostics);
        AddressingRules.Check(context, diagnostics);
        FlowRules.Check(context, diagnostics);
        InterfaceRules.Check(context, diagnostics);
        LinkRules.Check(context, diagnostics);
        GatewayRules.Check(context, diagnostics);
        HostRules.Check(context, diagnostics);
        HardwareRules.Check(context, diagnostics);
        BaselineRules.Check(context, diagnostics);
        NatRules.Check(context, diagnostics);
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
