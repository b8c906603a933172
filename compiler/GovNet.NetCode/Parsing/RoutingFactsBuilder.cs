using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Parsing;

/// <summary>The routing facts one parse has found so far, shared by every dialect (see <see cref="RoutingFacts"/>).</summary>
public sealed class RoutingFactsBuilder
{
    private readonly Dictionary<(RoutingProtocol, string, string?), ProcessBuilder> processes = [];
    private readonly List<ProcessBuilder> processOrder = [];
    private readonly List<RoutingEnable> enables = [];
    private readonly Dictionary<string, VrfBuilder> vrfs = new(StringComparer.Ordinal);
    private readonly List<VrfBinding> bindings = [];
    private readonly List<VrfRoute> vrfRoutes = [];
    private readonly List<PolicyNextHop> policyNextHops = [];
    private readonly Dictionary<string, List<(Ipv4Address NextHop, int Line)>> policyMaps = new(StringComparer.Ordinal);
    private readonly List<(string? Interface, string Map)> policyBindings = [];
    private readonly List<UnprovenLine> unproven = [];

    /// <summary>The process, declared at this line if it was not yet (a second section for it adds to the first).</summary>
    public ProcessBuilder Process(RoutingProtocol protocol, string process, string? vrf, int line)
    {
        if (!processes.TryGetValue((protocol, process, vrf), out var builder))
        {
            processes[(protocol, process, vrf)] = builder = new ProcessBuilder(protocol, process, vrf, line);
            processOrder.Add(builder);
        }

        return builder;
    }

    public void Enable(RoutingEnable enable) => enables.Add(enable);

    public VrfBuilder Vrf(string name, int line)
    {
        if (!vrfs.TryGetValue(name, out var builder))
        {
            vrfs[name] = builder = new VrfBuilder(name, line);
        }

        return builder;
    }

    public void Bind(string interfaceName, string vrf, int line) => bindings.Add(new VrfBinding(interfaceName, vrf, line));

    public void VrfRoute(string vrf, RouteFact route) => vrfRoutes.Add(new VrfRoute(vrf, route));

    public void PolicyNextHop(string? interfaceName, Ipv4Address nextHop, int line) => policyNextHops.Add(new PolicyNextHop(interfaceName, nextHop, line));

    /// <summary>A next hop a named policy (route-map) sets; it counts where an interface applies the policy.</summary>
    public void PolicyMapNextHop(string map, Ipv4Address nextHop, int line)
    {
        if (!policyMaps.TryGetValue(map, out var list))
        {
            policyMaps[map] = list = [];
        }

        list.Add((nextHop, line));
    }

    /// <summary>An interface that routes by a named policy (<c>ip policy route-map X</c>); null for the device's own packets (<c>ip local policy route-map X</c>).</summary>
    public void ApplyPolicyMap(string? interfaceName, string map) => policyBindings.Add((interfaceName, map));

    public void Unproven(ConfigNode node, UnprovenKind kind) => unproven.Add(new UnprovenLine(node.Line, FactsBuilder.Clip(node.Text), FactsBuilder.GlobalSection, kind));

    public RoutingFacts Build() => new(
        [.. processOrder.Select(p => p.ToFact())],
        [.. enables],
        [.. vrfs.Values.OrderBy(v => v.Line).Select(v => v.ToFact())],
        [.. bindings],
        [.. vrfRoutes],
        [.. policyNextHops, .. policyBindings.SelectMany(b => (policyMaps.GetValueOrDefault(b.Map) ?? [])
            .Select(n => new PolicyNextHop(b.Interface, n.NextHop, n.Line)))],
        [.. unproven.OrderBy(u => u.Line)]);

    /// <summary>One routing process while its lines are read.</summary>
    public sealed class ProcessBuilder(RoutingProtocol protocol, string process, string? vrf, int line)
    {
        private readonly List<Ipv4Prefix> networks = [];
        private readonly List<string> silent = [];
        private readonly List<string> notSilent = [];
        private readonly List<RoutingImport> imports = [];
        private readonly List<RoutingPeer> peers = [];

        public RoutingProtocol Protocol => protocol;

        public bool SilentAll { get; set; }

        public bool DefaultOriginate { get; set; }

        public void Network(Ipv4Prefix prefix) => networks.Add(prefix);

        public void Silent(string interfaceName, bool on) => (on ? silent : notSilent).Add(interfaceName);

        public void Import(ImportKind kind, RoutingProtocol? from, int at) => imports.Add(new RoutingImport(kind, from, at));

        /// <summary>A peer; one named again (a second line for it) is kept once.</summary>
        public void Peer(Ipv4Address address, int at)
        {
            if (!peers.Any(p => p.Address == address))
            {
                peers.Add(new RoutingPeer(address, at));
            }
        }

        public RoutingProcessFact ToFact() => new(protocol, process, vrf, line)
        {
            Networks = [.. networks],
            Silent = [.. silent],
            SilentAll = SilentAll,
            NotSilent = [.. notSilent],
            Imports = [.. imports],
            DefaultOriginate = DefaultOriginate,
            Peers = [.. peers],
        };
    }

    /// <summary>One VRF while its lines are read.</summary>
    public sealed class VrfBuilder(string name, int line)
    {
        private readonly List<string> import = [];
        private readonly List<string> export = [];

        public int Line => line;

        public void Target(string target, bool importing, bool exporting)
        {
            if (importing)
            {
                import.Add(target);
            }

            if (exporting)
            {
                export.Add(target);
            }
        }

        public VrfFact ToFact() => new(name, line, [.. import.Distinct(StringComparer.Ordinal)], [.. export.Distinct(StringComparer.Ordinal)]);
    }
}
