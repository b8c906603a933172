using static GovNet.NetCode.Dialects.HardwareCatalogue;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// H3C models and their front-panel ports (member/slot/port, counted from 1; the 10GE uplinks keep
/// counting after the GE ports, Ten-GigabitEthernet1/0/25 on a 24-port switch), as the installation
/// guides of the S5130S-EI and S5560X-EI series list them.
/// </summary>
public sealed partial class H3cComwareDialect
{
    private static readonly HardwareCatalogue Catalogue = new(
    [
        new("S5130S-28P-EI", [.. Range("GigabitEthernet1/0/", 1, 28)]),
        new("S5130S-28S-EI", [.. Range("GigabitEthernet1/0/", 1, 24), .. Range("Ten-GigabitEthernet1/0/", 25, 28)]),
        new("S5130S-52P-EI", [.. Range("GigabitEthernet1/0/", 1, 52)]),
        new("S5130S-52S-EI", [.. Range("GigabitEthernet1/0/", 1, 48), .. Range("Ten-GigabitEthernet1/0/", 49, 52)]),

        // S5560X-30F-EI: 24 GE SFP, 4 10GE SFP+; the expansion slot is empty here.
        new("S5560X-30F-EI", [.. Range("GigabitEthernet1/0/", 1, 24), .. Range("Ten-GigabitEthernet1/0/", 25, 28)]),
    ],
    ["Bridge-Aggregation", "Route-Aggregation", "Vlan-interface", "LoopBack", "NULL", "Tunnel", "M-GigabitEthernet"]);

    public override HardwareCatalogue Hardware => Catalogue;
}
