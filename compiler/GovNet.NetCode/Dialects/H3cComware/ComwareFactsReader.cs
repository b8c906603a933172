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
    private const string GlobalSection = "global";

    private readonly List<UnparsedLine> unparsed = [];
    private readonly SortedDictionary<int, (int Line, string? Name, string? Description)> vlans = [];
    private readonly Dictionary<string, InterfaceState> interfaces = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<InterfaceState> interfaceOrder = [];
    private readonly Dictionary<string, AclState> acls = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<AclState> aclOrder = [];
    private readonly List<RouteFact> routes = [];
    private readonly List<ManagementReference> management = [];
    private string? hostname;
    private bool complete;
    private int configLines;

    public void Read(ImmutableArray<ConfigNode> nodes)
    {
        foreach (var node in nodes)
        {
            Global(node);
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

        return new DeviceFacts(
            file,
            dialect,
            hostname,
            [.. vlans.Select(v => new VlanFact(v.Key, v.Value.Name, v.Value.Description, v.Value.Line))],
            [.. interfaceOrder.Select(i => i.Build(AclId))],
            [.. aclOrder.Select(a => a.Build())],
            [.. routes],
            [.. management],
            [.. unparsed.OrderBy(u => u.Line)],
            configLines,
            complete);
    }

    private void Global(ConfigNode node)
    {
        configLines++;
        var words = Words(node.Text);
        var second = words.Length > 1 ? words[1].ToLowerInvariant() : string.Empty;
        switch (words[0].ToLowerInvariant())
        {
            case "sysname" when ComwareTokens.Match(GlobalGrammar.Sysname, node.Text) is { } name:
                hostname = name.Text;
                Leaf(node, forwarding: false);
                break;
            case "return" when words.Length == 1:
                complete = true;
                Leaf(node, forwarding: false);
                break;
            case "vlan" when ComwareTokens.Match(GlobalGrammar.VlanHeader, node.Text) is { } head:
                Vlan(node, head);
                break;
            case "interface" when ComwareTokens.Match(GlobalGrammar.InterfaceHead, node.Text) is { } head:
                Interface(node, head.Text);
                break;
            case "acl" when ComwareTokens.Match(AclGrammar.AclHeader, node.Text) is { } head && head.Number is not (>= 4000 and <= 5999):
                Acl(node, head);
                break;
            case "ip" when second == "route-static" && ComwareTokens.Match(GlobalGrammar.StaticRoute, node.Text) is { } route:
                routes.Add(new RouteFact(route.Prefix, route.NextHop, route.Interface, node.Line));
                Leaf(node, forwarding: true);
                break;
            case "ntp-service" when second is "unicast-server" or "unicast-peer":
                Server(node, GlobalGrammar.NtpServer);
                break;
            case "info-center" when second == "loghost" && !(words.Length > 2 && words[2].Equals("source", StringComparison.OrdinalIgnoreCase)):
                Server(node, GlobalGrammar.LogHost);
                break;
            case "dns" when second == "server":
                Server(node, GlobalGrammar.DnsServer);
                break;
            case "snmp-agent" when second == "target-host":
                Server(node, GlobalGrammar.SnmpTarget);
                break;
            case "hwtacacs" or "radius" when second == "scheme":
                Scheme(node);
                break;
            default:
                Other(node, words);
                break;
        }
    }

    /// <summary>A top-level command the facts do not hold: harmless, or unparsed as forwarding or not by its leading words.</summary>
    private void Other(ConfigNode node, string[] words)
    {
        if (ComwareCommands.HarmlessGlobal.Matches(words))
        {
            Skip(node);
        }
        else
        {
            Unknown(node, GlobalSection, ComwareCommands.ForwardingGlobal.Matches(words));
        }
    }

    private void Vlan(ConfigNode node, VlanHead head)
    {
        var ids = head.Vlans.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).Distinct().ToList();
        foreach (var id in ids)
        {
            vlans.TryAdd(id, (node.Line, null, null));
        }

        foreach (var child in node.Children)
        {
            configLines++;
            var words = Words(child.Text);

            // A name belongs to one VLAN; under "vlan 10 to 20" it has no meaning the facts could hold.
            if (ids.Count == 1 && ComwareTokens.Match(GlobalGrammar.VlanName, child.Text) is { } name)
            {
                vlans[ids[0]] = vlans[ids[0]] with { Name = name.Text };
                Leaf(child, forwarding: true);
            }
            else if (ids.Count == 1 && ComwareTokens.Match(GlobalGrammar.VlanDescription, child.Text) is { } description)
            {
                vlans[ids[0]] = vlans[ids[0]] with { Description = description.Text };
                Leaf(child, forwarding: true);
            }
            else if (ComwareCommands.HarmlessVlan.Matches(words))
            {
                Skip(child);
            }
            else
            {
                Unknown(child, node.Text, forwarding: true);
            }
        }
    }

    private void Interface(ConfigNode node, string name)
    {
        if (!interfaces.TryGetValue(name, out var state))
        {
            state = new InterfaceState(name, node.Line);
            interfaces[name] = state;
            interfaceOrder.Add(state);
        }

        foreach (var child in node.Children)
        {
            configLines++;
            if (ComwareTokens.Match(InterfaceGrammar.InterfaceLine, child.Text) is { } command)
            {
                state.Apply(command);
                Leaf(child, forwarding: true);
            }
            else if (ComwareCommands.HarmlessInterface.Matches(Words(child.Text)))
            {
                Skip(child);
            }
            else
            {
                Unknown(child, node.Text, forwarding: true);
            }
        }
    }

    private void Acl(ConfigNode node, AclHead head)
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
            unparsed.Add(new UnparsedLine(node.Line, node.Text, GlobalSection, AffectsForwarding: true));
        }

        foreach (var child in node.Children)
        {
            configLines++;
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
    }

    private void Scheme(ConfigNode node)
    {
        foreach (var child in node.Children)
        {
            configLines++;
            var words = Words(child.Text);
            if (ComwareTokens.Match(GlobalGrammar.AaaServer, child.Text) is { } server)
            {
                management.Add(new ManagementReference(server.Kind, server.Address, child.Line));
                Leaf(child, forwarding: false);
            }
            else if (ComwareCommands.HarmlessScheme.Matches(words))
            {
                Skip(child);
            }
            else
            {
                Unknown(child, node.Text, forwarding: false);
            }
        }
    }

    /// <summary>A management server line; one naming a host by name or IPv6 is kept as unparsed (it is not forwarding).</summary>
    private void Server(ConfigNode node, Parser<ServerLine> grammar)
    {
        if (ComwareTokens.Match(grammar, node.Text) is { } server)
        {
            management.Add(new ManagementReference(server.Kind, server.Address, node.Line));
            Leaf(node, forwarding: false);
        }
        else
        {
            Unknown(node, GlobalSection, forwarding: false);
        }
    }

    /// <summary>A line understood on its own: anything indented under it was not expected there.</summary>
    private void Leaf(ConfigNode node, bool forwarding)
    {
        foreach (var child in node.Children)
        {
            configLines++;
            Unknown(child, node.Text, forwarding);
        }
    }

    /// <summary>A recognised harmless command: its whole section is recognised with it.</summary>
    private void Skip(ConfigNode node)
    {
        foreach (var child in node.Children)
        {
            configLines++;
            Skip(child);
        }
    }

    private void Unknown(ConfigNode node, string section, bool forwarding)
    {
        unparsed.Add(new UnparsedLine(node.Line, node.Text, section, forwarding));
        foreach (var child in node.Children)
        {
            configLines++;
            Unknown(child, node.Text, forwarding);
        }
    }

    private static bool AclLine(AclState acl, ConfigNode line)
    {
        if (ComwareTokens.Match(AclGrammar.AclRule, line.Text) is { } rule)
        {
            return !(rule.Narrowed && rule.Action == AclAction.Deny) && acl.Add(rule, line.Line);
        }

        if (ComwareTokens.Match(AclGrammar.AclComment, line.Text) is { } comment)
        {
            acl.Comment(comment);
            return true;
        }

        if (ComwareTokens.Match(AclGrammar.AclStepLine, line.Text) is { } step)
        {
            acl.Step(step);
            return true;
        }

        return Words(line.Text)[0].Equals("description", StringComparison.OrdinalIgnoreCase);
    }

    // ConfigTree trims spaces and tabs only; a line of other whitespace is still one (empty-looking) word.
    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words : [text];
}
