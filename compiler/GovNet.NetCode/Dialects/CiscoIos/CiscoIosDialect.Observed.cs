namespace GovNet.NetCode.Dialects.CiscoIos;

public sealed partial class CiscoIosDialect
{
    public override ObservedReader Observed => IosObservedReader.Instance;
}
