using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// VRP's tables: <c>display lldp neighbor brief</c> (Local Intf, Neighbor Dev, Neighbor Intf,
/// Exptime), <c>display mac-address</c> (MAC, VLAN/VSI/BD, Learned-From, Type) and <c>display arp</c>
/// (IP, MAC, EXPIRE, TYPE, INTERFACE; the VLAN on the line below a dynamic entry, as <c>10/-</c>).
/// The brief LLDP table carries no chassis id: it is left empty.
/// </summary>
internal sealed partial class HuaweiVrpObservedReader : ObservedReader
{
    public static readonly HuaweiVrpObservedReader Instance = new();

    public override string LldpCommand => "display lldp neighbor brief";

    public override string MacTableCommand => "display mac-address";

    public override string ArpCommand => "display arp";

    protected override IReadOnlyList<(string Short, string Full)> PortAbbreviations =>
    [
        ("XGE", "XGigabitEthernet"),
        ("GE", "GigabitEthernet"),
        ("Eth-Trunk", "Eth-Trunk"),
        ("Eth", "Ethernet"),
    ];

    protected override void ReadLldp(ObservedText.Output output, Table table) => ReadTable(output, table, LldpDecoration(), LldpRow(), Neighbour);

    protected override void ReadMacTable(ObservedText.Output output, Table table) => ReadTable(output, table, MacDecoration(), MacLine(), MacRow);

    protected override void ReadArp(ObservedText.Output output, Table table) =>
        ReadRows(output, table, ArpDecoration(), (line, number) =>
        {
            if (ArpLine().Match(line) is { Success: true } row)
            {
                return ArpRow(table, row, number);
            }

            // The second line of a dynamic entry learned on a Layer 2 port: its VLAN (and CE-VLAN).
            if (ArpVlanLine().Match(line) is { Success: true } vlan && table.LastArp is { Vlan: null } last && last.Line == number - 1)
            {
                table.ReplaceLastArp(last with { Vlan = Vlan(vlan.Groups["vlan"].Value) });
                return true;
            }

            return false;
        });

    [GeneratedRegex(@"^(Local Intf|Local Interface)\b.*$|^-+$", RegexOptions.CultureInvariant)]
    private static partial Regex LldpDecoration();

    [GeneratedRegex(@"^(?<local>\S+)\s+(?<device>\S+)\s+(?<port>\S.*?)\s+\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex LldpRow();

    [GeneratedRegex(@"^(MAC Address\b.*|VSI/SI\b.*|MAC-Tunnel\b.*|-+|Total (matching )?items.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MacDecoration();

    [GeneratedRegex(@"^(?<mac>[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4})\s+(?<vlan>\d+(?:/\S+)?)\s+(?:[-\d]+\s+[-\d]+\s+)?(?<port>[A-Za-z][\w\-]*\d[\d/.:]*)\s+\S+(?:\s+\S+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MacLine();

    [GeneratedRegex(@"^(IP ADDRESS\b.*|VLAN/CEVLAN\b.*|-+|Total:.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArpDecoration();

    [GeneratedRegex(@"^(?<ip>\d{1,3}(?:\.\d{1,3}){3})\s+(?<mac>[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4})\s+(?:\d+\s+)?(?:I\s+-|[A-Z]+(?:-\d+)?)\s+(?<interface>\S+)(?:\s+\S+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArpLine();

    [GeneratedRegex(@"^(?<vlan>\d{1,4})/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex ArpVlanLine();
}
