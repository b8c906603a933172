namespace GovNet.NetCode.Dialects.H3cComware;

public sealed partial class H3cComwareDialect
{
    // Comware: "rule rule-id", rule-id 0 to 65534; the tightest of the three, so gaps fill first here.
    public override (long First, long Last) AclRuleNumbers => (0, 65_534);
}
