using System.Collections.Immutable;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// What the readers have found so far in one config. IOS merges a section that is entered twice
/// (two <c>interface Gi0/1</c> blocks are one interface), so interfaces, VLANs and ACLs are kept
/// by name and emitted in the order they first appeared.
/// </summary>
internal sealed class IosFactsBuilder
{
    public const string GlobalSection = "global";

    private readonly Dictionary<string, IosInterfaceState> interfaces = new(StringComparer.Ordinal);
    private readonly List<IosInterfaceState> interfaceOrder = [];
    private readonly Dictionary<int, VlanFact> vlans = [];
    private readonly List<int> vlanOrder = [];
    private readonly List<RouteFact> routes = [];
    private readonly List<ManagementReference> management = [];
    private readonly List<UnparsedLine> unparsed = [];

    public string? Hostname { get; set; }

    public bool Complete { get; set; }

    /// <summary>The last of <c>ip routing</c> / <c>no ip routing</c>; IOS routes unless told not to.</summary>
    public bool Routing { get; set; } = true;

    public IosAclTable Acls { get; } = new();

    public IosInterfaceState Interface(string name, int line)
    {
        if (!interfaces.TryGetValue(name, out var state))
        {
            state = new IosInterfaceState(name, line);
            interfaces[name] = state;
            interfaceOrder.Add(state);
        }

        return state;
    }

    public void Vlan(int id, string? name, int line)
    {
        if (vlans.TryGetValue(id, out var known))
        {
            vlans[id] = known with { Name = name ?? known.Name };
            return;
        }

        vlans[id] = new VlanFact(id, name, null, line);
        vlanOrder.Add(id);
    }

    public void Route(RouteFact route) => routes.Add(route);

    public void Management(ManagementKind kind, Model.Ipv4Address address, int line) => management.Add(new ManagementReference(kind, address, line));

    /// <summary>Reports a line as not understood.</summary>
    public void Unread(ConfigNode node, string section, bool affectsForwarding) =>
        unparsed.Add(new UnparsedLine(node.Line, node.Text, section, affectsForwarding));

    /// <summary>Reports a line and everything nested under it as not understood; what is nested under a top-level line is in that line's section.</summary>
    public void UnreadTree(ConfigNode node, string section, bool affectsForwarding)
    {
        Unread(node, section, affectsForwarding);
        UnreadChildren(node, section == GlobalSection ? node.Text : section, affectsForwarding);
    }

    /// <summary>Reports everything nested under a line (not the line itself) as not understood.</summary>
    public void UnreadChildren(ConfigNode node, string section, bool affectsForwarding)
    {
        // Iterative, so no nesting depth can exhaust the stack.
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

    public DeviceFacts Build(string file, string dialect, int configLines, bool deviceIsSwitch) => new(
        file,
        dialect,
        Hostname,
        [.. vlanOrder.Select(id => vlans[id])],
        [.. interfaceOrder.Select(i => i.ToFact(deviceIsSwitch))],
        Acls.ToFacts(),
        [.. routes],
        [.. management],
        [.. unparsed.OrderBy(u => u.Line)],
        configLines,
        Complete)
    {
        Routing = Routing,
    };
}
