using System.Collections.Immutable;
using GovNet.NetCode.Parsing;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpKnownCommands;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// One parse: walks the config tree, gives each top-level line to its reader in
/// <see cref="Sections"/>, and classifies what no reader takes. Every line ends in exactly one
/// place: a fact, the known-harmless lists, or an unparsed line.
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
    public const string Global = FactsBuilder.GlobalSection;

    // VRP accepts command lines of 510 characters; a longer line is not config and is never given to a grammar.
    private const int MaxLine = 4096;

    /// <summary>Top-level section headers and their readers; what none takes is classified by <see cref="HuaweiVrpKnownCommands"/>.</summary>
    private static readonly SectionTable<HuaweiVrpReader> Sections = new(
        StringComparison.OrdinalIgnoreCase,
        [.. HuaweiVrpRoutingReader.Rows,
        ("sysname", Sysname),
        ("return", Return),
        ("vlan", HuaweiVrpVlanReader.Read),
        ("interface", HuaweiVrpInterfaceReader.Read),
        ("acl", HuaweiVrpAclReader.Read),
        ("ip route-static", HuaweiVrpRouteReader.Read),
        ("nat", HuaweiVrpNatReader.Global),
        ("switch vsys", VirtualSystem),
        ("ipv6 route-static", HuaweiVrpIpv6Reader.Route),
        ("ip ipv6-prefix", HuaweiVrpIpv6Reader.Definition),
        ("dhcpv6 pool", HuaweiVrpIpv6Reader.Pool),
        ("gvrp", HuaweiVrpLayer2Reader.Gvrp),
        ("port-group", HuaweiVrpPortGroupReader.Read)]);

    // Set by "switch vsys NAME" until the next "return": a virtual system's own config, which is
    // another routing and filtering domain the facts of this device must not absorb.
    private string? vsys;

    public FactsBuilder Facts { get; } = new();

    public Dictionary<string, HuaweiVrpInterfaceBuilder> Interfaces { get; } = new(StringComparer.Ordinal);

    public List<HuaweiVrpInterfaceBuilder> InterfaceOrder { get; } = [];

    public Dictionary<string, HuaweiVrpAclBuilder> Acls { get; } = new(StringComparer.Ordinal);

    public List<HuaweiVrpAclBuilder> AclOrder { get; } = [];

    /// <summary>ACL names that stand for a numbered ACL (<c>acl number 3000 name X</c>): a binding by name means the number.</summary>
    public Dictionary<string, string> AclAliases { get; } = new(StringComparer.Ordinal);

    public DeviceFacts Read(string text)
    {
        var prepared = HuaweiVrpCapture.Prepare(text, IsConfig);

        // Only "!" comment lines (CfgFileCrc, Software Version headers) are separators; see the remarks on "#".
        var tree = ConfigTree.Parse(prepared, isSeparator: l => l[0] == '!');
        GlobalLines(tree);

        var vlanSets = new HuaweiVrpVlanSets();
        return Facts.Build(
            file,
            HuaweiVrpConfigParser.DialectId,
            FactsBuilder.CountLines(tree, skip: n => n.Text == "#"),
            InterfaceOrder.Select(i => i.ToFact(vlanSets, AclIdOf)),
            AclOrder.Select(a => a.ToFact()));
    }

    // ---- global -------------------------------------------------------------------------------

    public void GlobalLines(ImmutableArray<ConfigNode> nodes)
    {
        foreach (var node in nodes)
        {
            Guarded(node, Global, (Reader: this, Node: node), static s => s.Reader.GlobalLine(s.Node));
        }
    }

    private void GlobalLine(ConfigNode node)
    {
        var text = node.Text;
        if (text == "#" || (vsys is null && HuaweiVrpCapture.IsPrompt(text)))
        {
            // A command typed at a prompt that prints nothing (HuaweiVrpCapture took those) configured the device after the capture.
            if (text != "#" && HuaweiVrpCapture.Command(text) is { Length: > 0 } command)
            {
                Facts.Unread(node, FactsBuilder.SessionSection, AffectsForwarding(command));
            }

            GlobalLines(node.Children);
            return;
        }

        if (vsys is not null)
        {
            VirtualSystemLine(node);
            return;
        }

        if (Sections.TryRead(node, this))
        {
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

    /// <summary>
    /// Whether a line could be configuration: what the dialect knows or what may forward; it ends
    /// pasted device output. VRP prints every command word in lower case, and its output headings are
    /// capitalised (<c>BGP local router ID</c>, <c>Reply from</c>), so a line whose first word has a
    /// capital is output; any other line is matched as the parser matches config, without case.
    /// </summary>
    private static bool IsConfig(string line) =>
        line.StartsWith('#') || (!line.Split(' ', 2)[0].Any(char.IsAsciiLetterUpper) && IsKnownOrForwarding(line));

    private static bool IsKnownOrForwarding(string line) =>
        line.StartsWith('!') || Sections.Headers.Any(h => HuaweiVrpKnownCommands.Starts(line, h)) ||
        IsHarmlessSection(line, out _) || IsGlobalCommand(line) || IsInterfaceCommand(line) || AffectsForwarding(line) ||
        HuaweiVrpKnownCommands.Starts(line, "undo") || HuaweiVrpKnownCommands.Starts(line, "shutdown") || HuaweiVrpKnownCommands.Starts(line, "description");

    private static bool Sysname(ConfigNode node, HuaweiVrpReader reader)
    {
        if (node.Text.Length <= "sysname ".Length)
        {
            return false;
        }

        reader.Facts.Hostname = node.Text["sysname ".Length..].Trim();
        reader.GlobalLines(node.Children);
        return true;
    }

    private static bool Return(ConfigNode node, HuaweiVrpReader reader)
    {
        if (node.Text.Length != "return".Length)
        {
            return false;
        }

        reader.Facts.Complete = true;
        reader.GlobalLines(node.Children);
        return true;
    }

    private static bool VirtualSystem(ConfigNode node, HuaweiVrpReader reader)
    {
        reader.vsys = node.Text;
        reader.Unknown(node, Global, true);
        return true;
    }

    private void VirtualSystemLine(ConfigNode node)
    {
        if (node.Text.Equals("return", StringComparison.OrdinalIgnoreCase))
        {
            vsys = null;
            GlobalLines(node.Children);
            return;
        }

        Unknown(node, vsys!, AffectsForwarding(node.Text));
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
                Facts.Management(server, address, node.Line);
                return true;
            case ManagementLineKind.Unreadable:
                Facts.Unread(node, section, false);
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

    private string AclIdOf(string binding) => AclAliases.GetValueOrDefault(binding, binding);

    // ---- reporting ----------------------------------------------------------------------------

    /// <summary>Reports a line and everything beneath it; children inherit whether they affect forwarding.</summary>
    public void Unknown(ConfigNode node, string section, bool affectsForwarding)
    {
        Facts.Unread(node, section, affectsForwarding);
        ChildrenUnknown(node, affectsForwarding);
    }

    public void ChildrenUnknown(ConfigNode node, bool affectsForwarding)
    {
        foreach (var child in Children(node))
        {
            Unknown(child, node.Text, affectsForwarding || AffectsForwarding(child.Text));
        }
    }

    /// <summary>Reads the lines of a section with <paramref name="read"/>; a line it does not understand is reported in the section, as affecting forwarding.</summary>
    public void SectionLines(ConfigNode section, Func<ConfigNode, bool> read)
    {
        foreach (var child in Children(section))
        {
            // The state travels as a tuple to a static reading, not in a closure made per line.
            Guarded(child, section.Text, (Reader: this, Section: section, Child: child, Read: read), static s =>
            {
                if (s.Read(s.Child))
                {
                    s.Reader.ChildrenUnknown(s.Child, true);
                }
                else
                {
                    s.Reader.Unknown(s.Child, s.Section.Text, true);
                }
            });
        }
    }

    /// <summary>
    /// Runs the reading of one line, of any section. A line too long to be a command is reported
    /// without meeting a grammar. A fault in the parser itself reports the line, as affecting
    /// forwarding, instead of ending the parse: a proof over the rest can still be weighed, and
    /// the section text names the fault so tests can find it.
    /// </summary>
    public void Guarded(ConfigNode node, string section, Action read) => Guarded(node, section, read, static r => r());

    /// <summary><see cref="Guarded(ConfigNode, string, Action)"/> of a reading given its state.</summary>
    public void Guarded<TState>(ConfigNode node, string section, TState state, Action<TState> read)
    {
        if (node.Text.Length > MaxLine)
        {
            Unknown(node, section, AffectsForwarding(node.Text) || (section != Global && AffectsForwarding(section)));
            return;
        }

        try
        {
            read(state);
        }
#pragma warning disable CA1031 // The parser must never throw; the fault is reported, not swallowed.
        catch (Exception fault) when (fault is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            Facts.Unread(node.Line, node.Text, ParseText.Format("ParserFault", FactsBuilder.Clip(section), fault.GetType().Name), true);
        }
    }

    /// <summary>The children of a section, with the children of its <c>#</c> lines in their place.</summary>
    public static IEnumerable<ConfigNode> Children(ConfigNode node) =>
        node.Children.IsEmpty ? [] : ChildrenAndInner(node);

    private static IEnumerable<ConfigNode> ChildrenAndInner(ConfigNode node)
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

    public static string[] Words(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public static string RestAfter(string text, string command) => text.Length > command.Length ? text[(command.Length + 1)..].Trim() : string.Empty;
}
