using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// Comware 7's tables: <c>display lldp neighbor-information list</c> (System Name, Local Interface,
/// Chassis ID, Port ID, under a legend of agent marks), <c>display mac-address</c> (MAC, VLAN ID,
/// State, Port/NickName, Aging) and <c>display arp</c> (IP, MAC, VLAN/VSI, Interface, Aging, Type).
/// </summary>
internal sealed partial class ComwareObservedReader : ObservedReader
{
    public static readonly ComwareObservedReader Instance = new();

    public override string LldpCommand => "display lldp neighbor-information list";

    public override string MacTableCommand => "display mac-address";

    public override string ArpCommand => "display arp";

    protected override IReadOnlyList<(string Short, string Full)> PortAbbreviations =>
    [
        ("XGE", "Ten-GigabitEthernet"),
        ("WGE", "Twenty-FiveGigE"),
        ("FGE", "FortyGigE"),
        ("HGE", "HundredGigE"),
        ("GE", "GigabitEthernet"),
        ("BAGG", "Bridge-Aggregation"),
        ("RAGG", "Route-Aggregation"),
        ("Eth", "Ethernet"),
    ];

    protected override void ReadLldp(ObservedText.Output output, Table table) => ReadTable(output, table, LldpDecoration(), LldpRow(), Neighbour);

    protected override void ReadMacTable(ObservedText.Output output, Table table) => ReadTable(output, table, MacDecoration(), MacLine(), MacRow);

    protected override void ReadArp(ObservedText.Output output, Table table) => ReadTable(output, table, ArpDecoration(), ArpLine(), ArpRow);

    [GeneratedRegex(@"^(Chassis ID\s*:.*|[*#]\s+--\s+--.*|Default\s+--\s+--.*|System Name\s+Local Interface\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LldpDecoration();

    [GeneratedRegex(@"^(?<device>\S+)\s+(?<local>\S+)\s+(?<chassis>\S+)\s+(?<port>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LldpRow();

    [GeneratedRegex(@"^(MAC Address\s+VLAN ID\b.*|-+|---.*entries.*|Total.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MacDecoration();

    [GeneratedRegex(@"^(?<mac>[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4})\s+(?<vlan>\d{1,4})\s+(?:Learned|Config static|Config dynamic|Static|Dynamic|Security|Blackhole|Multiport)\s+(?<port>\S+)\s+[YN]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MacLine();

    [GeneratedRegex(@"^(Type:.*|IP address\s+MAC address\b.*|-+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArpDecoration();

    [GeneratedRegex(@"^(?<ip>\d{1,3}(?:\.\d{1,3}){3})\s+(?<mac>[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4})\s+(?<vlan>\d{1,4}|N/A|--)\s+(?<interface>\S+)\s+(?:\d+|N/A|--)\s+[SDORMI]$", RegexOptions.CultureInvariant)]
    private static partial Regex ArpLine();
}
