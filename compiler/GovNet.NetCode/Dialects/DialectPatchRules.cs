namespace GovNet.NetCode.Dialects;

/// <summary>Each dialect's remediation knowledge (see <see cref="Dialects.PatchRules"/>), kept in a file of its own in the vendor's folder.</summary>
public abstract partial class Dialect
{
    public abstract PatchRules PatchRules { get; }
}
