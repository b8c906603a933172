using System.Collections.Frozen;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.H3cComware.ComwareTokens;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>An ACL section header: <c>Id</c> is how interfaces bind it (the number when there is one, else the name).</summary>
internal sealed record AclHead(string Id, int? Number, string? Name, bool AutoOrder);

/// <summary>
/// One <c>rule</c> line. <c>Narrowed</c>: the rule carries a condition the facts cannot hold
/// (vpn-instance, time-range, fragment, icmp-type, dscp/precedence/tos, TCP flags), so it matches
/// fewer packets than its fields say.
/// </summary>
internal sealed record AclRuleLine(
    int? Sequence,
    AclAction Action,
    Protocol Protocol,
    int? ProtocolNumber,
    AddressMatch Source,
    PortMatch SourcePorts,
    AddressMatch Destination,
    PortMatch DestinationPorts,
    bool Established,
    bool Narrowed);

internal sealed record AclRuleComment(int Sequence, string Text);

internal sealed record AclStep(int Step);

/// <summary>Sprache grammars for ACL section headers and rule lines.</summary>
internal static class AclGrammar
{
    // acl number 3000 [name X] | acl advanced|basic 3000 [name X] | acl advanced|basic name X | acl name X [advanced|basic]; [match-order auto|config].
    // IPv6, MAC and user-defined ACLs do not fit and stay unparsed: the facts hold IPv4 ACLs only.
    private static readonly Parser<bool> MatchOrder =
        Keyword("match-order").Then(_ => Keyword("auto", true).Or(Keyword("config", false)));

    private static readonly Parser<(int? Number, string? Name)> AclIdentity =
        (from number in Number(1000, 5999)
         from name in Keyword("name").Then(_ => Word).Optional()
         select ((int?)number, name.GetOrDefault()))
        .Or(from name in Keyword("name").Then(_ => Word) select ((int?)null, (string?)name));

    public static readonly Parser<AclHead> AclHeader =
        (from acl in Keyword("acl")
         from kind in Keyword("number").Or(Keyword("advanced")).Or(Keyword("basic"))
         from id in AclIdentity
         from auto in MatchOrder.Optional()
         select Head(id.Number, id.Name, auto.GetOrElse(false)))
        .Or(from acl in Keyword("acl")
            from name in Keyword("name").Then(_ => Word)
            from kind in Keyword("advanced").Or(Keyword("basic")).Optional()
            from auto in MatchOrder.Optional()
            select Head(null, name, auto.GetOrElse(false)));

    private static AclHead Head(int? number, string? name, bool auto) =>
        new(number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? name!, number, name, auto);

    private static readonly Parser<int> Port =
        WordAs(w => TryNumber(w, out var n) ? (n <= 65535 ? n : null) : ComwareNames.Ports.TryGetValue(w, out var p) ? p : (int?)null, "a port");

    // lt/gt/neq become ranges; an operator that matches no port at all (lt 0, gt 65535) does not fit.
    private static readonly Parser<PortMatch> PortOperator = Dispatch(
        new Dictionary<string, Parser<PortMatch>>
        {
            ["eq"] = Port.Select(PortMatch.Eq),
            ["lt"] = Port.Where(p => p > 0).Select(PortMatch.Lt),
            ["gt"] = Port.Where(p => p < 65535).Select(PortMatch.Gt),
            ["neq"] = Port.Select(PortMatch.Neq),
            ["range"] = from low in Port from high in Port where low <= high select PortMatch.Range(low, high),
        },
        "eq, lt, gt, neq or range");

    private static readonly Parser<AddressMatch> AddressOrAny =
        Keyword("any", AddressMatch.Any)
        .Or(from address in Address
            from wildcard in Wildcard
            select new AddressMatch(new Ipv4Address(address.Value & ~wildcard), wildcard));

    private static readonly Parser<(Protocol Protocol, int? Number)> ProtocolWord = WordAs(ProtocolOf, "a protocol");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ProtocolNames = ComwareNames.Protocols.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static (Protocol, int?)? ProtocolOf(string word) => ProtocolOf(word.AsSpan());

    internal static (Protocol, int?)? ProtocolOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("ip", StringComparison.OrdinalIgnoreCase))
        {
            return (Protocol.Ip, null);
        }

        var number = TryNumber(word, out var n) && n <= 255 ? n : ProtocolNames.TryGetValue(word, out var named) ? named : (int?)null;
        return number switch
        {
            null => null,
            1 => (Protocol.Icmp, null),
            6 => (Protocol.Tcp, null),
            17 => (Protocol.Udp, null),
            _ => (Protocol.Ip, number),
        };
    }

    internal enum OptionKind
    {
        Source,
        Destination,
        SourcePort,
        DestinationPort,
        Established,
        IcmpType,
        Narrowing,
        Neutral,
    }

    /// <summary>One option of a rule; <c>Key</c> tells repeats apart (Comware takes each option once). A value, not an object: a rule line's options are read and folded at once.</summary>
    internal readonly record struct RuleOption(OptionKind Kind, string Key, AddressMatch Address = default, PortMatch? Ports = null);

    private static readonly Parser<string> TcpFlag = Number(0, 1).Select(_ => "flag");

    // One grammar per option keyword, reached by looking the keyword up rather than trying each in turn.
    private static readonly Parser<RuleOption> RuleOptionGrammar = Dispatch(
        new Dictionary<string, Parser<RuleOption>>
        {
            ["source"] = AddressOrAny.Select(a => new RuleOption(OptionKind.Source, "source", a)),
            ["destination"] = AddressOrAny.Select(a => new RuleOption(OptionKind.Destination, "destination", a)),
            ["source-port"] = PortOperator.Select(p => new RuleOption(OptionKind.SourcePort, "source-port", Ports: p)),
            ["destination-port"] = PortOperator.Select(p => new RuleOption(OptionKind.DestinationPort, "destination-port", Ports: p)),
            ["established"] = Parse.Return(new RuleOption(OptionKind.Established, "established")),
            ["icmp-type"] = from type in Word from code in Number(0, 255).Optional() select new RuleOption(OptionKind.IcmpType, "icmp-type"),
            ["vpn-instance"] = Narrowing("vpn-instance", Word),
            ["time-range"] = Narrowing("time-range", Word),
            ["fragment"] = Narrowing("fragment"),
            ["dscp"] = Narrowing("dscp", Word),
            ["precedence"] = Narrowing("precedence", Word),
            ["tos"] = Narrowing("tos", Word),
            ["ack"] = Narrowing("ack", TcpFlag),
            ["fin"] = Narrowing("fin", TcpFlag),
            ["psh"] = Narrowing("psh", TcpFlag),
            ["rst"] = Narrowing("rst", TcpFlag),
            ["syn"] = Narrowing("syn", TcpFlag),
            ["urg"] = Narrowing("urg", TcpFlag),
            ["logging"] = Parse.Return(new RuleOption(OptionKind.Neutral, "logging")),
            ["counting"] = Parse.Return(new RuleOption(OptionKind.Neutral, "counting")),
        },
        "a rule option");

    private static Parser<RuleOption> Narrowing(string keyword, Parser<string>? argument = null) =>
        (argument ?? Parse.Return(keyword)).Return(new RuleOption(OptionKind.Narrowing, keyword));

    /// <summary><c>rule [N] permit|deny [PROTOCOL] OPTION…</c>; options in any order, each at most once.</summary>
    public static readonly Parser<AclRuleLine> AclRule =
        (from rule in Keyword("rule")
         from sequence in Number(0, 65534).Optional()
         from action in Keyword("permit", AclAction.Permit).Or(Keyword("deny", AclAction.Deny))
         from protocol in ProtocolWord.Optional()
         from options in RuleOptionGrammar.Many()
         select Fold(sequence.IsDefined ? sequence.Get() : null, action, protocol.GetOrElse((Protocol.Ip, null)), [.. options]))
        .Where(r => r is not null).Select(r => r!);

    public static readonly Parser<AclRuleComment> AclComment =
        from rule in Keyword("rule")
        from sequence in Number(0, 65534)
        from comment in Keyword("comment")
        from text in Rest
        where text.Length > 0
        select new AclRuleComment(sequence, text);

    public static readonly Parser<AclStep> AclStepLine =
        from step in Keyword("step")
        from value in Number(1, 20)
        select new AclStep(value);

    /// <summary>Checks what Comware itself refuses: repeated options, ports without TCP/UDP, established without TCP, icmp-type without ICMP.</summary>
    internal static AclRuleLine? Fold(int? sequence, AclAction action, (Protocol Protocol, int? Number) protocol, ReadOnlySpan<RuleOption> options)
    {
        // Loops, not queries: every rule line of a config passes here, and a rule has a handful of options.
        var tcp = protocol is (Protocol.Tcp, null);
        var ports = tcp || protocol is (Protocol.Udp, null);
        var icmp = protocol is (Protocol.Icmp, null);
        var narrowed = false;
        for (var i = 0; i < options.Length; i++)
        {
            var kind = options[i].Kind;
            if (Repeats(options, i)
                || (kind is OptionKind.SourcePort or OptionKind.DestinationPort && !ports)
                || (kind is OptionKind.Established && !tcp)
                || (kind is OptionKind.IcmpType && !icmp))
            {
                return null;
            }

            narrowed |= kind is OptionKind.Narrowing or OptionKind.IcmpType;
        }

        return new AclRuleLine(
            sequence,
            action,
            protocol.Protocol,
            protocol.Number,
            Find(options, OptionKind.Source)?.Address ?? AddressMatch.Any,
            Find(options, OptionKind.SourcePort)?.Ports ?? PortMatch.Any,
            Find(options, OptionKind.Destination)?.Address ?? AddressMatch.Any,
            Find(options, OptionKind.DestinationPort)?.Ports ?? PortMatch.Any,
            Find(options, OptionKind.Established) is not null,
            narrowed);
    }

    private static bool Repeats(ReadOnlySpan<RuleOption> options, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (string.Equals(options[i].Key, options[at].Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static RuleOption? Find(ReadOnlySpan<RuleOption> options, OptionKind kind)
    {
        foreach (var option in options)
        {
            if (option.Kind == kind)
            {
                return option;
            }
        }

        return null;
    }
}
