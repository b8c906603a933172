using static GovNet.NetCode.Dialects.HardwareCatalogue;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Huawei models and their front-panel ports, numbered slot/subcard/port as the product documents'
/// "Interface Numbering" rules give them: S-series fixed switches count from 1 (0/0/1), AR routers
/// and chassis cards from 0. A chassis is catalogued with the cards this network installs.
/// </summary>
public sealed partial class HuaweiVrpDialect
{
    private static readonly HardwareCatalogue Catalogue = new(
    [
        // AR6280: the fixed ports of the SRU (slot 0): twelve GE, two 10GE; SIC/WSIC cards are not catalogued.
        new("AR6280", [.. Range("GigabitEthernet0/0/", 0, 11), .. Range("XGigabitEthernet0/0/", 0, 1)]),

        // S5700/S5731/S5735 fixed switches: downlinks 0/0/1…, then the uplinks (GE SFP "4S" or 10GE "4X"/"4XC").
        new("S5731-H48T4XC", [.. Range("GigabitEthernet0/0/", 1, 48), .. Range("XGigabitEthernet0/0/", 1, 4)]),
        new("S5735-L24T4S-A1", [.. Range("GigabitEthernet0/0/", 1, 28)]),
        new("S5735-L48T4S-A1", [.. Range("GigabitEthernet0/0/", 1, 52)]),
        new("S5735-L48T4X-A1", [.. Range("GigabitEthernet0/0/", 1, 48), .. Range("XGigabitEthernet0/0/", 1, 4)]),

        // S7706 chassis, six service slots; as installed here: slot 1 a 24-port 10GE SFP+ card, slot 2 a 48-port GE RJ45 card.
        new("S7706", [.. Range("XGigabitEthernet1/0/", 0, 23), .. Range("GigabitEthernet2/0/", 0, 47)]),
    ],
    ["Eth-Trunk", "Vlanif", "LoopBack", "NULL", "Tunnel", "MEth", "Dialer"]);

    public override HardwareCatalogue Hardware => Catalogue;

    public override bool CompilesNat => true;
}
