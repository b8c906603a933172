namespace GovNet.NetCode.Dialects.H3cComware;

public sealed partial class H3cComwareDialect
{
    public override ObservedReader Observed => ComwareObservedReader.Instance;
}
