using static GovNet.NetCode.Dialects.HardwareCatalogue;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Cisco Catalyst models and their front-panel ports (switch/module/port: downlinks on module 0,
/// uplinks on module 1), as the Catalyst 9200 and 9300 hardware installation guides number them.
/// Every Catalyst 9000 routes by default (<c>ip routing</c>). The out-of-band GigabitEthernet0/0 is
/// not catalogued: it sits in the management VRF, not in a plane's VLANs.
/// </summary>
public sealed partial class CiscoIosDialect
{
    private static readonly HardwareCatalogue Catalogue = new(
    [
        new("C9200L-24T-4G", [.. Range("GigabitEthernet1/0/", 1, 24), .. Range("GigabitEthernet1/1/", 1, 4)], RoutesByDefault: true),
        new("C9200L-24T-4X", [.. Range("GigabitEthernet1/0/", 1, 24), .. Range("TenGigabitEthernet1/1/", 1, 4)], RoutesByDefault: true),
        new("C9200L-48T-4G", [.. Range("GigabitEthernet1/0/", 1, 48), .. Range("GigabitEthernet1/1/", 1, 4)], RoutesByDefault: true),
        new("C9200L-48T-4X", [.. Range("GigabitEthernet1/0/", 1, 48), .. Range("TenGigabitEthernet1/1/", 1, 4)], RoutesByDefault: true),

        // C9300-24S: 24 GE SFP downlinks; the network module installed here is the 8-port 10GE C9300-NM-8X.
        new("C9300-24S", [.. Range("GigabitEthernet1/0/", 1, 24), .. Range("TenGigabitEthernet1/1/", 1, 8)], RoutesByDefault: true),
    ],
    ["Port-channel", "Vlan", "Loopback", "Tunnel", "Null", "GigabitEthernet0/0", "AppGigabitEthernet"]);

    public override HardwareCatalogue Hardware => Catalogue;
}
