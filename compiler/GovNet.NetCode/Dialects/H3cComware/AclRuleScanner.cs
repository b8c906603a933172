using System.Collections.Frozen;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.H3cComware.AclGrammar;
using static GovNet.NetCode.Dialects.VrpFamilyRuleWords;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// <see cref="AclGrammar.AclRule"/> read word by word without Sprache: rule lines are nine in ten lines
/// of a compiled distribution switch, and the parser combinators made them most of its parse time. It
/// accepts what the grammar accepts and folds the options with the grammar's own <see cref="AclGrammar.Fold"/>;
/// a line it does not accept goes to the grammar, which stays the one definition (a test holds the two
/// equal on every rule of the corpus and the golden configs).
/// </summary>
internal static class AclRuleScanner
{
    private enum Argument
    {
        None,
        Address,
        Ports,
        Word,
        IcmpType,
        TcpFlag,
    }

    private static readonly FrozenDictionary<string, (OptionKind Kind, string Key, Argument Argument)> Options =
        new Dictionary<string, (OptionKind, string, Argument)>
        {
            ["source"] = (OptionKind.Source, "source", Argument.Address),
            ["destination"] = (OptionKind.Destination, "destination", Argument.Address),
            ["source-port"] = (OptionKind.SourcePort, "source-port", Argument.Ports),
            ["destination-port"] = (OptionKind.DestinationPort, "destination-port", Argument.Ports),
            ["established"] = (OptionKind.Established, "established", Argument.None),
            ["icmp-type"] = (OptionKind.IcmpType, "icmp-type", Argument.IcmpType),
            ["vpn-instance"] = (OptionKind.Narrowing, "vpn-instance", Argument.Word),
            ["time-range"] = (OptionKind.Narrowing, "time-range", Argument.Word),
            ["fragment"] = (OptionKind.Narrowing, "fragment", Argument.None),
            ["dscp"] = (OptionKind.Narrowing, "dscp", Argument.Word),
            ["precedence"] = (OptionKind.Narrowing, "precedence", Argument.Word),
            ["tos"] = (OptionKind.Narrowing, "tos", Argument.Word),
            ["ack"] = (OptionKind.Narrowing, "ack", Argument.TcpFlag),
            ["fin"] = (OptionKind.Narrowing, "fin", Argument.TcpFlag),
            ["psh"] = (OptionKind.Narrowing, "psh", Argument.TcpFlag),
            ["rst"] = (OptionKind.Narrowing, "rst", Argument.TcpFlag),
            ["syn"] = (OptionKind.Narrowing, "syn", Argument.TcpFlag),
            ["urg"] = (OptionKind.Narrowing, "urg", Argument.TcpFlag),
            ["logging"] = (OptionKind.Neutral, "logging", Argument.None),
            ["counting"] = (OptionKind.Neutral, "counting", Argument.None),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (OptionKind Kind, string Key, Argument Argument)>.AlternateLookup<ReadOnlySpan<char>> OptionOf =
        Options.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PortNames = ComwareNames.Ports.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The rule line, scanned or else parsed by the grammar; null when it is no rule line the facts take.</summary>
    public static AclRuleLine? Rule(string line) => TryRead(line) ?? (CommentText(line) is null ? ComwareTokens.Match(AclRule, line) : null);

    /// <summary>The <c>rule N comment TEXT</c> line, scanned or else parsed by the grammar; null when it is none.</summary>
    public static AclRuleComment? Comment(string line) => TryReadComment(line) ?? ComwareTokens.Match(AclComment, line);

    public static AclRuleComment? TryReadComment(string line) =>
        CommentText(line) is var (sequence, text) ? new AclRuleComment(sequence, line[text].Trim()) : null;

    /// <summary>Where a <c>rule N comment TEXT</c> line's text lies, untrimmed: <see cref="Rule"/> only asks whether it is one.</summary>
    private static (int Sequence, Range Text)? CommentText(string line)
    {
        var at = 0;
        if (!Is(LineWords.Next(line, ref at), "rule")
            || Number(LineWords.Next(line, ref at), 65534) is not { } sequence
            || !Is(LineWords.Next(line, ref at), "comment")
            || line.AsSpan(at).Trim().IsEmpty)
        {
            return null;
        }

        return (sequence, at..);
    }

    public static AclRuleLine? TryRead(string line)
    {
        var words = LineWords.Ranges(line, stackalloc Range[24]);
        var at = 0;
        if (words.Count < 2 || !Is(words[at++], "rule"))
        {
            return null;
        }

        int? sequence = null;
        if (Number(words[at], 65534) is { } number)
        {
            (sequence, at) = (number, at + 1);
        }

        if (at >= words.Count)
        {
            return null;
        }

        AclAction action;
        if (Is(words[at], "permit"))
        {
            action = AclAction.Permit;
        }
        else if (Is(words[at], "deny"))
        {
            action = AclAction.Deny;
        }
        else
        {
            return null;
        }

        at++;
        var protocol = at < words.Count && ProtocolOf(words[at]) is { } named ? named : ((Protocol, int?)?)null;
        if (protocol is not null)
        {
            at++;
        }

        var options = default(RuleOptionBuffer<AclGrammar.RuleOption>);
        var count = 0;
        while (at < words.Count)
        {
            if (count == RuleOptionBuffer<AclGrammar.RuleOption>.Capacity || !OptionOf.TryGetValue(words[at++], out var option) || Argued(option, words, ref at) is not { } read)
            {
                return null;
            }

            options[count++] = read;
        }

        // Fold keeps only what it finds in the options: they need no array of their own.
        return Fold(sequence, action, protocol ?? (Protocol.Ip, null), ((ReadOnlySpan<AclGrammar.RuleOption>)options)[..count]);
    }

    private static AclGrammar.RuleOption? Argued((OptionKind Kind, string Key, Argument Argument) option, LineWords.Spans words, ref int at)
    {
        var (kind, key) = (option.Kind, option.Key);
        switch (option.Argument)
        {
            case Argument.None:
                return new(kind, key);
            case Argument.Address:
                return Address(words, ref at) is { } address ? new(kind, key, address) : null;
            case Argument.Ports:
                return Ports(words, ref at) is { } ports ? new(kind, key, Ports: ports) : null;
            case Argument.TcpFlag when at < words.Count && Number(words[at], 1) is not null:
            case Argument.Word when at < words.Count:
                at++;
                return new(kind, key);
            case Argument.IcmpType when at < words.Count:
                at++;
                if (at < words.Count && Number(words[at], 255) is not null)
                {
                    at++;
                }

                return new(kind, key);
            default:
                return null;
        }
    }

    /// <summary>An address as written, then masked as the grammar does (Comware keeps the network, not the host bits).</summary>
    private static AddressMatch? Address(LineWords.Spans words, ref int at) =>
        VrpFamilyRuleWords.Address(words, ref at) is { } written ? new AddressMatch(new Ipv4Address(written.Address.Value & ~written.Wildcard), written.Wildcard) : null;

    private static PortMatch? Ports(LineWords.Spans words, ref int at) => VrpFamilyRuleWords.Ports(words, ref at, Port);

    private static int? Port(ReadOnlySpan<char> word) =>
        ComwareTokens.TryNumber(word, out var n) ? (n <= 65535 ? n : null) : PortNames.TryGetValue(word, out var p) ? p : null;

    private static int? Number(ReadOnlySpan<char> word, int max) => ComwareTokens.TryNumber(word, out var n) && n <= max ? n : null;
}
