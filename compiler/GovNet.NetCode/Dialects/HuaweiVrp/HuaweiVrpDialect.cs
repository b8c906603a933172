using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>Huawei VRP (S-series switches, AR/NE routers, USG firewalls).</summary>
public sealed partial class HuaweiVrpDialect : Dialect
{
    public override string Id => HuaweiVrpConfigParser.DialectId;

    // VRP port names: type + slot/card/port (GigabitEthernet0/0/1), Eth-Trunk aggregates.
    [GeneratedRegex(@"^((GigabitEthernet|XGigabitEthernet|Ethernet|MultiGE|10GE|25GE|40GE|100GE)\d{1,2}/\d{1,2}/\d{1,3}|Eth-Trunk\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameRegex();

    protected override Regex PortName => PortNameRegex();

    public override string PortNameExamples => "GigabitEthernet0/0/1, XGigabitEthernet0/0/1, 10GE1/0/1, Eth-Trunk1";

    public override (int First, int Last)? AclNumbers => (3000, 3999);

    public override int AclRuleStep => 5;

    public override (string RangeJoiner, string ItemSeparator, int ItemsPerLine) VlanListStyle => (" to ", " ", 10);

    public override int MaxDescription => 242;

    // S-series ports default to negotiation-desirable (or -auto): the far end decides whether they trunk.
    public override FactoryPort FactoryPort => new(PortMode.Dynamic, 1);

    public override SessionProfile Session => HuaweiVrpSession.Profile;

    public override string ShortPortName(string name) => PortNames.Shorten(name);

    protected override Parsing.DeviceFacts Read(string text, string file) => HuaweiVrpConfigParser.Parse(text, file);
}
