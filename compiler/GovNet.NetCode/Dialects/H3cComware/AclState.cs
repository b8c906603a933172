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

    private readonly SortedDictionary<int, AclRuleFact> rules = [];
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

        rules[sequence] = new AclRuleFact(
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
            Remark: null);
        return true;
    }

    public void Comment(AclRuleComment comment) => comments[comment.Sequence] = comment.Text;

    public void Step(AclStep value) => step = value.Step;

    public AclFact Build() =>
        new(head.Id, line, [.. rules.Values.Select(r => comments.TryGetValue(r.Sequence!.Value, out var text) ? r with { Remark = text } : r)]);
}
