using System.Collections.Immutable;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Cisco IOS / IOS-XE running config → <see cref="DeviceFacts"/>. The text is split into sections
/// by indentation (<see cref="ConfigTree"/>, <c>!</c> lines are separators and comments); each line
/// then becomes a fact, is recognised as harmless, or is reported in <see cref="DeviceFacts.Unparsed"/>
/// with its section and whether it affects forwarding. Line grammars are Sprache parsers
/// (<see cref="IosAclGrammar"/>, <see cref="IosInterfaceGrammar"/>, <see cref="IosRouteGrammar"/>).
/// The parser does not throw and takes time linear in the input.
/// </summary>
public static class CiscoIosConfigParser
{
    public const string Dialect = "cisco-ios";

    /// <summary>Never throws: should a fault in this parser surface, the facts say so as an unparsed line (line 0) and are incomplete.</summary>
    public static DeviceFacts Parse(string text, string file)
    {
        try
        {
            return ParseOrThrow(text, file);
        }
#pragma warning disable CA1031 // A verifier must report a config it cannot read, not stop; tests assert this path is never taken.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new DeviceFacts(file, Dialect, null, [], [], [], [], [], [new UnparsedLine(0, $"internal parser error: {e.GetType().Name}", IosFactsBuilder.GlobalSection, true)], 0, false);
        }
    }

    /// <summary>Top-level section headers and their readers; what none takes is a management server line or is classified by <see cref="IosCommands"/>.</summary>
    private static readonly SectionTable<IosFactsBuilder> Sections = new(
        StringComparison.Ordinal,
        [.. IosRoutingReader.Rows,
        .. IosObjectGroupReader.Rows,
        .. IosOverlayReader.Rows,
        ("end", End),
        ("hostname", Hostname),
        ("ip routing", (node, facts) => SetRouting(node, facts, on: true)),
        ("no ip routing", (node, facts) => SetRouting(node, facts, on: false)),
        ("interface", IosInterfaceReader.Read),
        ("vlan", IosVlanReader.TryRead),
        ("ip access-list", IosAclReader.TryReadSection),
        ("access-list", IosAclReader.TryReadNumbered),
        ("ip route", (node, facts) => ReadRoute(node, facts, IosRouteGrammar.IpRoute)),
        ("ip nat", IosNatReader.Global),
        ("ip default-gateway", (node, facts) => ReadRoute(node, facts, IosRouteGrammar.DefaultGateway)),
        ("zone security", IosLayer2Reader.Firewall),
        ("zone-pair security", IosLayer2Reader.Firewall),
        ("class-map type inspect", IosLayer2Reader.Firewall),
        ("policy-map type inspect", IosLayer2Reader.Firewall),
        ("parameter-map type inspect", IosLayer2Reader.Firewall),
        ("ip inspect", IosLayer2Reader.Firewall),
        ("ipv6 route", IosLayer2Reader.Ipv6Section),
        ("ipv6 router", IosLayer2Reader.Ipv6Section),
        ("ipv6 access-list", IosLayer2Reader.Ipv6Section),
        ("ipv6 prefix-list", IosLayer2Reader.Ipv6Harmless),
        ("ipv6 dhcp pool", IosLayer2Reader.Ipv6Harmless),
        ("ipv6 unicast-routing", IosLayer2Reader.Ipv6Harmless)]);

    internal static DeviceFacts ParseOrThrow(string text, string file)
    {
        var (config, session) = IosTranscript.Cut(text ?? string.Empty);
        var (prepared, _) = IosTextBlocks.Prepare(config);
        var tree = ConfigTree.Parse(prepared, isSeparator: l => l.StartsWith('!'));
        var facts = new IosFactsBuilder();
        foreach (var (line, said) in session)
        {
            facts.Session(line, said);
        }

        foreach (var node in tree)
        {
            ReadGlobal(node, facts);
        }

        return facts.Build(file, Dialect, session.Length + FactsBuilder.CountLines(tree), HasSwitchports(tree));
    }

    private static void ReadGlobal(ConfigNode node, IosFactsBuilder facts)
    {
        if (Sections.TryRead(node, facts) || IosManagementReader.TryRead(node, facts))
        {
            return;
        }

        switch (IosCommands.Classify(node.Text))
        {
            case GlobalKind.Harmless:
                // A harmless section (line vty, crypto pki certificate chain, control-plane) is harmless throughout.
                break;
            case GlobalKind.Forwarding:
                facts.UnreadTree(node, IosFactsBuilder.GlobalSection, affectsForwarding: true);
                break;
            default:
                facts.UnreadTree(node, IosFactsBuilder.GlobalSection, affectsForwarding: false);
                break;
        }
    }

    private static bool End(ConfigNode node, IosFactsBuilder facts)
    {
        if (node.Text != "end")
        {
            return false;
        }

        facts.Complete = true;
        facts.UnreadChildren(node, node.Text, affectsForwarding: false);
        return true;
    }

    private static bool Hostname(ConfigNode node, IosFactsBuilder facts)
    {
        if (node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is not [_, var hostname])
        {
            return false;
        }

        facts.Hostname = hostname;
        facts.UnreadChildren(node, node.Text, affectsForwarding: false);
        return true;
    }

    private static bool SetRouting(ConfigNode node, IosFactsBuilder facts, bool on)
    {
        if (node.Text != (on ? "ip routing" : "no ip routing"))
        {
            return false;
        }

        facts.Routing = on;
        facts.UnreadChildren(node, node.Text, affectsForwarding: true);
        return true;
    }

    private static bool ReadRoute(ConfigNode node, IosFactsBuilder facts, Sprache.Parser<IosRoute> grammar)
    {
        if (IosTokens.Read(grammar, node.Text) is not { } route)
        {
            return false;
        }

        facts.Route(new RouteFact(route.Prefix, route.NextHop, route.Interface, node.Line));
        facts.UnreadChildren(node, node.Text, affectsForwarding: true);
        return true;
    }

    /// <summary>
    /// Whether any interface carries a switchport command (<c>no switchport</c> included, which only
    /// a switch accepts): then a port without a mode line is a negotiating switch port, not a routed one.
    /// </summary>
    private static bool HasSwitchports(ImmutableArray<ConfigNode> tree) =>
        tree.Any(n => n.Text.StartsWith("interface ", StringComparison.Ordinal) &&
                      n.Children.Any(c => c.Text.StartsWith("switchport", StringComparison.Ordinal) || c.Text == "no switchport"));
}
