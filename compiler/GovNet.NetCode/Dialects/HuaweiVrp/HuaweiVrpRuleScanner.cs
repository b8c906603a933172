using System.Collections.Immutable;
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
    /// <summary>The rule line, scanned or else parsed by the grammar; null when it is no rule line.</summary>
    public static RuleLine? Rule(string line) =>
        TryRead(line) ?? (HuaweiVrpRuleGrammar.Rule.TryParse(line) is { WasSuccessful: true } parsed ? parsed.Value : null);

    /// <summary>The <c>rule N description TEXT</c> line, scanned or else parsed by the grammar; null when it is none.</summary>
    public static RuleRemark? Remark(string line) =>
        TryReadRemark(line) ?? (HuaweiVrpRuleGrammar.Remark.TryParse(line) is { WasSuccessful: true } parsed ? parsed.Value : null);

    public static RuleRemark? TryReadRemark(string line)
    {
        var at = 0;
        if (!LineWords.Next(line, ref at, out var rule) || !Is(rule, "rule")
            || !LineWords.Next(line, ref at, out var number) || HuaweiVrpLineGrammar.ToNumber(number) < 0
            || !LineWords.Next(line, ref at, out var description) || !Is(description, "description"))
        {
            return null;
        }

        return new RuleRemark(HuaweiVrpLineGrammar.ToNumber(number), line[LineWords.SkipBlanks(line, at)..]);
    }

    public static RuleLine? TryRead(string line)
    {
        var words = LineWords.Of(line);
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
            protocol = words[at++].ToLowerInvariant();
        }

        var options = ImmutableArray.CreateBuilder<RuleOption>();
        while (at < words.Count)
        {
            if (Option(words, ref at) is not { } option)
            {
                return null;
            }

            options.Add(option);
        }

        return new RuleLine(sequence, action, protocol, options.DrainToImmutable());
    }

    private static AclAction? Action(string word) => word.ToLowerInvariant() switch
    {
        "permit" => AclAction.Permit,
        "deny" => AclAction.Deny,
        _ => null,
    };

    private static RuleOption? Option(List<string> words, ref int at)
    {
        var keyword = words[at++].ToLowerInvariant();
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

    private static AddressMatch? Address(List<string> words, ref int at) => VrpFamilyRuleWords.Address(words, ref at);

    private static PortMatch? Ports(List<string> words, ref int at) =>
        VrpFamilyRuleWords.Ports(words, ref at, word => HuaweiVrpServiceNames.PortOf(word) is >= 0 and var port ? port : null);

    private static string? Qualifier(List<string> words, ref int at) =>
        at < words.Count && !HuaweiVrpRuleGrammar.IsRuleKeyword(words[at]) ? words[at++] : null;

    private static int? Number(string word, int max) =>
        HuaweiVrpLineGrammar.ToNumber(word) is >= 0 and var n && n <= max ? n : null;
}
