using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;
using Sprache;

namespace GovNet.NetCode.Load;

/// <summary>
/// The one-line flow grammar <c>permit|deny PROTO[/PORTS] from SELECTOR to SELECTOR</c>.
/// Sprache parses the skeleton (after <see cref="FlowRuleScanner"/>, which reads well-formed rules faster)
/// and keeps each token's offset; the tokens are then read here so
/// that every mistake is reported at its own column inside the YAML line.
/// </summary>
public static class FlowRuleParser
{
    private static readonly Parser<string> Spaces = Parse.Char(' ').AtLeastOnce().Text().Named("ExpectSpace");

    private static readonly Parser<string> Token = Parse.Char(c => c != ' ', "ExpectWord").AtLeastOnce().Text();

    // Keywords are whole words, so a misspelt one is reported at its first letter rather than mid-word.
    private static readonly Parser<string> Action = Token.Where(w => w is "permit" or "deny").Named("ExpectAction");

    private static Parser<string> Keyword(string word) => Token.Where(w => w == word).Named($"'{word}'");

    private static readonly Parser<string> ProtocolWord = Parse.Char(c => c is not (' ' or '/'), "ExpectProtocol").AtLeastOnce().Text().Named("ExpectProtocol");

    private static readonly Parser<string> PortsText = Parse.Char(c => c != ' ', "ExpectPorts").AtLeastOnce().Text().Named("ExpectPorts");

    private static readonly Parser<FlowSkeleton> Rule =
        from action in Action.Span()
        from s1 in Spaces
        from protocol in ProtocolWord.Span()
        from ports in (from slash in Parse.Char('/') from list in PortsText.Span() select list).Optional()
        from s2 in Spaces
        from fromWord in Keyword("from")
        from s3 in Spaces
        from source in Token.Named("ExpectSelector").Span()
        from s4 in Spaces
        from toWord in Keyword("to")
        from s5 in Spaces
        from destination in Token.Named("ExpectSelector").Span()
        from trailing in Parse.Char(' ').Many()
        from end in Parse.String("").End().Named("FlowRuleEnd")
        select new FlowSkeleton(Word(action), Word(protocol), ports.GetOrDefault() is { } list ? Word(list) : null, Word(source), Word(destination));

    private static FlowWord Word(ITextSpan<string> span) => new(span.Value, span.Start.Pos);

    /// <summary>The grammar's reading of a rule, the definition <see cref="FlowRuleScanner"/> keeps to; null where it fails.</summary>
    internal static FlowSkeleton? GrammarSkeleton(string text) => Rule.TryParse(text) is { WasSuccessful: true } result ? result.Value : null;

    /// <summary>
    /// An expectation as a message says it: the grammar names what it expects by MessageText key (the
    /// parsers are built once, the message is made in the run's language); a quoted keyword stays as written.
    /// </summary>
    private static string Expected(string name) => name.StartsWith('\'') ? name : Messages.Get(name);

    /// <summary>Parses a rule written at <paramref name="start"/> (the first character of the rule text).</summary>
    public static FlowRule? TryParse(string text, SourceSpan start, DiagnosticBag diagnostics)
    {
        // Well-formed rules, nearly all of them, are read by the scanner; the grammar words every mistake.
        var skeleton = FlowRuleScanner.TryScan(text);
        if (skeleton is null)
        {
            var result = Rule.TryParse(text);
            if (!result.WasSuccessful)
            {
                var at = result.Remainder.Position;
                var found = at < text.Length ? $"'{Formats.Clip(text[at..].Split(' ')[0])}'" : Messages.Get("FlowRuleEnd");
                var expected = result.Expectations.Any() ? string.Join(Messages.Get("Or"), result.Expectations.Distinct().Select(Expected)) : result.Message;
                diagnostics.Error(Codes.FlowSyntax, start.Offset(at),
                    Messages.Format("FlowRuleExpected", expected, found));
                return null;
            }

            skeleton = result.Value;
        }

        var errors = diagnostics.Count;
        var action = skeleton.Action.Value == "permit" ? FlowAction.Permit : FlowAction.Deny;
        var protocol = ReadProtocol(skeleton.Protocol, start, diagnostics);
        Located<ImmutableArray<PortRange>>? ports = null;
        if (skeleton.Ports is { } portsText && protocol is { } p)
        {
            var at = start.Offset(portsText.Pos);
            if (p is Protocol.Ip or Protocol.Icmp)
            {
                diagnostics.Error(Codes.BadPorts, at, Messages.Format("PortsOnlyTcpUdp", skeleton.Protocol.Value));
            }
            else if (PortListParser.TryParse(portsText.Value, at, diagnostics) is { } list)
            {
                ports = new Located<ImmutableArray<PortRange>>(list, at);
            }
        }

        var source = ReadSelector(skeleton.From, start, diagnostics);
        var destination = ReadSelector(skeleton.To, start, diagnostics);
        if (diagnostics.Count != errors || protocol is null || source is null || destination is null)
        {
            return null;
        }

        return new FlowRule(
            new Located<FlowAction>(action, start.Offset(skeleton.Action.Pos)),
            new Located<Protocol>(protocol.Value, start.Offset(skeleton.Protocol.Pos)),
            ports,
            source.Value,
            destination.Value,
            text);
    }

    private static Protocol? ReadProtocol(FlowWord word, SourceSpan start, DiagnosticBag diagnostics)
    {
        Protocol? protocol = ProtocolNames.Parse(word.Value);
        if (protocol is null)
        {
            diagnostics.Error(Codes.FlowSyntax, start.Offset(word.Pos),
                Messages.Format("FlowRuleProtocol", Formats.Clip(word.Value)));
        }

        return protocol;
    }

    private static Located<Selector>? ReadSelector(FlowWord word, SourceSpan start, DiagnosticBag diagnostics)
    {
        var at = start.Offset(word.Pos);
        var text = word.Value;
        if (text == "internet")
        {
            return new Located<Selector>(new InternetSelector(), at);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? text : text[..colon];
        var name = colon < 0 ? string.Empty : text[(colon + 1)..];
        var nameAt = at.Offset(colon + 1);
        Selector? selector = kind switch
        {
            "unit" => ReadUnit(name, nameAt, diagnostics),
            "zone" => Identifier(name, nameAt, Messages.Get("NounZone"), diagnostics) ? new ZoneSelector(name) : null,
            "service" => Identifier(name, nameAt, Messages.Get("NounService"), diagnostics) ? new ServiceSelector(name) : null,
            "upstream" => Identifier(name, nameAt, Messages.Get("NounUpstream"), diagnostics) ? new UpstreamSelector(name) : null,
            "cidr" => ReadCidr(name, nameAt, diagnostics),
            _ => Unknown(),
        };
        return selector is null ? null : new Located<Selector>(selector, at);

        Selector? Unknown()
        {
            diagnostics.Error(Codes.FlowSyntax, at,
                Messages.Format("FlowRuleSelector", Formats.Clip(text)));
            return null;
        }
    }

    private static UnitSelector? ReadUnit(string name, SourceSpan at, DiagnosticBag diagnostics)
    {
        var sign = name.IndexOf('@', StringComparison.Ordinal);
        if (sign < 0)
        {
            return Identifier(name, at, Messages.Get("NounUnit"), diagnostics) ? new UnitSelector(name, null) : null;
        }

        var unit = name[..sign];
        var zone = name[(sign + 1)..];
        return Identifier(unit, at, Messages.Get("NounUnit"), diagnostics) & Identifier(zone, at.Offset(sign + 1), Messages.Get("NounZone"), diagnostics)
            ? new UnitSelector(unit, zone)
            : null;
    }

    private static CidrSelector? ReadCidr(string text, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (!Ipv4Prefix.TryParseParts(text, out var address, out var length))
        {
            diagnostics.Error(Codes.InvalidAddress, at, Messages.Format("FlowRulePrefix", Formats.Clip(text)));
            return null;
        }

        var prefix = Ipv4Prefix.Containing(address, length);
        if (prefix.Network != address)
        {
            diagnostics.Error(Codes.HostBitsSet, at, Messages.Format("FlowRuleHostBits", text, prefix));
            return null;
        }

        return new CidrSelector(prefix);
    }

    private static bool Identifier(string name, SourceSpan at, string what, DiagnosticBag diagnostics)
    {
        if (Formats.IsIdentifier(name))
        {
            return true;
        }

        diagnostics.Error(Codes.FlowSyntax, at, name.Length == 0
            ? Messages.Format("FlowRuleNameMissing", what)
            : Messages.Format("FlowRuleNotIdentifier", Formats.Clip(name), what));
        return false;
    }
}

/// <summary>Port lists as in <c>tcp/80,443,8000-8080</c>, shared by flows and services.</summary>
public static class PortListParser
{
    public static ImmutableArray<PortRange>? TryParse(string text, SourceSpan at, DiagnosticBag diagnostics)
    {
        var ranges = ImmutableArray.CreateBuilder<PortRange>();
        var offset = 0;
        foreach (var item in text.Split(','))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            var low = dash < 0 ? item : item[..dash];
            var high = dash < 0 ? item : item[(dash + 1)..];
            if (!TryPort(low, out var from) || !TryPort(high, out var to))
            {
                diagnostics.Error(Codes.BadPorts, at.Offset(offset),
                    Messages.Format("NotPort", Formats.Clip(item)));
                return null;
            }

            if (from > to)
            {
                diagnostics.Error(Codes.BadPorts, at.Offset(offset), Messages.Format("PortRangeBackwards", item, to, from));
                return null;
            }

            ranges.Add(new PortRange(from, to));
            offset += item.Length + 1;
        }

        return ranges.ToImmutable();
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535 && text[0] != '0';
}
