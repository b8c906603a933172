using System.Collections.Immutable;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>Which rule grammar an ACL takes: basic (2000-2999), advanced (3000-3999), or another kind the parser does not read.</summary>
internal enum HuaweiVrpAclKind
{
    Basic,
    Advanced,
    Other,
}

/// <summary>
/// One ACL while its lines are read. VRP evaluates a <c>match-order config</c> ACL by ascending
/// rule id, whatever order the lines came in, and a rule written without an id gets the next
/// multiple of the step above the highest id so far; a second rule with an id already used
/// replaces the first, as re-entering it on the device does.
/// </summary>
internal sealed class HuaweiVrpAclBuilder(string id, int line, HuaweiVrpAclKind kind)
{
    private const int Step = 5;

    private readonly Dictionary<long, AclRuleFact> rules = [];
    private readonly Dictionary<int, string> remarks = [];
    private long highest = -1;

    public string Id { get; } = id;

    public int Line { get; } = line;

    public HuaweiVrpAclKind Kind { get; } = kind;

    public void Add(AclRuleFact rule)
    {
        long order = rule.Sequence ?? (highest < 0 ? Step : (highest / Step + 1) * Step);
        highest = Math.Max(highest, order);
        rules[order] = rule;
    }

    public void Remark(int sequence, string text) => remarks[sequence] = text;

    public AclFact ToFact() => new(
        Id,
        Line,
        [.. rules.OrderBy(r => r.Key).Select(r => r.Value.Sequence is { } s && remarks.TryGetValue(s, out var remark) ? r.Value with { Remark = remark } : r.Value)]);

    /// <summary>The rule grammar of an ACL number: 2000-2999 basic, 3000-3999 advanced.</summary>
    public static HuaweiVrpAclKind KindOf(int number) => number switch
    {
        >= 2000 and <= 2999 => HuaweiVrpAclKind.Basic,
        >= 3000 and <= 3999 => HuaweiVrpAclKind.Advanced,
        _ => HuaweiVrpAclKind.Other,
    };
}

/// <summary>An ACL section's first line, read: the id interfaces bind it by, its kind, its name if it has a number too.</summary>
internal sealed record HuaweiVrpAclHeader(string Id, HuaweiVrpAclKind Kind, string? AliasName, bool AutoOrder)
{
    /// <summary>
    /// <c>acl number N</c>, <c>acl N</c> or <c>acl name X [basic|advance|N]</c>, each with an
    /// optional <c>match-order config|auto</c>; null for anything else (IPv6 and layer-2 forms
    /// included, which name other kinds of filter).
    /// </summary>
    public static HuaweiVrpAclHeader? Read(string text)
    {
        var words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var i = 1;
        string id;
        HuaweiVrpAclKind kind;
        string? alias = null;
        if (words[i].Equals("number", StringComparison.OrdinalIgnoreCase) && words.Length > 2 && Number(words[2]) is { } n)
        {
            (id, kind, i) = (words[2], HuaweiVrpAclBuilder.KindOf(n), 3);
        }
        else if (Number(words[i]) is { } bare)
        {
            (id, kind, i) = (words[1], HuaweiVrpAclBuilder.KindOf(bare), 2);
        }
        else if (words[i].Equals("name", StringComparison.OrdinalIgnoreCase) && words.Length > 2)
        {
            (id, kind, i) = (words[2], HuaweiVrpAclKind.Advanced, 3);
            if (i < words.Length && Number(words[i]) is { } number)
            {
                (alias, id, kind) = (id, words[i], HuaweiVrpAclBuilder.KindOf(number));
                i++;
            }
            else if (i < words.Length && words[i].ToLowerInvariant() is "basic" or "advance")
            {
                kind = words[i].Equals("basic", StringComparison.OrdinalIgnoreCase) ? HuaweiVrpAclKind.Basic : HuaweiVrpAclKind.Advanced;
                i++;
            }
        }
        else
        {
            return null;
        }

        var auto = false;
        if (i + 1 < words.Length && words[i].Equals("match-order", StringComparison.OrdinalIgnoreCase))
        {
            auto = words[i + 1].Equals("auto", StringComparison.OrdinalIgnoreCase);
            if (!auto && !words[i + 1].Equals("config", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            i += 2;
        }

        return i == words.Length ? new HuaweiVrpAclHeader(id, kind, alias, auto) : null;
    }

    private static int? Number(string word) => HuaweiVrpLineGrammar.ToNumber(word) is >= 0 and var n ? n : null;
}
