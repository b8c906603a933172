using System.Collections.Frozen;
using System.Globalization;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.CiscoIos.IosTokens;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// ACL entries: <c>[SEQ] permit|deny PROTO SRC [PORTS] DST [PORTS] [established] [log|log-input]</c>
/// in extended lists, <c>[SEQ] permit|deny SRC [log]</c> in standard lists, <c>[SEQ] remark TEXT</c>
/// in both, and the global numbered form <c>access-list N …</c>; an extended entry may name object
/// groups in place of its protocol and addresses (<see cref="IosAclGroupRule"/>). Anything that narrows a rule in a
/// way the facts cannot hold (ICMP types, DSCP, fragments, time ranges) makes the
/// line fail, so it is reported as not understood rather than read as a wider or narrower rule.
/// </summary>
internal static class IosAclGrammar
{
    private static readonly Parser<AclAction> Action =
        Keyword("permit").Return(AclAction.Permit).Or(Keyword("deny").Return(AclAction.Deny));

    private static readonly Parser<int?> Sequence =
        Number(1, int.MaxValue).Select(n => (int?)n).Optional().Select(o => o.GetOrDefault());

    private static readonly Parser<AddressMatch> AnyAddress = Keyword("any").Return(AddressMatch.Any);

    private static readonly Parser<AddressMatch> HostAddress =
        from host in Keyword("host")
        from address in Ipv4
        select AddressMatch.Host(address);

    private static readonly Parser<AddressMatch> WildcardAddress =
        from address in Ipv4
        from wildcard in Ipv4
        select new AddressMatch(address, wildcard.Value);

    private static readonly Parser<AddressMatch> ExtendedAddress = AnyAddress.Or(HostAddress).Or(WildcardAddress);

    // A standard list also takes a bare address, meaning that one host.
    private static readonly Parser<AddressMatch> StandardAddress = ExtendedAddress.Or(Ipv4.Select(AddressMatch.Host));

    private static readonly Parser<string> Log = Keyword("log").Or(Keyword("log-input"));

    private static readonly Parser<bool> Established = Keyword("established").Return(true).Or(Parse.Return(false));

    internal static readonly Parser<(Protocol Protocol, int? Number)> ProtocolWord =
        Word.Select(ProtocolOf).Where(p => p is not null).Select(p => p!.Value).Named("a protocol");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ProtocolNames = IosNames.Protocols.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Parser<PortMatch> TcpPorts = PortOperator(IosNames.TcpPorts);

    private static readonly Parser<PortMatch> UdpPorts = PortOperator(IosNames.UdpPorts);

    private static readonly Parser<IosAclLine> Remark =
        from sequence in Sequence
        from keyword in Keyword("remark")
        from text in Rest
        select (IosAclLine)new IosAclRemark(sequence, text);

    private static readonly Parser<string> GroupName =
        from keyword in Keyword("object-group")
        from name in Word
        select name;

    private static readonly Parser<IosAddressTerm> AddressTerm =
        ExtendedAddress.Select(a => new IosAddressTerm(a, null)).Or(GroupName.Select(n => new IosAddressTerm(AddressMatch.Any, n)));

    // An address may be a network object group; the entry is then expanded once every group is known.
    private static readonly Parser<IosAclLine> ExtendedRule =
        from sequence in Sequence
        from action in Action
        from protocol in ProtocolWord
        from source in AddressTerm
        from sourcePorts in PortsFor(protocol.Protocol)
        from destination in AddressTerm
        from destinationPorts in PortsFor(protocol.Protocol)
        from established in protocol.Protocol == Protocol.Tcp ? Established : Parse.Return(false)
        from log in Log.Optional()
        select source.Group is null && destination.Group is null
            ? (IosAclLine)new IosAclRule(sequence, action, protocol.Protocol, protocol.Number, source.Match, sourcePorts, destination.Match, destinationPorts, established)
            : new IosAclGroupRule(sequence, action, null, protocol.Protocol, protocol.Number, source, sourcePorts, destination, destinationPorts, established);

    private static readonly Parser<IosAclLine> StandardRule =
        from sequence in Sequence
        from action in Action
        from source in StandardAddress
        from log in Log.Optional()
        select (IosAclLine)new IosAclRule(sequence, action, Protocol.Ip, null, source, PortMatch.Any, AddressMatch.Any, PortMatch.Any, false);

    // A service group brings its own protocols and ports, so no port comparison follows its addresses.
    private static readonly Parser<IosAclLine> ServiceGroupRule =
        from sequence in Sequence
        from action in Action
        from service in GroupName
        from source in AddressTerm
        from destination in AddressTerm
        from log in Log.Optional()
        select (IosAclLine)new IosAclGroupRule(sequence, action, service, Protocol.Ip, null, source, PortMatch.Any, destination, PortMatch.Any, false);

    /// <summary>A line inside <c>ip access-list extended NAME</c>.</summary>
    public static readonly Parser<IosAclLine> ExtendedEntry = Remark.Or(ExtendedRule).Or(ServiceGroupRule);

    /// <summary>A line inside <c>ip access-list standard NAME</c>.</summary>
    public static readonly Parser<IosAclLine> StandardEntry = Remark.Or(StandardRule);

    /// <summary><c>access-list N …</c>: 1-99 and 1300-1999 are standard, 100-199 and 2000-2699 extended (IOS's numbering).</summary>
    public static readonly Parser<IosNumberedAclLine> NumberedEntry =
        from keyword in Keyword("access-list")
        from number in Number(1, 2699)
        from entry in IsStandardNumber(number) ? StandardEntry : IsExtendedNumber(number) ? ExtendedEntry : Fail<IosAclLine>("an IP access list number")
        select new IosNumberedAclLine(number, entry);

    public static bool IsStandardNumber(int number) => number is >= 1 and <= 99 or >= 1300 and <= 1999;

    public static bool IsExtendedNumber(int number) => number is >= 100 and <= 199 or >= 2000 and <= 2699;

    /// <summary>The protocol word of an extended entry; named and numbered protocols other than tcp, udp and icmp keep their number.</summary>
    internal static (Protocol, int?)? ProtocolOf(string word) => ProtocolOf(word.AsSpan());

    internal static (Protocol, int?)? ProtocolOf(ReadOnlySpan<char> word)
    {
        if (word is "ip")
        {
            return (Protocol.Ip, null);
        }

        int number;
        if (ProtocolNames.TryGetValue(word, out var named))
        {
            number = named;
        }
        else if (IsDigits(word) && word.Length <= 3 && int.Parse(word, CultureInfo.InvariantCulture) is var n && n <= 255)
        {
            number = n;
        }
        else
        {
            return null;
        }

        return number switch
        {
            6 => (Protocol.Tcp, null),
            17 => (Protocol.Udp, null),
            1 => (Protocol.Icmp, null),
            _ => (Protocol.Ip, number),
        };
    }

    /// <summary>The optional port comparison after an address of a TCP or UDP entry; any port when none is written.</summary>
    internal static Parser<PortMatch> PortsFor(Protocol protocol) => protocol switch
    {
        Protocol.Tcp => TcpPorts.Optional().Select(o => o.GetOrElse(PortMatch.Any)),
        Protocol.Udp => UdpPorts.Optional().Select(o => o.GetOrElse(PortMatch.Any)),
        _ => Parse.Return(PortMatch.Any),
    };

    /// <summary>eq (one or more ports), neq, lt, gt, range; a comparison that matches no port at all is not accepted.</summary>
    private static Parser<PortMatch> PortOperator(FrozenDictionary<string, int> names)
    {
        var port = Number(0, 65535).Or(Word.Where(names.ContainsKey).Select(w => names[w])).Named("a port");
        var eq = from op in Keyword("eq")
                 from ports in port.AtLeastOnce()
                 select new PortMatch([.. ports.Select(p => new PortRange(p, p))]);
        var neq = from op in Keyword("neq") from p in port select PortMatch.Neq(p);

        // lt 0 and gt 65535 match nothing; PortMatch.Lt(0) would read as "any port", so they are refused.
        var lt = from op in Keyword("lt") from p in port where p > 0 select PortMatch.Lt(p);
        var gt = from op in Keyword("gt") from p in port where p < 65535 select PortMatch.Gt(p);
        var range = from op in Keyword("range") from low in port from high in port where low <= high select PortMatch.Range(low, high);
        return eq.Or(neq).Or(lt).Or(gt).Or(range);
    }
}
