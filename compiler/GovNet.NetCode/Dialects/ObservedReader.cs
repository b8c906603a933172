using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// One dialect's observed-state commands and how to read their tables. The dialect folder holds the
/// command words, the row patterns and the port abbreviations; this skeleton splits the observed
/// file by command and makes sure every output line ends either in a fact, as a known decoration
/// (headers, rules, totals), or as an unparsed line reported with its command.
/// </summary>
public abstract partial class ObservedReader
{
    /// <summary>Lists the LLDP neighbours (system name, chassis id, port id, local port).</summary>
    public abstract string LldpCommand { get; }

    /// <summary>Prints the MAC address table.</summary>
    public abstract string MacTableCommand { get; }

    /// <summary>Prints the ARP table.</summary>
    public abstract string ArpCommand { get; }

    /// <summary>The commands in the order a session sends them.</summary>
    public IReadOnlyList<string> Commands => [LldpCommand, MacTableCommand, ArpCommand];

    /// <summary>Short type names this dialect prints, with the full name the inventory writes, longest first where one begins another.</summary>
    protected abstract IReadOnlyList<(string Short, string Full)> PortAbbreviations { get; }

    public string FullPortName(string name)
    {
        foreach (var (shortName, full) in PortAbbreviations)
        {
            if (name.Length > shortName.Length && name.StartsWith(shortName, StringComparison.OrdinalIgnoreCase) && char.IsDigit(name[shortName.Length]))
            {
                return full + name[shortName.Length..];
            }
        }

        return name;
    }

    public ObservedFacts Read(string text)
    {
        var table = new Table();
        foreach (var output in ObservedText.Read(text))
        {
            Action<ObservedText.Output, Table>? read =
                output.Command == LldpCommand ? ReadLldp
                : output.Command == MacTableCommand ? ReadMacTable
                : output.Command == ArpCommand ? ReadArp
                : null;
            if (read is null)
            {
                for (var i = 0; i < output.Lines.Length; i++)
                {
                    table.Unread(output, i);
                }
            }
            else
            {
                read(output, table);
            }
        }

        return table.Facts();
    }

    protected abstract void ReadLldp(ObservedText.Output output, Table table);

    protected abstract void ReadMacTable(ObservedText.Output output, Table table);

    protected abstract void ReadArp(ObservedText.Output output, Table table);

    /// <summary>
    /// Reads a table one line at a time: <paramref name="row"/> turns a line into facts (true) or
    /// declines; blank lines and <paramref name="decoration"/> are understood; the rest is unparsed.
    /// </summary>
    protected static void ReadRows(ObservedText.Output output, Table table, Regex decoration, Func<string, int, bool> row)
    {
        for (var i = 0; i < output.Lines.Length; i++)
        {
            var line = output.Lines[i].Trim();
            if (line.Length == 0 || decoration.IsMatch(line) || row(line, output.FirstLine + i))
            {
                continue;
            }

            table.Unread(output, i);
        }
    }

    /// <summary>Reads a table whose rows one pattern matches, each turned into a fact by <paramref name="add"/> (see <see cref="Neighbour"/>, <see cref="MacRow"/>, <see cref="ArpRow"/>).</summary>
    protected static void ReadTable(ObservedText.Output output, Table table, Regex decoration, Regex row, Func<Table, Match, int, bool> add) =>
        ReadRows(output, table, decoration, (line, number) => row.Match(line) is { Success: true } match && add(table, match, number));

    /// <summary>An LLDP row from the groups <c>local</c>, <c>device</c>, <c>chassis</c> (may be absent) and <c>port</c>.</summary>
    protected static bool Neighbour(Table table, Match row, int number)
    {
        table.Add(new LldpNeighbour(row.Groups["local"].Value, row.Groups["device"].Value, row.Groups["chassis"].Value, row.Groups["port"].Value.Trim(), number));
        return true;
    }

    /// <summary>A MAC-table row from the groups <c>mac</c>, <c>vlan</c> and <c>port</c>.</summary>
    protected static bool MacRow(Table table, Match row, int number)
    {
        if (Mac(row.Groups["mac"].Value) is not { } mac)
        {
            return false;
        }

        table.Add(new MacEntry(mac, Vlan(row.Groups["vlan"].Value), row.Groups["port"].Value, number));
        return true;
    }

    /// <summary>
    /// An ARP row from the groups <c>ip</c>, <c>mac</c>, <c>interface</c> and <c>vlan</c>; without a VLAN
    /// column the VLAN is the interface's when it is a VLAN interface. A row whose card is not resolved
    /// (IOS <c>Incomplete</c>) is understood and gives no fact.
    /// </summary>
    protected static bool ArpRow(Table table, Match row, int number)
    {
        if (Address(row.Groups["ip"].Value) is not { } ip)
        {
            return false;
        }

        if (Mac(row.Groups["mac"].Value) is { } mac)
        {
            var port = row.Groups["interface"].Value;
            var vlan = row.Groups["vlan"].Success ? Vlan(row.Groups["vlan"].Value) : port.StartsWith("Vlan", StringComparison.OrdinalIgnoreCase) ? Vlan(port) : null;
            table.Add(new ArpEntry(ip, mac, vlan, port, number));
        }

        return true;
    }

    protected static MacAddress? Mac(string text) => MacAddress.TryParse(text, out var mac) ? mac : null;

    protected static Ipv4Address? Address(string text) => Ipv4Address.TryParse(text, out var address) ? address : null;

    /// <summary>A VLAN as tables print it: <c>10</c>, <c>10/-/-</c>, <c>Vlan10</c>, <c>Vlanif10</c>; null for none.</summary>
    protected static int? Vlan(string text)
    {
        var digits = VlanDigits().Match(text);
        return digits.Success && int.TryParse(digits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var vlan) && vlan is >= 1 and <= 4094 ? vlan : null;
    }

    /// <summary>The facts of one observed file as they are read.</summary>
    protected internal sealed class Table
    {
        private readonly List<LldpNeighbour> neighbours = [];
        private readonly List<MacEntry> macs = [];
        private readonly List<ArpEntry> arp = [];
        private readonly List<UnparsedLine> unparsed = [];

        public void Add(LldpNeighbour neighbour) => neighbours.Add(neighbour);

        public void Add(MacEntry entry) => macs.Add(entry);

        public void Add(ArpEntry entry) => arp.Add(entry);

        public ArpEntry? LastArp => arp.Count == 0 ? null : arp[^1];

        public void ReplaceLastArp(ArpEntry entry) => arp[^1] = entry;

        public void Unread(ObservedText.Output output, int index)
        {
            var text = output.Lines[index].Trim();
            var clipped = text.Length > FactsBuilder.MaxReported ? text[..FactsBuilder.MaxReported] : text;
            unparsed.Add(new UnparsedLine(output.FirstLine + index, clipped, output.Command.Length == 0 ? FactsBuilder.SessionSection : output.Command, false));
        }

        public ObservedFacts Facts() => new([.. neighbours], [.. macs], [.. arp], [.. unparsed]);
    }

    [GeneratedRegex(@"^(?:vlan(?:if)?)?(\d{1,4})(?:/\S*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VlanDigits();
}
