namespace GovNet.NetCode.Dialects;

/// <summary>Every supported vendor dialect, by id; adding a vendor is one folder and one line here.</summary>
public static class DialectRegistry
{
    public static readonly IReadOnlyList<Dialect> All =
    [
        new HuaweiVrp.HuaweiVrpDialect(),
        new H3cComware.H3cComwareDialect(),
        new CiscoIos.CiscoIosDialect(),
    ];

    public static Dialect? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
