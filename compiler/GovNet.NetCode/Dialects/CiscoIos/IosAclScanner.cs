using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// The ACL entries of <see cref="IosAclGrammar"/> read word by word without Sprache: entries are most
/// lines of a compiled distribution switch, and the parser combinators made them most of its parse
/// time. It accepts what the grammar accepts and builds the same entry; a line it does not accept goes
/// to the grammar, which stays the one definition (a test holds the two equal on every entry of the
/// corpus and the golden configs).
/// </summary>
internal static class IosAclScanner
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TcpNames = IosNames.TcpPorts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UdpNames = IosNames.UdpPorts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An entry of a named list, scanned or else parsed by the grammar; null when it does not fit.</summary>
    public static IosAclLine? Entry(string line, bool extended) =>
        TryReadEntry(line, extended) ?? IosTokens.Read(extended ? IosAclGrammar.ExtendedEntry : IosAclGrammar.StandardEntry, line);

    /// <summary>A global <c>access-list N …</c> line, scanned or else parsed by the grammar.</summary>
    public static IosNumberedAclLine? Numbered(string line) => TryReadNumbered(line) ?? IosTokens.Read(IosAclGrammar.NumberedEntry, line);

    public static IosNumberedAclLine? TryReadNumbered(string line)
    {
        var at = 0;
        if (LineWords.Next(line, ref at) is not "access-list" || Number(LineWords.Next(line, ref at), 1, 2699) is not { } number)
        {
            return null;
        }

        var standard = IosAclGrammar.IsStandardNumber(number);
        return standard || IosAclGrammar.IsExtendedNumber(number)
            ? Read(line, at, extended: !standard) is { } entry ? new IosNumberedAclLine(number, entry) : null
            : null;
    }

    public static IosAclLine? TryReadEntry(string line, bool extended) => Read(line, 0, extended);

    private static IosAclLine? Read(string line, int from, bool extended)
    {
        // The first words as spans of the line: two strings per entry that nothing keeps.
        var at = from;
        var first = LineWords.Next(line, ref at);
        if (first.IsEmpty)
        {
            return null;
        }

        var sequence = Number(first, 1, int.MaxValue);
        var head = sequence is null ? first : LineWords.Next(line, ref at);
        if (head.IsEmpty)
        {
            return null;
        }

        if (head is "remark")
        {
            return new IosAclRemark(sequence, line[at..].Trim());
        }

        var words = LineWords.Ranges(line, at, stackalloc Range[24]);
        AclAction? action = head is "permit" ? AclAction.Permit : head is "deny" ? AclAction.Deny : null;
        var next = 0;
        var rule = action is not { } a ? null : extended ? Extended(sequence, a, words, ref next) : Standard(sequence, a, words, ref next);
        if (rule is not null && next < words.Count && words[next] is "log" or "log-input")
        {
            next++;
        }

        return rule is not null && next == words.Count ? rule : null;
    }

    private static IosAclRule? Standard(int? sequence, AclAction action, LineWords.Spans words, ref int at)
    {
        if (Address(words, ref at) is not { } source)
        {
            if (at >= words.Count || !Ipv4Address.TryParse(words[at], out var host))
            {
                return null;
            }

            at++;
            source = AddressMatch.Host(host);
        }

        return new IosAclRule(sequence, action, Protocol.Ip, null, source, PortMatch.Any, AddressMatch.Any, PortMatch.Any, false);
    }

    private static IosAclRule? Extended(int? sequence, AclAction action, LineWords.Spans words, ref int at)
    {
        if (at >= words.Count || IosAclGrammar.ProtocolOf(words[at++]) is not { } named)
        {
            return null;
        }

        var (protocol, number) = named;

        var names = protocol switch
        {
            Protocol.Tcp when number is null => TcpNames,
            Protocol.Udp when number is null => UdpNames,
            _ => (FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>?)null,
        };
        if (Address(words, ref at) is not { } source || Ports(names, words, ref at) is not { } sourcePorts
            || Address(words, ref at) is not { } destination || Ports(names, words, ref at) is not { } destinationPorts)
        {
            return null;
        }

        var established = protocol == Protocol.Tcp && at < words.Count && words[at] is "established";
        if (established)
        {
            at++;
        }

        return new IosAclRule(sequence, action, protocol, number, source, sourcePorts, destination, destinationPorts, established);
    }

    /// <summary><c>any</c>, <c>host A</c> or <c>A WILDCARD</c>; null (nothing read) when none fits.</summary>
    private static AddressMatch? Address(LineWords.Spans words, ref int at)
    {
        if (at >= words.Count)
        {
            return null;
        }

        if (words[at] is "any")
        {
            at++;
            return AddressMatch.Any;
        }

        if (at + 1 < words.Count && words[at] is "host" && Ipv4Address.TryParse(words[at + 1], out var host))
        {
            at += 2;
            return AddressMatch.Host(host);
        }

        if (at + 1 < words.Count && Ipv4Address.TryParse(words[at], out var address) && Ipv4Address.TryParse(words[at + 1], out var wildcard))
        {
            at += 2;
            return new AddressMatch(address, wildcard.Value);
        }

        return null;
    }

    /// <summary>The ports after an address of a TCP or UDP rule (any when none are written); null when an operator does not fit.</summary>
    private static PortMatch? Ports(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? table, LineWords.Spans words, ref int at)
    {
        if (table is not { } names || at + 1 >= words.Count || words[at] is not ("eq" or "neq" or "lt" or "gt" or "range"))
        {
            return PortMatch.Any;
        }

        var op = words[at];
        if (Port(names, words[at + 1]) is not { } first)
        {
            return null;
        }

        switch (op)
        {
            case "eq" when at + 2 >= words.Count || Port(names, words[at + 2]) is null:
                // The common single port, without a builder.
                at += 2;
                return PortMatch.Eq(first);
            case "eq":
                var ports = ImmutableArray.CreateBuilder<PortRange>();
                ports.Add(new PortRange(first, first));
                at += 2;
                while (at < words.Count && Port(names, words[at]) is { } more)
                {
                    ports.Add(new PortRange(more, more));
                    at++;
                }

                return new PortMatch(ports.DrainToImmutable());
            case "neq":
                at += 2;
                return PortMatch.Neq(first);
            case "lt" when first > 0:
                at += 2;
                return PortMatch.Lt(first);
            case "gt" when first < 65535:
                at += 2;
                return PortMatch.Gt(first);
            case "range" when at + 2 < words.Count && Port(names, words[at + 2]) is { } last && first <= last:
                at += 3;
                return PortMatch.Range(first, last);
            default:
                return null;
        }
    }

    private static int? Port(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> names, ReadOnlySpan<char> word) =>
        Number(word, 0, 65535) ?? (names.TryGetValue(word, out var port) ? port : null);

    private static int? Number(ReadOnlySpan<char> word, int min, long max) =>
        IosTokens.IsDigits(word) && word.Length <= 10 && long.Parse(word, CultureInfo.InvariantCulture) is var n && n >= min && n <= max ? (int)n : null;
}
