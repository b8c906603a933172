using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Compile.Topology;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile;

/// <summary>
/// Translates one device of the model into its <see cref="DeviceView"/>: the decisions (which
/// VLANs, which ports carry what, which ACL goes where, which routes) are made here, in C#.
/// </summary>
internal sealed class DeviceTranslator(
    ModelIndex context,
    IReadOnlyDictionary<string, Device> gateways,
    Layer2Plan layer2,
    Layer3Plan layer3,
    AclCompiler acls,
    IReadOnlyDictionary<string, Device> managementRoots,
    AclNumberBook? previousNumbers = null)
{
    /// <summary>The segments each gateway device serves, in the order of <c>gateways</c>: one pass instead of one scan per device.</summary>
    private readonly Dictionary<Device, List<Segment>> servedBy = ServedBy(context, gateways);

    /// <summary>The segment that names each VLAN of a plane: the first in model order, as a scan would find it.</summary>
    private readonly Dictionary<(string Plane, int Vlan), Segment> segmentByVlan = SegmentsByVlan(context);

    private readonly RuleViewCache ruleViews = new();

    /// <summary>The registered hosts of each device, from the ports they plug into.</summary>
    private readonly Dictionary<string, List<Host>> hostsByDevice = HostsByDevice(context);

    private readonly AclNumberBook previous = previousNumbers ?? AclNumberBook.Empty;

    /// <summary>Each plane's management servers by kind, as every device of the plane lists them: written once, not once a device.</summary>
    private readonly Dictionary<string, ImmutableArray<string>[]> serversByPlane = context.Planes.Values.ToDictionary(
        p => p.Name.Value,
        p => Enum.GetValues<ManagementServerKind>().Select(kind => (ImmutableArray<string>)[.. p.Management.Servers.Where(s => s.Kind == kind).Select(s => s.Address.Value.ToString())]).ToArray(),
        StringComparer.Ordinal);

    /// <summary>Filled by devices translated on several threads at once (under a lock); sorted by key, so the order they finish in does not show.</summary>
    private readonly ImmutableSortedDictionary<(string Device, string Acl), ImmutableArray<NumberedRule>>.Builder numbered =
        ImmutableSortedDictionary.CreateBuilder<(string Device, string Acl), ImmutableArray<NumberedRule>>(AclNumberBook.KeyOrder.Instance);

    /// <summary>The rule numbers of every ACL translated so far: what the next compile should keep.</summary>
    public AclNumberBook Numbers
    {
        get
        {
            lock (numbered)
            {
                return new(numbered.ToImmutable());
            }
        }
    }

    /// <summary>
    /// One device's view. Devices may be translated on several threads at once: every plan this reads was
    /// built whole before the first device, and each device reports into its own <paramref name="diagnostics"/>.
    /// </summary>
    public DeviceView? Translate(Device device, Dialect dialect, DiagnosticBag diagnostics)
    {
        var plane = context.Planes[device.Plane.Value];
        var tag = plane.Tag;
        var served = (servedBy.GetValueOrDefault(device) ?? []).OrderBy(s => s.Vlan.Value).ToList();

        // ACLs: one per served segment, and one per direction on each internet or upstream port.
        var aclSources = new List<(string Key, string Description, ImmutableArray<AclRule> Rules, int? Vlan)>();
        foreach (var segment in served)
        {
            aclSources.Add(($"segment:{segment.Name}", $"[{tag}] in from {segment.Name}", acls.ForSegment(segment), segment.Vlan.Value));
        }

        var edgePorts = device.Interfaces.Where(i => i.Link?.Value is InternetLinkEnd or UpstreamLinkEnd).OrderBy(i => i.Name.Value, StringComparer.Ordinal).ToList();
        foreach (var port in edgePorts)
        {
            var (label, inbound, outbound) = port.Link!.Value.Value switch
            {
                UpstreamLinkEnd up when context.Upstreams.TryGetValue(up.Upstream, out var u) =>
                    ($"upstream {up.Upstream}", acls.ForUpstream(plane.Name.Value, u.Upstream, inbound: true), acls.ForUpstream(plane.Name.Value, u.Upstream, inbound: false)),
                _ => ("internet", acls.ForInternet(plane.Name.Value, inbound: true), acls.ForInternet(plane.Name.Value, inbound: false)),
            };
            aclSources.Add(($"in:{port.Name.Value}", $"[{tag}] in from {label} on {dialect.ShortPortName(port.Name.Value)}", inbound, null));
            aclSources.Add(($"out:{port.Name.Value}", $"[{tag}] out to {label} on {dialect.ShortPortName(port.Name.Value)}", outbound, null));
        }

        var ids = AclIds(device, dialect, aclSources.Select(a => (a.Key, a.Vlan)).ToList(), diagnostics);
        if (ids is null)
        {
            return null;
        }

        var aclViews = new List<AclView>();
        foreach (var (key, description, rules, _) in aclSources)
        {
            var id = ids[key];
            if (RuleNumbers(device, dialect, key, id.Id, rules, diagnostics) is not { } numbers)
            {
                return null;
            }

            aclViews.Add(new AclView(id.Id, id.Number, id.Name, ConfigText.Safe(description, 127), ViewFactory.Rules(rules, numbers, ruleViews)));
        }

        var hostBindings = HostBindings(device, dialect);
        var management = Management(device, plane);
        var baseline = BaselinePlanner.Plan(context, device, dialect, plane, management, hostBindings);
        var vlans = layer2.VlansOf(device.Hostname.Value).ToHashSet();
        if (management.OnVlan && management.Vlan is { } managementVlan)
        {
            vlans.Add(managementVlan);
        }

        if (baseline.Unused.Any(u => u.Park))
        {
            vlans.Add(baseline.BlackholeVlan);
        }

        return new DeviceView(
            device.Hostname.Value,
            device.Vendor.Value,
            ConfigText.Safe(device.Model, 40),
            plane.Name.Value,
            tag,
            device.Role.Value.ToString().ToLowerInvariant(),
            device.Role.Value != DeviceRole.Egress,
            ConfigText.Safe(device.Site, 60),
            [.. Sources(device, served)],
            management,
            [.. vlans.Order().Select(v => Vlan(device.Hostname.Value, v, plane, tag, hostBindings.Vlans.Contains(v)) with { Snooping = baseline.SnoopingVlans.Contains(v) || hostBindings.Vlans.Contains(v) })],
            ViewFactory.VlanLines(vlans, dialect),
            [.. Ports(device, dialect, tag, ids, hostBindings, baseline.DhcpSnooping).Select(p => baseline.RootGuardPorts.Contains(p.Name) ? p with { RootGuard = true } : p)],
            [.. served.Select(s => new GatewayView(
                s.Vlan.Value,
                ConfigText.Safe($"[{tag}] gateway {s.Name}", dialect.MaxDescription),
                s.Gateway.Value.ToString(),
                ViewFactory.Mask(s.Subnet.Value.Length),
                new AclRef(ids[$"segment:{s.Name}"].Id)))],
            [.. aclViews.OrderBy(a => a.Number ?? 0).ThenBy(a => a.Name, StringComparer.Ordinal)],
            [.. layer3.RoutesOf(device.Hostname.Value).Select(ViewFactory.Route)],
            hostBindings,
            SecretsView.For(plane.Name.Value),
            baseline)
        {
            Nat = NatTranslator.Of(context, device, port => ids.TryGetValue($"out:{port}", out var acl) ? new AclRef(acl.Id) : null),
        };
    }

    /// <summary>The device's registered hosts in port then address order; a routed device binds none (validation refuses such a port).</summary>
    private HostBindingsView HostBindings(Device device, Dialect dialect)
    {
        if (!hostsByDevice.TryGetValue(device.Hostname.Value, out var hosts) || device.Role.Value == DeviceRole.Egress)
        {
            return HostBindingsView.None;
        }

        var bindings = hosts
            .OrderBy(h => h.PortParts!.Value.Interface, PortOrder.Instance).ThenBy(h => h.Address.Value)
            .Select(h => new HostBindingView(
                h.Address.Value.ToString(), h.Mac!.Value.Hyphenated, h.Mac!.Value.Dotted, h.PortParts!.Value.Interface, context.Segments[h.Segment].Vlan.Value))
            .ToList();
        var vlans = bindings.Select(b => b.Vlan).Distinct().Order().ToList();
        return new HostBindingsView(true, [.. vlans], ViewFactory.VlanLines(vlans, dialect), [.. bindings]);
    }

    private Dictionary<string, (string Id, int? Number, string Name)>? AclIds(Device device, Dialect dialect, List<(string Key, int? Vlan)> keys, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, (string, int?, string)>(StringComparer.Ordinal);
        if (dialect.AclNumbers is not { } range)
        {
            foreach (var (key, _) in keys)
            {
                var name = ConfigText.Safe(AclName(key), 64).Replace(' ', '-').Replace('@', '-').Replace(':', '-').Replace('/', '-').ToUpperInvariant();
                result[key] = (name, null, name);
            }

            return result;
        }

        var numbers = AclNumbering.Allocate(
            range,
            [.. keys.Where(k => k.Vlan is not null).Select(k => (k.Key, k.Vlan!.Value))],
            [.. keys.Where(k => k.Vlan is null).Select(k => k.Key)]);
        if (numbers is null)
        {
            diagnostics.Error(Codes.NotExpressible, device.GatewayFor.Span ?? device.Hostname.Span,
                Messages.Format("TooManyAcls", device.Hostname, keys.Count, dialect.Id, range.First, range.Last));
            return null;
        }

        foreach (var (key, number) in numbers)
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            result[key] = (text, number, text);
        }

        return result;
    }

    /// <summary>The ACL's rule numbers, kept from the last compile where the rule is unchanged (<see cref="RuleNumbering"/>), and recorded for the next.</summary>
    private long[]? RuleNumbers(Device device, Dialect dialect, string key, string id, ImmutableArray<AclRule> rules, DiagnosticBag diagnostics)
    {
        var keys = new string[rules.Length];
        var startsGroup = new bool[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            keys[i] = RuleNumbering.KeyOf(rules[i]);
            startsGroup[i] = i == 0 || rules[i - 1].Reason != rules[i].Reason;
        }

        // Rule numbers are held as int from here on (views, parsed facts): VRP's range ends above that.
        var range = (First: dialect.AclRuleNumbers.First, Last: Math.Min(dialect.AclRuleNumbers.Last, int.MaxValue));
        if (RuleNumbering.Assign(keys, startsGroup, previous.Of(device.Hostname.Value, key), range, dialect.AclRuleStep) is not { } assigned)
        {
            diagnostics.Error(Codes.NotExpressible, device.GatewayFor.Span ?? device.Hostname.Span,
                Messages.Format("TooManyAclRules", id, device.Hostname, rules.Length, dialect.Id, range.First, range.Last));
            return null;
        }

        if (assigned.Moved > 0)
        {
            diagnostics.Warning(Codes.AclRulesRenumbered, device.Hostname.Span,
                Messages.Format("AclRulesRenumbered", id, device.Hostname, assigned.Moved));
        }

        var rulesNumbered = ImmutableArray.CreateBuilder<NumberedRule>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            rulesNumbered.Add(new NumberedRule(assigned.Numbers[i], keys[i]));
        }

        var recorded = rulesNumbered.MoveToImmutable();
        lock (numbered)
        {
            numbered[(device.Hostname.Value, key)] = recorded;
        }

        return assigned.Numbers;
    }

    private static string AclName(string key) => key switch
    {
        _ when key.StartsWith("segment:", StringComparison.Ordinal) => $"SEG {key["segment:".Length..]} IN",
        _ when key.StartsWith("in:", StringComparison.Ordinal) => $"EDGE {key["in:".Length..]} IN",
        _ => $"EDGE {key["out:".Length..]} OUT",
    };

    private ManagementView Management(Device device, Plane plane)
    {
        var managementPlane = plane.Management;
        var onVlan = managementPlane.Vlan is not null && layer2.OnManagementVlan(device);
        var isRoot = managementRoots.TryGetValue(plane.Name.Value, out var root) && root == device;
        var routed = layer3.RoutesOf(device.Hostname.Value).Count > 0 || servedBy.ContainsKey(device);
        var servers = serversByPlane[plane.Name.Value];
        ImmutableArray<string> Servers(ManagementServerKind kind) => servers[(int)kind];
        return new ManagementView(
            device.Management.Value.ToString(),
            onVlan ? ViewFactory.Mask(managementPlane.Subnet.Value.Length) : ViewFactory.Mask(32),
            onVlan ? managementPlane.Subnet.Value.Length : 32,
            managementPlane.Vlan?.Value,
            onVlan,
            managementPlane.Gateway.Value.ToString(),
            onVlan && !isRoot && !routed,
            Servers(ManagementServerKind.Ntp),
            Servers(ManagementServerKind.Syslog),
            Servers(ManagementServerKind.Aaa),
            Servers(ManagementServerKind.Snmp),
            Servers(ManagementServerKind.Dns));
    }

    private VlanView Vlan(string host, int id, Plane plane, string tag, bool hostsBound)
    {
        var label = layer2.SegmentOn(host, id) ?? segmentByVlan.GetValueOrDefault((plane.Name.Value, id))?.Name ?? (plane.Management.Vlan?.Value == id ? "management" : context.BlackholeVlan(plane) == id ? "blackhole" : $"vlan {id}");
        return new VlanView(id, ConfigText.Safe(label.Replace('@', '-'), 31), ConfigText.Safe($"[{tag}] {label}", 80), hostsBound);
    }

    private static Dictionary<Device, List<Segment>> ServedBy(ModelIndex context, IReadOnlyDictionary<string, Device> gateways)
    {
        // Devices are the model's own objects: compare them by reference, not field by field as records would.
        var served = new Dictionary<Device, List<Segment>>(ReferenceEqualityComparer.Instance);
        foreach (var (name, device) in gateways)
        {
            if (!served.TryGetValue(device, out var list))
            {
                served[device] = list = [];
            }

            list.Add(context.Segments[name]);
        }

        return served;
    }

    private static Dictionary<string, List<Host>> HostsByDevice(ModelIndex context)
    {
        var hosts = new Dictionary<string, List<Host>>(StringComparer.Ordinal);
        foreach (var host in context.Model.Hosts)
        {
            if (host.PortParts is var (device, _))
            {
                if (!hosts.TryGetValue(device, out var list))
                {
                    hosts[device] = list = [];
                }

                list.Add(host);
            }
        }

        return hosts;
    }

    private static Dictionary<(string Plane, int Vlan), Segment> SegmentsByVlan(ModelIndex context)
    {
        var segments = new Dictionary<(string Plane, int Vlan), Segment>();
        foreach (var segment in context.Model.Segments)
        {
            if (context.PlaneOf(segment) is { } plane)
            {
                segments.TryAdd((plane, segment.Vlan.Value), segment);
            }
        }

        return segments;
    }

    private IEnumerable<PortView> Ports(Device device, Dialect dialect, string tag, Dictionary<string, (string Id, int? Number, string Name)> ids, HostBindingsView hosts, bool snooping)
    {
        var bindingsByPort = hosts.Bindings.IsEmpty ? null : hosts.Bindings.ToLookup(b => b.Port, StringComparer.Ordinal);

        // An access switch's ports mostly follow one another into one segment: their description is written once.
        (string Segment, string Description)? lastSegment = null;
        foreach (var port in PortOrder.Sort(device.Interfaces, i => i.Name.Value))
        {
            var name = port.Name.Value;
            var description = port switch
            {
                { Link.Value: DeviceLinkEnd far } => $"[{tag}] to {far.Hostname} {dialect.ShortPortName(far.Port)}",
                { Link.Value: InternetLinkEnd } => $"[{tag}] to internet",
                { Link.Value: UpstreamLinkEnd up } => $"[{tag}] to upstream {up.Upstream}",
                { Segment: { } segment } => lastSegment is { } last && last.Segment == segment.Value
                    ? last.Description
                    : (lastSegment = (segment.Value, $"[{tag}] {segment.Value}")).Value.Description,
                _ => $"[{tag}]",
            };
            var trunkVlans = port.Mode.Value == InterfaceMode.Trunk ? layer2.TrunkVlans(device.Hostname.Value, port) : [];
            var accessVlan = port.Segment is { } s && context.Segments.TryGetValue(s.Value, out var seg) ? seg.Vlan.Value : 0;
            var address = port.Address?.Value;

            // Only internet and upstream ports have ACLs of their own: no key to write for the others.
            var edge = port.Link?.Value is InternetLinkEnd or UpstreamLinkEnd;
            yield return new PortView(
                name,
                ConfigText.Safe(description, Math.Min(dialect.MaxDescription, ConfigText.MaxDescription)),
                port.Mode.Value == InterfaceMode.Access,
                port.Mode.Value == InterfaceMode.Trunk,
                port.Mode.Value == InterfaceMode.Routed,
                accessVlan,
                ViewFactory.VlanLines(trunkVlans, dialect),
                port.Mode.Value == InterfaceMode.Trunk && trunkVlans.Count == 0,
                address?.Address.ToString() ?? string.Empty,
                address is { } a ? ViewFactory.Mask(a.Length) : string.Empty,
                edge && ids.TryGetValue($"in:{name}", out var aclIn) ? new AclRef(aclIn.Id) : null,
                edge && ids.TryGetValue($"out:{name}", out var aclOut) ? new AclRef(aclOut.Id) : null,
                (hosts.Enabled || snooping) && port.Mode.Value == InterfaceMode.Trunk,
                bindingsByPort is null ? [] : [.. bindingsByPort[name]]);
        }
    }

    private IEnumerable<string> Sources(Device device, IEnumerable<Segment> served)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal) { device.File, context.Model.Network.File };
        var segments = device.Interfaces.Select(i => i.Segment?.Value).OfType<string>().Concat(served.Select(s => s.Name));
        foreach (var name in segments)
        {
            if (context.Segments.TryGetValue(name, out var segment) && context.Units.TryGetValue(segment.Unit, out var unit))
            {
                files.Add(unit.File);
            }
        }

        // The registry files of the hosts bound here: a changed host changes this config.
        files.UnionWith(hostsByDevice.GetValueOrDefault(device.Hostname.Value)?.Select(h => h.File) ?? []);

        foreach (var far in device.Interfaces.Select(i => i.Link?.Value).OfType<DeviceLinkEnd>())
        {
            if (context.Devices.TryGetValue(far.Hostname, out var other))
            {
                files.Add(other.File);
            }
        }

        return files;
    }
}
