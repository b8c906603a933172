using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>What drift must not count in a VRP config: "#" separators and "!" headers (Software Version, last saved/updated times); and how ACL rules are spelled for comparison.</summary>
public sealed partial class HuaweiVrpDialect
{
    [GeneratedRegex(@"^(#|!.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolatileLineRegex();

    // acl number 3001, acl name X, acl ipv6 number 3001: rules are matched first to last.
    [GeneratedRegex(@"^acl\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedSectionRegex();

    protected override Regex VolatileLine => VolatileLineRegex();

    protected override Regex OrderedSection => OrderedSectionRegex();

    private static readonly AclSpelling.PortNumber PortNumbers = AclSpelling.Table(HuaweiVrpServiceNames.Ports);

    // rule 5 permit tcp … destination-port eq www: display prints well-known ports by name.
    protected override string Spelling(string line) => AclSpelling.NumberedRule(line, HuaweiVrpServiceNames.Protocols, PortNumbers);

    // Rules are evaluated by their number (config match order), whatever order a text lists them in.
    public override string RuleBody(string line) => AclSpelling.WithoutRuleNumber(line);

    public override int? RuleNumber(string line) => AclSpelling.RuleNumberOf(line);
}
