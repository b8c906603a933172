using System.Collections.Frozen;
using System.Text;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.VrpFamilyRuleWords;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// <see cref="HuaweiVrpRuleGrammar.Rule"/> read word by word without Sprache, which allocates an input
/// per character and made rule lines (nine in ten lines of a compiled distribution switch) most of the
/// parse time. It accepts what the grammar accepts and builds the same <see cref="RuleLine"/>; when it
/// does not accept a line, the grammar reads it, so the grammar stays the one definition (a test holds
/// the two equal on every rule of the corpus and the golden configs).
/// </summary>
internal static class HuaweiVrpRuleScanner
{
    // The words a rule keeps lowered, each lowered once: the protocol names and the option keywords.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ProtocolWords =
        HuaweiVrpServiceNames.Protocols.Keys.Append("ip").Distinct(StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(word => word, word => word.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OptionWords =
        HuaweiVrpRuleGrammar.RuleKeywordList.ToFrozenDictionary(word => word, word => word.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The rule line, scanned or else parsed by the grammar; null when it is no rule line.</summary>
    public static RuleLine? Rule(string line) =>
        TryRead(line) ?? (HuaweiVrpRuleGrammar.Rule.TryParse(line) is { WasSuccessful: true } parsed ? parsed.Value : null);

    /// <summary>The <c>rule N description TEXT</c> line, scanned or else parsed by the grammar; null when it is none.</summary>
    public static RuleRemark? Remark(string line) =>
        TryReadRemark(line) ?? (HuaweiVrpRuleGrammar.Remark.TryParse(line) is { WasSuccessful: true } parsed ? parsed.Value : null);

    public static RuleRemark? TryReadRemark(string line)
    {
        var at = 0;
        if (!Is(LineWords.Next(line, ref at), "rule"))
        {
            return null;
        }

        var number = HuaweiVrpLineGrammar.ToNumber(LineWords.Next(line, ref at));
        if (number < 0 || !Is(LineWords.Next(line, ref at), "description"))
        {
            return null;
        }

        return new RuleRemark(number, line[LineWords.SkipBlanks(line, at)..]);
    }

    public static RuleLine? TryRead(string line)
    {
        // Outside ASCII, lowering a word and comparing it folded differ (the Kelvin sign): the grammar reads such a line.
        if (!Ascii.IsValid(line))
        {
            return null;
        }

        var words = LineWords.Ranges(line, stackalloc Range[24]);
        var at = 0;
        if (words.Count < 2 || !Is(words[at++], "rule"))
        {
            return null;
        }

        int? sequence = null;
        if (HuaweiVrpLineGrammar.ToNumber(words[at]) is >= 0 and var id)
        {
            (sequence, at) = (id, at + 1);
        }

        if (at >= words.Count || Action(words[at++]) is not { } action)
        {
            return null;
        }

        string? protocol = null;
        if (at < words.Count && HuaweiVrpServiceNames.ProtocolOf(words[at]) is not null)
        {
            protocol = Lowered(words, at++, ProtocolWords);
        }

        var options = default(RuleOptionBuffer<RuleOption>);
        var count = 0;
        while (at < words.Count)
        {
            if (count == RuleOptionBuffer<RuleOption>.Capacity || Option(words, ref at) is not { } option)
            {
                return null;
            }

            options[count++] = option;
        }

        return new RuleLine(sequence, action, protocol, RuleOptionBuffer<RuleOption>.ToImmutable(ref options, count));
    }

    private static AclAction? Action(ReadOnlySpan<char> word) =>
        Is(word, "permit") ? AclAction.Permit : Is(word, "deny") ? AclAction.Deny : null;

    /// <summary>The word in lower case: the table's own string for a word it holds (most are), else a new one.</summary>
    private static string Lowered(LineWords.Spans words, int at, FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> table) =>
        table.TryGetValue(words[at], out var lower) ? lower : words.Text(at).ToLowerInvariant();

    private static RuleOption? Option(LineWords.Spans words, ref int at)
    {
        var keyword = Lowered(words, at++, OptionWords);
        switch (keyword)
        {
            case "source" or "destination":
                return Address(words, ref at) is { } address ? new RuleOption(keyword, Address: address) : null;
            case "source-port" or "destination-port":
                return Ports(words, ref at) is { } ports ? new RuleOption(keyword, Ports: ports) : null;
            case "tcp-flag":
                return Qualifier(words, ref at) is { } flag ? new RuleOption(keyword, Value: flag.ToLowerInvariant()) : null;
            case "logging" or "fragment" or "none-first-fragment" or "ttl-expired":
                return new RuleOption(keyword);
            case "icmp-type":
                if (at + 1 < words.Count && Number(words[at], 255) is { } type && Number(words[at + 1], 255) is { } code)
                {
                    at += 2;
                    return new RuleOption(keyword, Value: $"{type} {code}");
                }

                return Qualifier(words, ref at) is { } value ? new RuleOption(keyword, Value: value) : null;
            case "time-range" or "precedence" or "tos" or "dscp" or "vpn-instance" or "fragment-type":
                return Qualifier(words, ref at) is { } qualifier ? new RuleOption(keyword, Value: qualifier) : null;
            default:
                return null;
        }
    }

    private static AddressMatch? Address(LineWords.Spans words, ref int at) => VrpFamilyRuleWords.Address(words, ref at);

    private static PortMatch? Ports(LineWords.Spans words, ref int at) =>
        VrpFamilyRuleWords.Ports(words, ref at, static word => HuaweiVrpServiceNames.PortOf(word) is >= 0 and var port ? port : null);

    private static string? Qualifier(LineWords.Spans words, ref int at) =>
        at < words.Count && !HuaweiVrpRuleGrammar.IsRuleKeyword(words[at]) ? words.Text(at++) : null;

    private static int? Number(ReadOnlySpan<char> word, int max) =>
        HuaweiVrpLineGrammar.ToNumber(word) is >= 0 and var n && n <= max ? n : null;
}
