using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>H3C Comware 5 and 7 (S-series switches, MSR routers).</summary>
public sealed partial class H3cComwareDialect : Dialect
{
    public override string Id => "h3c-comware";

    // Comware port names: type + member/slot/port (GigabitEthernet1/0/1), Bridge- and Route-Aggregation.
    [GeneratedRegex(@"^((GigabitEthernet|Ten-GigabitEthernet|Twenty-FiveGigE|FortyGigE|HundredGigE|Ethernet)\d{1,2}/\d{1,2}/\d{1,3}|(Bridge|Route)-Aggregation\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameRegex();

    protected override Regex PortName => PortNameRegex();

    public override string PortNameExamples => "GigabitEthernet1/0/1, Ten-GigabitEthernet1/0/49, Bridge-Aggregation1";

    public override (int First, int Last)? AclNumbers => (3000, 3999);

    public override int AclRuleStep => 5;

    public override (string RangeJoiner, string ItemSeparator, int ItemsPerLine) VlanListStyle => (" to ", " ", 10);

    public override int MaxDescription => 255;

    // A bridge-mode port with no link type is an access port in VLAN 1.
    public override FactoryPort FactoryPort => new(PortMode.Access, 1);

    public override SessionProfile Session => ComwareSession.Profile;

    public override string ShortPortName(string name) => PortNames.Shorten(name);

    protected override Parsing.DeviceFacts Read(string text, string file) => H3cComwareConfigParser.Parse(text, file);
}
