using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// One IOS parse's state: the shared <see cref="FactsBuilder"/> plus what is IOS's own. IOS merges a
/// section that is entered twice (two <c>interface Gi0/1</c> blocks are one interface), so
/// interfaces and ACLs are kept by name and emitted in the order they first appeared.
/// </summary>
internal sealed class IosFactsBuilder
{
    public const string GlobalSection = FactsBuilder.GlobalSection;

    private readonly FactsBuilder facts = new();
    private readonly Dictionary<string, IosInterfaceState> interfaces = new(StringComparer.Ordinal);
    private readonly List<IosInterfaceState> interfaceOrder = [];

    public string? Hostname { get => facts.Hostname; set => facts.Hostname = value; }

    public bool Complete { get => facts.Complete; set => facts.Complete = value; }

    /// <summary>The last of <c>ip routing</c> / <c>no ip routing</c>; IOS routes unless told not to.</summary>
    public bool Routing { get => facts.Routing; set => facts.Routing = value; }

    public IosAclTable Acls { get; } = new();

    /// <summary>Network and service object groups, which ACL entries may name.</summary>
    public IosObjectGroups ObjectGroups { get; } = new();

    /// <summary>Dynamic routing, VRFs, policy routing, MPLS.</summary>
    public RoutingFactsBuilder Layer3 => facts.Layer3;

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

    /// <summary>A VLAN, named or not; a VLAN seen again keeps its first line and takes a name it did not have.</summary>
    public void Vlan(int id, string? name, int line)
    {
        facts.Vlan(id, line);
        if (name is not null)
        {
            facts.NameVlan(id, name);
        }
    }

    public void Route(RouteFact route) => facts.Route(route);

    public void Nat(NatFact fact) => facts.Nat(fact);

    public void Management(ManagementKind kind, Model.Ipv4Address address, int line) => facts.Management(kind, address, line);

    /// <summary>Records a recognised line whose forwarding the verifier does not prove.</summary>
    public void Unproven(ConfigNode node, string section, UnprovenKind kind) => facts.Unproven(node, section, kind);

    /// <summary>Reports a line a terminal session wrote around the config (<see cref="IosTranscript"/>): not configuration; forwarding only when it typed a configuration command.</summary>
    public void Session(int line, string text) => facts.Unread(line, text, FactsBuilder.SessionSection, IosTranscript.TypesConfig(text));

    /// <summary>Reports a line as not understood.</summary>
    public void Unread(ConfigNode node, string section, bool affectsForwarding) => facts.Unread(node, section, affectsForwarding);

    /// <summary>Reports a line and everything nested under it as not understood; what is nested under a top-level line is in that line's section.</summary>
    public void UnreadTree(ConfigNode node, string section, bool affectsForwarding)
    {
        Unread(node, section, affectsForwarding);
        UnreadChildren(node, section == GlobalSection ? node.Text : section, affectsForwarding);
    }

    /// <summary>Reports everything nested under a line (not the line itself) as not understood.</summary>
    public void UnreadChildren(ConfigNode node, string section, bool affectsForwarding) => facts.UnreadChildren(node, section, affectsForwarding);

    public DeviceFacts Build(string file, string dialect, int configLines, bool deviceIsSwitch)
    {
        // Groups are resolved only now, so an entry naming a group defined further down is read too.
        var acls = Acls.ToFacts(ObjectGroups, (node, section) => Unread(node, section, affectsForwarding: true));
        return facts.Build(file, dialect, configLines, interfaceOrder.Select(i => i.ToFact(deviceIsSwitch)), acls);
    }
}
