namespace GovNet.NetCode.Dialects.HuaweiVrp;

public sealed partial class HuaweiVrpDialect
{
    // VRP: "rule rule-id", rule-id 0 to 4294967294.
    public override (long First, long Last) AclRuleNumbers => (0, 4_294_967_294);
}
