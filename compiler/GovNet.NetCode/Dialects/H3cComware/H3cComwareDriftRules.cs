using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>What drift must not count in a Comware config: "#" separators and the " version 7.1.064, Release …" banner, which changes on upgrade; and how ACL rules are spelled for comparison.</summary>
public sealed partial class H3cComwareDialect
{
    [GeneratedRegex(@"^(#.*|version \d.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolatileLineRegex();

    // acl advanced 3001, acl number 3001, acl basic name X: rules are matched first to last.
    [GeneratedRegex(@"^acl\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedSectionRegex();

    protected override Regex VolatileLine => VolatileLineRegex();

    protected override Regex OrderedSection => OrderedSectionRegex();

    private static readonly AclSpelling.PortNumber PortNumbers = AclSpelling.Table(ComwareNames.Ports);

    // rule 5 permit tcp … destination-port eq www: display prints well-known ports by name.
    protected override string Spelling(string line) => AclSpelling.NumberedRule(line, ComwareNames.Protocols, PortNumbers);

    // Rules are evaluated by their number (config match order), whatever order a text lists them in.
    public override string RuleBody(string line) => AclSpelling.WithoutRuleNumber(line);

    public override int? RuleNumber(string line) => AclSpelling.RuleNumberOf(line);
}
