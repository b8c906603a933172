using System.Collections.Frozen;
using System.Collections.Immutable;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpLineGrammar;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>One option of a rule line, by its keyword; only the field its keyword needs is set.</summary>
internal sealed record RuleOption(string Keyword, AddressMatch? Address = null, PortMatch? Ports = null, string? Value = null);

/// <summary>A rule line as written: <c>rule [N] permit|deny [PROTOCOL] OPTION…</c>. Meaning is checked by the reader.</summary>
internal sealed record RuleLine(int? Sequence, AclAction Action, string? Protocol, ImmutableArray<RuleOption> Options);

/// <summary><c>rule N description TEXT</c>.</summary>
internal sealed record RuleRemark(int Sequence, string Text);

/// <summary>
/// The Sprache grammar of ACL rule lines. It is its own class, not a part of
/// <see cref="HuaweiVrpLineGrammar"/>, because it is built from that class's parsers when the type
/// initialises: the runtime initialises a class before another reads its fields, but gives no order
/// between the files of one partial class.
/// </summary>
internal static class HuaweiVrpRuleGrammar
{
    // VRP rule ids run 0-4294967294; a config never gets near int range, and a larger one is unparsed.
    private static readonly Parser<int> RuleId = Number(0, 999_999_999);

    private static readonly Parser<AclAction> Action =
        Word.Then(word => word.ToLowerInvariant() switch
        {
            "permit" => Parse.Return(AclAction.Permit),
            "deny" => Parse.Return(AclAction.Deny),
            _ => Fail<AclAction>("permit or deny"),
        });

    private static readonly Parser<string> ProtocolWord =
        Word.Where(w => HuaweiVrpServiceNames.ProtocolOf(w) is not null).Named("a protocol");

    // "any", or an address and a wildcard, where the wildcard 0 means that one host.
    private static readonly Parser<AddressMatch> AddressMatchPart =
        Keyword("any").Return(AddressMatch.Any)
            .Or(from address in Address
                from wildcard in Keyword("0").Return(0u).Or(Address.Select(w => w.Value))
                select new AddressMatch(address, wildcard));

    private static readonly Parser<int> PortNumber =
        Word.Select(HuaweiVrpServiceNames.PortOf).Where(p => p >= 0).Named("a port number or name");

    // lt 0 and gt 65535 match nothing, which a PortMatch cannot say: they fail and the rule is unparsed.
    private static readonly Parser<PortMatch> PortOperator =
        Word.Then(op => op.ToLowerInvariant() switch
        {
            "eq" => PortNumber.Select(PortMatch.Eq),
            "neq" => PortNumber.Select(PortMatch.Neq),
            "lt" => PortNumber.Where(p => p > 0).Select(PortMatch.Lt),
            "gt" => PortNumber.Where(p => p < 65535).Select(PortMatch.Gt),
            "range" => from first in PortNumber
                       from last in PortNumber
                       where first <= last
                       select PortMatch.Range(first, last),
            _ => Fail<PortMatch>("eq, lt, gt, neq or range"),
        });

    // Qualifiers that narrow which packets a rule matches in ways the facts cannot hold (a time of
    // day, ICMP type, fragments, QoS marks, a VRF). The reader decides what a rule with one means.
    private static readonly Parser<string> QualifierValue =
        Word.Where(w => !IsRuleKeyword(w)).Named("a value");

    private static readonly Parser<RuleOption> Option =
        Word.Then(keyword => keyword.ToLowerInvariant() switch
        {
            "source" or "destination" => AddressMatchPart.Select(a => new RuleOption(keyword.ToLowerInvariant(), Address: a)),
            "source-port" or "destination-port" => PortOperator.Select(p => new RuleOption(keyword.ToLowerInvariant(), Ports: p)),
            "tcp-flag" => QualifierValue.Select(v => new RuleOption("tcp-flag", Value: v.ToLowerInvariant())),
            "logging" => Parse.Return(new RuleOption("logging")),
            "fragment" or "none-first-fragment" or "ttl-expired" => Parse.Return(new RuleOption(keyword.ToLowerInvariant())),
            "icmp-type" => (from type in Number(0, 255) from code in Number(0, 255) select $"{type} {code}")
                .Or(QualifierValue)
                .Select(v => new RuleOption("icmp-type", Value: v)),
            "time-range" or "precedence" or "tos" or "dscp" or "vpn-instance" or "fragment-type" =>
                QualifierValue.Select(v => new RuleOption(keyword.ToLowerInvariant(), Value: v)),
            _ => Fail<RuleOption>("a rule option"),
        });

    internal static readonly string[] RuleKeywordList =
    [
        "source", "destination", "source-port", "destination-port", "tcp-flag", "logging", "fragment",
        "none-first-fragment", "ttl-expired", "icmp-type", "time-range", "precedence", "tos", "dscp",
        "vpn-instance", "fragment-type",
    ];

    private static readonly FrozenSet<string> RuleKeywords = RuleKeywordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RuleKeywordSpans = RuleKeywords.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsRuleKeyword(string word) => RuleKeywords.Contains(word);

    internal static bool IsRuleKeyword(ReadOnlySpan<char> word) => RuleKeywordSpans.Contains(word);

    /// <summary><c>rule [N] permit|deny [PROTOCOL] [source …] [source-port …] [destination …] …</c>, options in any order.</summary>
    public static readonly Parser<RuleLine> Rule =
        (from rule in Keyword("rule")
         from sequence in RuleId.Optional()
         from action in Action
         from protocol in ProtocolWord.Optional()
         from options in Option.Many()
         select new RuleLine(
             sequence.IsDefined ? sequence.Get() : null,
             action,
             protocol.GetOrDefault()?.ToLowerInvariant(),
             [.. options])).End();

    /// <summary><c>rule N description TEXT</c>; the text may be empty.</summary>
    public static readonly Parser<RuleRemark> Remark =
        (from rule in Keyword("rule")
         from sequence in RuleId
         from description in Keyword("description")
         from text in Rest
         select new RuleRemark(sequence, text)).End();
}
