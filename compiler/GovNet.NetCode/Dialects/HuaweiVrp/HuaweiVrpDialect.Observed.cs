namespace GovNet.NetCode.Dialects.HuaweiVrp;

public sealed partial class HuaweiVrpDialect
{
    public override ObservedReader Observed => HuaweiVrpObservedReader.Instance;
}
