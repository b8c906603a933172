namespace GovNet.NetCode.Dialects.CiscoIos;

public sealed partial class CiscoIosDialect
{
    // IOS named extended ACLs: sequence numbers 1 to 2147483647.
    public override (long First, long Last) AclRuleNumbers => (1, 2_147_483_647);
}
