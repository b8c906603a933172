using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpKnownCommands;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// One parse: walks the config tree section by section and collects facts. Every line ends in
/// exactly one place: a fact, the known-harmless lists, or <see cref="UnparsedLine"/>.
/// </summary>
/// <remarks>
/// <c>#</c> lines are kept in the tree (not dropped as separators) because in VRP a <c>#</c> closes
/// the section above it: saved configs indent global commands by one space after a <c>#</c>
/// (<c>#</c>, <c> sysname AR1</c>), and without the <c>#</c> those lines would become children of the
/// interface before them. A <c>#</c> node is transparent: its children are read in the context it
/// stands in. A prompt line is transparent the same way.
/// </remarks>
internal sealed class HuaweiVrpReader(string file)
{
    private const string Global = "global";
    private const string Session = "terminal session";

    // VRP accepts command lines of 510 characters; a longer line is not config and is never given to a grammar.
    private const int MaxLine = 4096;
    private const int MaxReported = 512;

    private readonly Dictionary<int, (string? Name, string? Description, int Line)> vlans = [];
    private readonly Dictionary<string, HuaweiVrpInterfaceBuilder> interfaces = new(StringComparer.Ordinal);
    private readonly List<HuaweiVrpInterfaceBuilder> interfaceOrder = [];
    private readonly Dictionary<string, HuaweiVrpAclBuilder> acls = new(StringComparer.Ordinal);
    private readonly List<HuaweiVrpAclBuilder> aclOrder = [];
    private readonly Dictionary<string, string> aclAliases = new(StringComparer.Ordinal);
    private readonly List<RouteFact> routes = [];
    private readonly List<ManagementReference> management = [];
    private readonly List<UnparsedLine> unparsed = [];
    private string? hostname;
    private bool complete;

    // Set by "switch vsys NAME" until the next "return": a virtual system's own config, which is
    // another routing and filtering domain the facts of this device must not absorb.
    private string? vsys;

    public DeviceFacts Read(string text)
    {
        var (prepared, transcript) = HuaweiVrpCapture.Prepare(text);
        foreach (var (line, session) in transcript)
        {
            unparsed.Add(new UnparsedLine(line, Clip(session), Session, false));
        }

        // Only "!" comment lines (CfgFileCrc, Software Version headers) are separators; see the remarks on "#".
        var tree = ConfigTree.Parse(prepared, isSeparator: l => l[0] == '!');
        GlobalLines(tree);

        var vlanSets = new HuaweiVrpVlanSets();
        return new DeviceFacts(
            file,
            HuaweiVrpConfigParser.DialectId,
            hostname,
            [.. vlans.OrderBy(v => v.Key).Select(v => new VlanFact(v.Key, v.Value.Name, v.Value.Description, v.Value.Line))],
            [.. interfaceOrder.Select(i => i.ToFact(vlanSets, AclIdOf))],
            [.. aclOrder.Select(a => a.ToFact())],
            [.. routes],
            [.. management],
            [.. unparsed.OrderBy(u => u.Line)],
            transcript.Length + CountLines(tree),
            complete);
    }

    private static int CountLines(ImmutableArray<ConfigNode> nodes)
    {
        var count = 0;
        foreach (var node in nodes)
        {
            count += (node.Text == "#" ? 0 : 1) + CountLines(node.Children);
        }

        return count;
    }

    // ---- global -------------------------------------------------------------------------------

    private void GlobalLines(ImmutableArray<ConfigNode> nodes)
    {
        foreach (var node in nodes)
        {
            Guarded(node, Global, () => GlobalLine(node));
        }
    }

    private void GlobalLine(ConfigNode node)
    {
        var text = node.Text;
        if (text == "#")
        {
            GlobalLines(node.Children);
            return;
        }

        if (vsys is not null)
        {
            VirtualSystemLine(node, vsys);
            return;
        }

        if (HuaweiVrpCapture.IsPrompt(text))
        {
            GlobalLines(node.Children);
            return;
        }

        var first = FirstWord(text);
        switch (first)
        {
            case "sysname" when text.Length > "sysname ".Length:
                hostname = text["sysname ".Length..].Trim();
                GlobalLines(node.Children);
                return;
            case "return" when text.Length == first.Length:
                complete = true;
                GlobalLines(node.Children);
                return;
            case "vlan":
                Vlan(node);
                return;
            case "interface":
                Interface(node);
                return;
            case "acl":
                Acl(node);
                return;
            case "ip" when Starts(text, "ip route-static"):
                Route(node);
                return;
            case "switch" when Starts(text, "switch vsys"):
                vsys = text;
                Unknown(node, Global, true);
                return;
        }

        if (ManagementLine(node, Global))
        {
            GlobalLines(node.Children);
        }
        else if (IsHarmlessSection(text, out var known))
        {
            HarmlessChildren(node, known);
        }
        else if (IsGlobalCommand(text))
        {
            GlobalLines(node.Children);
        }
        else if (!IsInert(node))
        {
            Unknown(node, Global, AffectsForwarding(text));
        }
    }

    private void VirtualSystemLine(ConfigNode node, string section)
    {
        if (node.Text.Equals("return", StringComparison.OrdinalIgnoreCase))
        {
            vsys = null;
            GlobalLines(node.Children);
            return;
        }

        Unknown(node, section, AffectsForwarding(node.Text));
    }

    /// <summary>An inert section (an AR's <c>firewall zone Local</c>, an empty USG policy) is understood whole, header and children.</summary>
    private static bool IsInert(ConfigNode node) =>
        Children(node).All(c => c.Children.IsEmpty) && IsInertSection(node.Text, Children(node).Select(c => c.Text));

    /// <summary>A management reference, or one the facts cannot hold; false when the line names no server.</summary>
    private bool ManagementLine(ConfigNode node, string section)
    {
        var (kind, server, address) = HuaweiVrpManagementLines.Read(node.Text);
        switch (kind)
        {
            case ManagementLineKind.Reference:
                management.Add(new ManagementReference(server, address, node.Line));
                return true;
            case ManagementLineKind.Unreadable:
                unparsed.Add(new UnparsedLine(node.Line, Clip(node.Text), section, false));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The children of a device-configuration section (aaa, user-interface, server templates, DHCP pools…).</summary>
    private void HarmlessChildren(ConfigNode header, string[] known)
    {
        foreach (var child in Children(header))
        {
            Guarded(child, header.Text, () =>
            {
                if (ManagementLine(child, header.Text) || IsKnownChild(child.Text, known))
                {
                    HarmlessChildren(child, known);
                }
                else
                {
                    Unknown(child, header.Text, AffectsForwarding(child.Text));
                }
            });
        }
    }

    // ---- VLANs --------------------------------------------------------------------------------

    private void Vlan(ConfigNode node)
    {
        if (Starts(node.Text, "vlan batch"))
        {
            var batch = HuaweiVrpLineGrammar.VlanBatch.TryParse(node.Text);
            if (!batch.WasSuccessful)
            {
                Unknown(node, Global, true);
                return;
            }

            foreach (var run in batch.Value)
            {
                for (var id = run.From; id <= run.To; id++)
                {
                    vlans.TryAdd(id, (null, null, node.Line));
                }
            }

            GlobalLines(node.Children);
            return;
        }

        var words = Words(node.Text);
        var vlan = words.Length == 2 ? HuaweiVrpLineGrammar.ToNumber(words[1]) : -1;
        if (vlan is < 1 or > 4094)
        {
            Unknown(node, Global, true);
            return;
        }

        // A "vlan N" section names the VLAN a "vlan batch" line may have created before: it keeps the section's line.
        vlans[vlan] = vlans.GetValueOrDefault(vlan) with { Line = node.Line };
        foreach (var child in Children(node))
        {
            Guarded(child, node.Text, () =>
            {
                var text = child.Text;
                if (Starts(text, "name"))
                {
                    vlans[vlan] = vlans[vlan] with { Name = RestAfter(text, "name") };
                }
                else if (Starts(text, "description"))
                {
                    vlans[vlan] = vlans[vlan] with { Description = RestAfter(text, "description") };
                }
                else
                {
                    Unknown(child, node.Text, true);
                    return;
                }

                ChildrenUnknown(child, true);
            });
        }
    }

    // ---- interfaces ---------------------------------------------------------------------------

    private void Interface(ConfigNode node)
    {
        var words = Words(node.Text);
        if (words.Length < 2)
        {
            Unknown(node, Global, true);
            return;
        }

        var key = HuaweiVrpInterfaceBuilder.Key(words[1]);
        if (!interfaces.TryGetValue(key, out var builder))
        {
            builder = new HuaweiVrpInterfaceBuilder(words[1], node.Line);
            interfaces[key] = builder;
            interfaceOrder.Add(builder);
        }

        // "interface X mode l2" and the like: the interface is read, its header is reported.
        if (words.Length > 2)
        {
            unparsed.Add(new UnparsedLine(node.Line, Clip(node.Text), Global, true));
        }

        foreach (var child in Children(node))
        {
            Guarded(child, node.Text, () =>
            {
                if (InterfaceLine(builder, child.Text))
                {
                    ChildrenUnknown(child, true);
                }
                else
                {
                    Unknown(child, node.Text, true);
                }
            });
        }
    }

    /// <summary>Applies one interface line; false when it is not understood.</summary>
    private static bool InterfaceLine(HuaweiVrpInterfaceBuilder builder, string text)
    {
        if (Starts(text, "description"))
        {
            builder.Description = RestAfter(text, "description");
            return true;
        }

        switch (text.ToLowerInvariant())
        {
            case "shutdown":
                builder.Shutdown = true;
                return true;
            case "undo shutdown":
                builder.Shutdown = false;
                return true;
            case "undo portswitch":
                builder.SetPortswitch(false);
                return true;
            case "portswitch":
                builder.SetPortswitch(true);
                return true;
            case "port link-type access" or "port link-type trunk" or "port link-type hybrid" or "port link-type negotiation-auto" or "port link-type negotiation-desirable":
                builder.SetLinkType(text["port link-type ".Length..].ToLowerInvariant());
                return true;
        }

        if (VlanCommand(text, "port default vlan") is { } defaultVlan)
        {
            builder.SetDefaultVlan(defaultVlan);
            return true;
        }

        if (VlanCommand(text, "port trunk pvid vlan") is { } trunkPvid)
        {
            builder.SetTrunkPvid(trunkPvid);
            return true;
        }

        if (VlanCommand(text, "port hybrid pvid vlan") is { } hybridPvid)
        {
            builder.SetHybridPvid(hybridPvid);
            return true;
        }

        foreach (var (command, hybrid, remove) in VlanListCommands)
        {
            if (Starts(text, command))
            {
                var list = HuaweiVrpLineGrammar.PortVlanList.TryParse(text[command.Length..]);
                if (!list.WasSuccessful)
                {
                    return false;
                }

                if (hybrid)
                {
                    builder.ChangeHybridVlans(list.Value, remove, untagged: command.EndsWith("untagged vlan", StringComparison.Ordinal) || command == "undo port hybrid vlan");
                }
                else
                {
                    builder.ChangeTrunkVlans(list.Value, remove);
                }

                return true;
            }
        }

        if (Starts(text, "ip address"))
        {
            var address = HuaweiVrpLineGrammar.IpAddress.TryParse(text);
            if (address.WasSuccessful)
            {
                builder.AddAddress(address.Value.Address, address.Value.Sub);
            }

            return address.WasSuccessful;
        }

        if (Starts(text, "traffic-filter"))
        {
            return TrafficFilter(builder, text);
        }

        return IsInterfaceCommand(text);
    }

    private static readonly (string Command, bool Hybrid, bool Remove)[] VlanListCommands =
    [
        ("port trunk allow-pass vlan", false, false),
        ("undo port trunk allow-pass vlan", false, true),
        ("port hybrid tagged vlan", true, false),
        ("port hybrid untagged vlan", true, false),
        ("undo port hybrid tagged vlan", true, true),
        ("undo port hybrid untagged vlan", true, true),
        ("undo port hybrid vlan", true, true),
    ];

    private static int? VlanCommand(string text, string command)
    {
        if (!Starts(text, command))
        {
            return null;
        }

        var vlan = HuaweiVrpLineGrammar.SingleVlan.TryParse(text[command.Length..]);
        return vlan.WasSuccessful ? vlan.Value : null;
    }

    /// <summary><c>traffic-filter inbound|outbound acl N</c> or <c>… acl name X</c>.</summary>
    private static bool TrafficFilter(HuaweiVrpInterfaceBuilder builder, string text)
    {
        var words = Words(text);
        string? acl = words switch
        {
            [_, _, var a, var id] when a.Equals("acl", StringComparison.OrdinalIgnoreCase) && HuaweiVrpLineGrammar.ToNumber(id) >= 0 => id,
            [_, _, var a, var n, var name] when a.Equals("acl", StringComparison.OrdinalIgnoreCase) && n.Equals("name", StringComparison.OrdinalIgnoreCase) => name,
            _ => null,
        };
        if (acl is null)
        {
            return false;
        }

        switch (words[1].ToLowerInvariant())
        {
            case "inbound":
                builder.AclIn = acl;
                return true;
            case "outbound":
                builder.AclOut = acl;
                return true;
            default:
                return false;
        }
    }

    // ---- ACLs ---------------------------------------------------------------------------------

    private void Acl(ConfigNode node)
    {
        var header = HuaweiVrpAclHeader.Read(node.Text);
        if (header is null)
        {
            Unknown(node, Global, true);
            return;
        }

        if (!acls.TryGetValue(header.Id, out var acl))
        {
            acl = new HuaweiVrpAclBuilder(header.Id, node.Line, header.Kind);
            acls[header.Id] = acl;
            aclOrder.Add(acl);
        }

        if (header.AliasName is { } alias)
        {
            aclAliases[alias] = header.Id;
        }

        // Rules of a match-order auto ACL are evaluated most specific first, not in id order: the
        // rules are read, the order is not, and the header says so.
        if (header.AutoOrder)
        {
            unparsed.Add(new UnparsedLine(node.Line, Clip(node.Text), Global, true));
        }

        foreach (var child in Children(node))
        {
            Guarded(child, node.Text, () =>
            {
                if (AclLine(acl, child))
                {
                    ChildrenUnknown(child, true);
                }
                else
                {
                    Unknown(child, node.Text, true);
                }
            });
        }
    }

    private static bool AclLine(HuaweiVrpAclBuilder acl, ConfigNode line)
    {
        var text = line.Text;
        if (!Starts(text, "rule"))
        {
            return IsAclCommand(text);
        }

        // "rule N description …" is told from a rule by its third word, so each line meets one grammar.
        var words = text.Split([' ', '\t'], 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && words[2].Equals("description", StringComparison.OrdinalIgnoreCase))
        {
            var remark = HuaweiVrpRuleGrammar.Remark.TryParse(text);
            if (remark.WasSuccessful)
            {
                acl.Remark(remark.Value.Sequence, remark.Value.Text);
            }

            return remark.WasSuccessful;
        }

        if (acl.Kind == HuaweiVrpAclKind.Other)
        {
            return false;
        }

        var rule = HuaweiVrpRuleGrammar.Rule.TryParse(text);
        if (!rule.WasSuccessful || HuaweiVrpRuleReader.Read(rule.Value, line.Line, acl.Kind) is not { } fact)
        {
            return false;
        }

        acl.Add(fact);
        return true;
    }

    private string AclIdOf(string binding) => aclAliases.GetValueOrDefault(binding, binding);

    // ---- routes -------------------------------------------------------------------------------

    private void Route(ConfigNode node)
    {
        // Routes of a VPN instance (ip route-static vpn-instance …, or a next hop in one) live in
        // another routing table; the facts hold the public table only, so they fail the grammar
        // and are reported as affecting forwarding.
        var route = HuaweiVrpLineGrammar.RouteStatic.TryParse(node.Text);
        if (!route.WasSuccessful)
        {
            Unknown(node, Global, true);
            return;
        }

        routes.Add(new RouteFact(route.Value.Prefix, route.Value.NextHop, route.Value.Interface, node.Line));
        GlobalLines(node.Children);
    }

    // ---- reporting ----------------------------------------------------------------------------

    /// <summary>Reports a line and everything beneath it; children inherit whether they affect forwarding.</summary>
    private void Unknown(ConfigNode node, string section, bool affectsForwarding)
    {
        unparsed.Add(new UnparsedLine(node.Line, Clip(node.Text), Clip(section), affectsForwarding));
        ChildrenUnknown(node, affectsForwarding);
    }

    private void ChildrenUnknown(ConfigNode node, bool affectsForwarding)
    {
        foreach (var child in Children(node))
        {
            Unknown(child, node.Text, affectsForwarding || AffectsForwarding(child.Text));
        }
    }

    /// <summary>
    /// Runs the reading of one line, of any section. A line too long to be a command is reported
    /// without meeting a grammar. A fault in the parser itself reports the line, as affecting
    /// forwarding, instead of ending the parse: a proof over the rest can still be weighed, and
    /// the section text names the fault so tests can find it.
    /// </summary>
    private void Guarded(ConfigNode node, string section, Action read)
    {
        if (node.Text.Length > MaxLine)
        {
            Unknown(node, section, AffectsForwarding(node.Text) || (section != Global && AffectsForwarding(section)));
            return;
        }

        try
        {
            read();
        }
#pragma warning disable CA1031 // The parser must never throw; the fault is reported, not swallowed.
        catch (Exception fault) when (fault is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            unparsed.Add(new UnparsedLine(node.Line, Clip(node.Text), $"{Clip(section)} (parser fault: {fault.GetType().Name})", true));
        }
    }

    /// <summary>The children of a section, with the children of its <c>#</c> lines in their place.</summary>
    private static IEnumerable<ConfigNode> Children(ConfigNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.Text == "#")
            {
                foreach (var inner in Children(child))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny([' ', '\t']);
        return (end < 0 ? text : text[..end]).ToLowerInvariant();
    }

    private static string[] Words(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string RestAfter(string text, string command) => text.Length > command.Length ? text[(command.Length + 1)..].Trim() : string.Empty;

    private static string Clip(string text) => text.Length <= MaxReported ? text : text[..MaxReported] + "…";
}
