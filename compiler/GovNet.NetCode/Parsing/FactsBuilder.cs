using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// The facts one parse has found so far, shared by every dialect: hostname, VLANs, routes,
/// management servers and the lines not understood. A dialect keeps only what is its own (its
/// interface and ACL states, which it turns into facts at the end). Every line a parse meets ends in
/// exactly one place: a fact, the dialect's harmless lists, or <see cref="Unread(ConfigNode, string, bool)"/>.
/// </summary>
public sealed class FactsBuilder
{
    /// <summary>The section name of top-level lines.</summary>
    public const string GlobalSection = "global";

    /// <summary>The section name of lines a captured terminal session wrote around the config (prompts, echoed commands).</summary>
    public const string SessionSection = "terminal session";

    /// <summary>Longest text an unparsed line or section keeps: a line past it is not config, and a report must stay readable.</summary>
    public const int MaxReported = 512;

    private readonly Dictionary<int, VlanFact> vlans = [];
    private readonly List<RouteFact> routes = [];
    private readonly List<ManagementReference> management = [];
    private readonly List<UnparsedLine> unparsed = [];
    private readonly List<NatFact> nat = [];
    private readonly List<UnprovenLine> unproven = [];

    public string? Hostname { get; set; }

    /// <summary>Dynamic routing, VRFs, policy routing and forwarding the verifier does not prove.</summary>
    public RoutingFactsBuilder Layer3 { get; } = new();

    /// <summary>Whether the config's final line (VRP/Comware <c>return</c>, IOS <c>end</c>) was seen.</summary>
    public bool Complete { get; set; }

    /// <summary>Whether the device routes between its L3 interfaces; only an explicit statement turns it off.</summary>
    public bool Routing { get; set; } = true;

    /// <summary>Declares a VLAN; one already declared keeps what it has.</summary>
    public void Vlan(int id, int line) => vlans.TryAdd(id, new VlanFact(id, null, null, line));

    /// <summary>A VLAN's own section: declares it if needed and points it at this line.</summary>
    public void VlanSection(int id, int line) =>
        vlans[id] = vlans.TryGetValue(id, out var known) ? known with { Line = line } : new VlanFact(id, null, null, line);

    public void NameVlan(int id, string? name) => vlans[id] = vlans[id] with { Name = name };

    public void DescribeVlan(int id, string? description) => vlans[id] = vlans[id] with { Description = description };

    public void Route(RouteFact route) => routes.Add(route);

    public void Nat(NatFact fact) => nat.Add(fact);

    public void Management(ManagementKind kind, Ipv4Address address, int line) => management.Add(new ManagementReference(kind, address, line));

    /// <summary>Records a recognised line whose forwarding the verifier does not prove (see <see cref="UnprovenLine"/>).</summary>
    public void Unproven(ConfigNode node, string section, UnprovenKind kind) =>
        unproven.Add(new UnprovenLine(node.Line, Clip(node.Text), Clip(section), kind));

    /// <summary>Reports one line as not understood, in the section it stands in.</summary>
    public void Unread(int line, string text, string section, bool affectsForwarding) =>
        unparsed.Add(new UnparsedLine(line, Clip(text), Clip(section), affectsForwarding));

    public void Unread(ConfigNode node, string section, bool affectsForwarding) => Unread(node.Line, node.Text, section, affectsForwarding);

    /// <summary>Reports a line and everything nested under it; each nested line stands in the section of the line above it.</summary>
    public void UnreadTree(ConfigNode node, string section, bool affectsForwarding)
    {
        Unread(node, section, affectsForwarding);
        if (node.Children.IsEmpty)
        {
            return;
        }

        var pending = new Stack<(ConfigNode Node, string Section)>(node.Children.Reverse().Select(c => (c, node.Text)));
        while (pending.TryPop(out var next))
        {
            Unread(next.Node, next.Section, affectsForwarding);
            for (var i = next.Node.Children.Length - 1; i >= 0; i--)
            {
                pending.Push((next.Node.Children[i], next.Node.Text));
            }
        }
    }

    /// <summary>Reports everything nested under a line (not the line itself), all in one section.</summary>
    public void UnreadChildren(ConfigNode node, string section, bool affectsForwarding)
    {
        // Iterative, so no nesting depth can exhaust the stack; most lines have nothing nested and need no stack.
        if (node.Children.IsEmpty)
        {
            return;
        }

        var pending = new Stack<ConfigNode>(node.Children.Reverse());
        while (pending.TryPop(out var child))
        {
            Unread(child, section, affectsForwarding);
            for (var i = child.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(child.Children[i]);
            }
        }
    }

    /// <summary>The facts, VLANs by id, unparsed lines by line; interfaces and ACLs come from the dialect's own states.</summary>
    public DeviceFacts Build(string file, string dialect, int configLines, IEnumerable<InterfaceFact> interfaces, IEnumerable<AclFact> acls) => new(
        file,
        dialect,
        Hostname,
        [.. vlans.Values.OrderBy(v => v.Id)],
        Subinterfaces.Attach(interfaces),
        [.. acls],
        [.. routes],
        [.. management],
        [.. unparsed.OrderBy(u => u.Line)],
        configLines,
        Complete)
    {
        Routing = Routing,
        Nat = [.. nat],
        Unproven = [.. unproven.OrderBy(u => u.Line)],
        Protocols = Layer3.Build(),
    };

    public static string Clip(string text) => text.Length <= MaxReported ? text : text[..MaxReported] + "…";

    /// <summary>How many lines a tree holds, leaving out the ones <paramref name="skip"/> names (VRP's transparent <c>#</c>).</summary>
    public static int CountLines(ImmutableArray<ConfigNode> tree, Func<ConfigNode, bool>? skip = null)
    {
        var count = 0;
        var pending = new Stack<ConfigNode>(tree);
        while (pending.TryPop(out var node))
        {
            count += skip?.Invoke(node) == true ? 0 : 1;
            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }

        return count;
    }
}
