using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// IOS's tables: <c>show lldp neighbors detail</c> (one block per neighbour between dashed rules:
/// Local Intf, Chassis id, Port id, System Name, then a free-text System Description up to a blank
/// line), <c>show mac address-table</c> (Vlan, Mac Address, Type, Ports) and <c>show ip arp</c>
/// (Protocol, Address, Age, Hardware Addr, Type, Interface). The brief neighbour table is not used:
/// it cuts system names at 20 characters.
/// </summary>
internal sealed partial class IosObservedReader : ObservedReader
{
    public static readonly IosObservedReader Instance = new();

    public override string LldpCommand => "show lldp neighbors detail";

    public override string MacTableCommand => "show mac address-table";

    public override string ArpCommand => "show ip arp";

    protected override IReadOnlyList<(string Short, string Full)> PortAbbreviations =>
    [
        ("Twe", "TwentyFiveGigE"),
        ("Te", "TenGigabitEthernet"),
        ("Fo", "FortyGigabitEthernet"),
        ("Hu", "HundredGigE"),
        ("Gig", "GigabitEthernet"),
        ("Gi", "GigabitEthernet"),
        ("Fa", "FastEthernet"),
        ("Po", "Port-channel"),
        ("Et", "Ethernet"),
    ];

    protected override void ReadLldp(ObservedText.Output output, Table table)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entryLine = 0;
        var inDescription = false;

        void Flush()
        {
            if (fields.TryGetValue("Local Intf", out var local) && (fields.ContainsKey("System Name") || fields.ContainsKey("Chassis id")))
            {
                table.Add(new LldpNeighbour(local, fields.GetValueOrDefault("System Name", string.Empty), fields.GetValueOrDefault("Chassis id", string.Empty), fields.GetValueOrDefault("Port id", string.Empty), entryLine));
            }

            fields.Clear();
        }

        for (var i = 0; i < output.Lines.Length; i++)
        {
            var raw = output.Lines[i];
            var line = raw.Trim();
            if (line.Length == 0)
            {
                inDescription = false;
                continue;
            }

            if (Rule().IsMatch(line) || TotalLine().IsMatch(line))
            {
                inDescription = false;
                Flush();
                continue;
            }

            if (inDescription || char.IsWhiteSpace(raw[0]) || DetailLine().IsMatch(line))
            {
                continue;
            }

            if (Field().Match(line) is { Success: true } field)
            {
                var key = field.Groups["key"].Value;
                if (key.Equals("Local Intf", StringComparison.OrdinalIgnoreCase))
                {
                    Flush();
                    entryLine = output.FirstLine + i;
                }

                fields[key] = field.Groups["value"].Value.Trim();
                inDescription = key.Equals("System Description", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            table.Unread(output, i);
        }

        Flush();
    }

    protected override void ReadMacTable(ObservedText.Output output, Table table) => ReadTable(output, table, MacDecoration(), MacLine(), MacRow);

    protected override void ReadArp(ObservedText.Output output, Table table) => ReadTable(output, table, ArpDecoration(), ArpLine(), ArpRow);

    [GeneratedRegex(@"^-{10,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^Total entries displayed:", RegexOptions.CultureInvariant)]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^(Auto Negotiation\b|Capability codes:|\([A-Z]\) |[A-Za-z][A-Za-z0-9 /().-]{0,40} - not advertised$)", RegexOptions.CultureInvariant)]
    private static partial Regex DetailLine();

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9 /().-]{0,40}?):(?:\s+(?<value>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(Mac Address Table|Vlan\s+Mac Address\b.*|-+(\s+-+)*|Total Mac Addresses.*|Multicast Entries)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MacDecoration();

    [GeneratedRegex(@"^(?<vlan>\d{1,4}|All)\s+(?<mac>[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4})\s+(?:STATIC|DYNAMIC|SECURE\w*|static|dynamic)(?:\s+pv)?\s+(?<port>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MacLine();

    [GeneratedRegex(@"^Protocol\s+Address\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex ArpDecoration();

    [GeneratedRegex(@"^Internet\s+(?<ip>\d{1,3}(?:\.\d{1,3}){3})\s+(?:\d+|-)\s+(?<mac>[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}|Incomplete)\s+ARPA(?:\s+(?<interface>\S+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArpLine();
}
