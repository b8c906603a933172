using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>Cisco IOS and IOS-XE (Catalyst switches, ISR routers).</summary>
public sealed partial class CiscoIosDialect : Dialect
{
    public override string Id => "cisco-ios";

    // IOS port names: type + slot/port or switch/module/port (GigabitEthernet0/1, GigabitEthernet1/0/1), Port-channel aggregates.
    [GeneratedRegex(@"^((FastEthernet|GigabitEthernet|TenGigabitEthernet|TwentyFiveGigE|FortyGigabitEthernet|HundredGigE|Ethernet)\d{1,2}/\d{1,2}(/\d{1,3})?|Port-channel\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameRegex();

    protected override Regex PortName => PortNameRegex();

    public override string PortNameExamples => "GigabitEthernet0/1, GigabitEthernet1/0/1, TenGigabitEthernet1/1/1, Port-channel1";

    public override (int First, int Last)? AclNumbers => null;

    public override int AclRuleStep => 10;

    public override (string RangeJoiner, string ItemSeparator, int ItemsPerLine) VlanListStyle => ("-", ",", 30);

    public override int MaxDescription => 240;

    // Catalyst switch ports default to dynamic auto: the far end decides whether they trunk.
    public override FactoryPort FactoryPort => new(PortMode.Dynamic, 1);

    public override SessionProfile Session => IosSession.Profile;

    public override string ShortPortName(string name) => PortNames.Shorten(name);

    protected override Parsing.DeviceFacts Read(string text, string file) => CiscoIosConfigParser.Parse(text, file);
}
