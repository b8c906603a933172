using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Dialects.H3cComware;
using GovNet.NetCode.Dialects.HuaweiVrp;

namespace GovNet.NetCode.Dialects;

/// <summary>Every supported vendor dialect, by id; adding a vendor is one folder and one line here.</summary>
public static class DialectRegistry
{
    public static readonly IReadOnlyList<Dialect> All =
    [
        new HuaweiVrpDialect(),
        new H3cComwareDialect(),
        new CiscoIosDialect(),
    ];

    public static Dialect? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
