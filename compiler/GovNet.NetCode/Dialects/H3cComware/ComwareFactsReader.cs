using System.Collections.Immutable;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using Sprache;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// Walks a Comware config tree and collects the facts. Every line ends up in exactly one place: a
/// fact, a recognised harmless command, or <see cref="UnparsedLine"/> with whether it could change
/// forwarding (anything in an interface, VLAN or ACL section; routing, filtering and VLAN commands
/// at the top level).
/// </summary>
internal sealed class ComwareFactsReader
{
    private const string GlobalSection = FactsBuilder.GlobalSection;

    /// <summary>Top-level section headers and their readers; what none takes is classified by <see cref="ComwareCommands"/>.</summary>
    private static readonly SectionTable<ComwareFactsReader> Sections = new(
        StringComparison.OrdinalIgnoreCase,
        [.. ComwareRoutingReader.Rows(r => r.Routing),
        ("sysname", (node, r) => r.Hostname(node)),
        ("return", (node, r) => r.Return(node)),
        ("vlan", (node, r) => SectionScanner.VlanHeader(node.Text) is { } head && r.Vlan(node, head)),
        ("interface", (node, r) => InterfaceScanner.Head(node.Text) is { } head && r.Interface(node, head.Text)),
        ("acl", (node, r) => SectionScanner.AclHeader(node.Text) is { } head && head.Number is not (>= 4000 and <= 5999) && r.Acl(node, head)),
        ("ip route-static", (node, r) => r.Route(node)),
        ("nat", (node, r) => ComwareNatReader.Global(node, r.facts)),
        ("ntp-service unicast-server", (node, r) => r.Server(node, GlobalGrammar.NtpServer)),
        ("ntp-service unicast-peer", (node, r) => r.Server(node, GlobalGrammar.NtpServer)),
        ("info-center loghost source", (_, _) => false),
        ("info-center loghost", (node, r) => r.Server(node, GlobalGrammar.LogHost)),
        ("dns server", (node, r) => r.Server(node, GlobalGrammar.DnsServer)),
        ("snmp-agent target-host", (node, r) => r.Server(node, GlobalGrammar.SnmpTarget)),
        ("hwtacacs scheme", (node, r) => r.Scheme(node)),
        ("radius scheme", (node, r) => r.Scheme(node)),
        ("ipv6 route-static", (node, r) => ComwareLayer2Reader.Ipv6Route(node, r.facts)),
        ("port-group manual", (node, r) => ComwarePortGroupReader.Read(node, r.facts))]);

    private readonly FactsBuilder facts = new();
    private readonly Dictionary<string, InterfaceState> interfaces = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<InterfaceState> interfaceOrder = [];
    private readonly Dictionary<string, AclState> acls = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<AclState> aclOrder = [];
    private int configLines;

    private VrpFamilyRouting Routing => new(facts.Layer3, ComwareRoutingReader.Children, (n, section) => Unknown(n, section, forwarding: true));

    public void Read(ImmutableArray<ConfigNode> nodes)
    {
        configLines += FactsBuilder.CountLines(nodes);
        foreach (var node in nodes)
        {
            if (!Sections.TryRead(node, this))
            {
                Other(node);
            }
        }
    }

    public DeviceFacts Build(string file, string dialect)
    {
        // Interfaces may bind an ACL by name that is also known by its number (acl number 3000 name X).
        var numberOfName = aclOrder
            .Where(a => a.Head is { Name: not null, Number: not null })
            .GroupBy(a => a.Head.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Head.Id, StringComparer.OrdinalIgnoreCase);
        string AclId(string bound) => numberOfName.TryGetValue(bound, out var id) ? id : acls.TryGetValue(bound, out var acl) ? acl.Head.Id : bound;

        return facts.Build(file, dialect, configLines, interfaceOrder.Select(i => i.Build(AclId)), aclOrder.Select(a => a.Build()));
    }

    private bool Hostname(ConfigNode node)
    {
        if (ComwareTokens.Match(GlobalGrammar.Sysname, node.Text) is not { } name)
        {
            return false;
        }

        facts.Hostname = name.Text;
        Leaf(node, forwarding: false);
        return true;
    }

    private bool Return(ConfigNode node)
    {
        if (Words(node.Text).Length != 1)
        {
            return false;
        }

        facts.Complete = true;
        Leaf(node, forwarding: false);
        return true;
    }

    private bool Route(ConfigNode node)
    {
        if (ComwareTokens.Match(GlobalGrammar.StaticRoute, node.Text) is not { } route)
        {
            return false;
        }

        facts.Route(new RouteFact(route.Prefix, route.NextHop, route.Interface, node.Line));
        Leaf(node, forwarding: true);
        return true;
    }

    /// <summary>A top-level command the facts do not hold: harmless, or unparsed as forwarding or not by its leading words.</summary>
    private void Other(ConfigNode node)
    {
        // A recognised harmless command is understood with its whole section.
        if (!ComwareCommands.HarmlessGlobal.Matches(node.Text))
        {
            Unknown(node, GlobalSection, ComwareCommands.ForwardingGlobal.Matches(node.Text));
        }
    }

    private bool Vlan(ConfigNode node, VlanHead head)
    {
        var ids = head.Vlans.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).Distinct().ToList();
        foreach (var id in ids)
        {
            facts.Vlan(id, node.Line);
        }

        foreach (var child in node.Children)
        {
            // A name belongs to one VLAN; under "vlan 10 to 20" it has no meaning the facts could hold.
            if (ids.Count == 1 && SectionScanner.VlanName(child.Text) is { } name)
            {
                facts.NameVlan(ids[0], name.Text);
                Leaf(child, forwarding: true);
            }
            else if (ids.Count == 1 && SectionScanner.VlanDescription(child.Text) is { } description)
            {
                facts.DescribeVlan(ids[0], description.Text);
                Leaf(child, forwarding: true);
            }
            else if (!ComwareCommands.HarmlessVlan.Matches(child.Text))
            {
                Unknown(child, node.Text, forwarding: true);
            }
        }

        return true;
    }

    private bool Interface(ConfigNode node, string name)
    {
        if (!interfaces.TryGetValue(name, out var state))
        {
            state = new InterfaceState(name, node.Line);
            interfaces[name] = state;
            interfaceOrder.Add(state);
        }

        if (ComwareTunnelReader.IsTunnel(name))
        {
            ComwareTunnelReader.Header(node, facts);
        }

        foreach (var child in node.Children)
        {
            if (InterfaceScanner.Line(child.Text) is { } command)
            {
                state.Apply(command);
                Leaf(child, forwarding: true);
            }
            else if (ComwareNatReader.InterfaceLine(facts, name, child) || ComwareLayer2Reader.Line(state, child, facts, node.Text) ||
                ComwareTunnelReader.Line(name, child, facts, node.Text))
            {
                Leaf(child, forwarding: true);
            }
            else if (!ComwareCommands.HarmlessInterface.Matches(child.Text) && !Routing.InterfaceLine(name, child))
            {
                Unknown(child, node.Text, forwarding: true);
            }
        }

        return true;
    }

    private bool Acl(ConfigNode node, AclHead head)
    {
        if (!acls.TryGetValue(head.Id, out var acl))
        {
            acl = new AclState(head, node.Line);
            acls[head.Id] = acl;
            aclOrder.Add(acl);
        }

        // match-order auto sorts rules by depth, not by number: the facts would give the wrong first match.
        if (head.AutoOrder)
        {
            facts.Layer3.Unproven(node, UnprovenKind.AclAutoOrder);
        }

        foreach (var child in node.Children)
        {
            // A deny that matches less than its fields say (vpn-instance, time-range, …) cannot be held
            // as a fact without overstating what it blocks; a permit can, as an over-approximation.
            if (AclLine(acl, child))
            {
                Leaf(child, forwarding: true);
            }
            else
            {
                Unknown(child, node.Text, forwarding: true);
            }
        }

        return true;
    }

    private bool Scheme(ConfigNode node)
    {
        foreach (var child in node.Children)
        {
            if (ComwareTokens.Match(GlobalGrammar.AaaServer, child.Text) is { } server)
            {
                facts.Management(server.Kind, server.Address, child.Line);
                Leaf(child, forwarding: false);
            }
            else if (!ComwareCommands.HarmlessScheme.Matches(child.Text))
            {
                Unknown(child, node.Text, forwarding: false);
            }
        }

        return true;
    }

    /// <summary>A management server line; one naming a host by name or IPv6 is kept as unparsed (it is not forwarding).</summary>
    private bool Server(ConfigNode node, Parser<ServerLine> grammar)
    {
        if (ComwareTokens.Match(grammar, node.Text) is { } server)
        {
            facts.Management(server.Kind, server.Address, node.Line);
            Leaf(node, forwarding: false);
        }
        else
        {
            Unknown(node, GlobalSection, forwarding: false);
        }

        return true;
    }

    /// <summary>A line understood on its own: anything indented under it was not expected there.</summary>
    private void Leaf(ConfigNode node, bool forwarding)
    {
        foreach (var child in node.Children)
        {
            facts.UnreadTree(child, node.Text, forwarding);
        }
    }

    private void Unknown(ConfigNode node, string section, bool forwarding) => facts.UnreadTree(node, section, forwarding);

    private static bool AclLine(AclState acl, ConfigNode line)
    {
        if (AclRuleScanner.Rule(line.Text) is { } rule)
        {
            return !(rule.Narrowed && rule.Action == AclAction.Deny) && acl.Add(rule, line.Line);
        }

        if (AclRuleScanner.Comment(line.Text) is { } comment)
        {
            acl.Comment(comment);
            return true;
        }

        if (ComwareTokens.Match(AclGrammar.AclStepLine, line.Text) is { } step)
        {
            acl.Step(step);
            return true;
        }

        var at = 0;
        return LineWords.Next(line.Text, ref at).Equals("description", StringComparison.OrdinalIgnoreCase);
    }

    // ConfigTree trims spaces and tabs only; a line of other whitespace is still one (empty-looking) word.
    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words : [text];
}
