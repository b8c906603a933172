using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// One ACL as its section builds it. Comware evaluates rules by rule number (match-order config), so
/// rules are kept by number: a rule written without one gets the next multiple of the step above the
/// highest so far, as the device numbers it, and a number written twice replaces the earlier rule.
/// </summary>
internal sealed class AclState(AclHead head, int line)
{
    private const int MaxRule = 65534;

    // The rule as read with its line: its fact is built once, with its comment, when the section is done.
    private readonly SortedDictionary<int, (AclRuleLine Rule, int Line)> rules = [];
    private readonly Dictionary<int, string> comments = [];
    private int step = 5;

    public AclHead Head => head;

    /// <summary>Adds a rule; false when Comware could not number it.</summary>
    public bool Add(AclRuleLine rule, int ruleLine)
    {
        var sequence = rule.Sequence ?? (rules.Count == 0 ? 0 : ((rules.Keys.Max() / step) + 1) * step);
        if (sequence > MaxRule)
        {
            return false;
        }

        rules[sequence] = (rule, ruleLine);
        return true;
    }

    public void Comment(AclRuleComment comment) => comments[comment.Sequence] = comment.Text;

    public void Step(AclStep value) => step = value.Step;

    public AclFact Build() => new(head.Id, line, [.. rules.Select(r => Fact(r.Key, r.Value.Rule, r.Value.Line))]);

    private AclRuleFact Fact(int sequence, AclRuleLine rule, int ruleLine) => new(
        ruleLine,
        sequence,
        rule.Action,
        rule.Protocol,
        rule.ProtocolNumber,
        rule.Source,
        rule.SourcePorts,
        rule.Destination,
        rule.DestinationPorts,
        rule.Established,
        comments.GetValueOrDefault(sequence));
}
