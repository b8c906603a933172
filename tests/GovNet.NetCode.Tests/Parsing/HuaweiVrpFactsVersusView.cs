using System.Globalization;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// What the compiler decided for a Huawei device (its <see cref="DeviceView"/>) against what the
/// parser reads back from the rendered config. Each difference is one line naming the field, so a
/// failing round trip says exactly what the template or the parser got wrong.
/// </summary>
internal static class HuaweiVrpFactsVersusView
{
    public static List<string> Differences(DeviceView view, DeviceFacts facts)
    {
        var differences = new List<string>();
        void Expect<T>(T expected, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                differences.Add($"{what}: expected {expected}, parsed {actual}");
            }
        }

        Expect(view.Hostname, facts.Hostname, "hostname");
        Expect(true, facts.Complete, "complete (ends in return)");
        differences.AddRange(facts.Unparsed.Select(u => $"unparsed line {u.Line} in [{u.Section}]: {u.Text}"));

        CompareVlans(view, facts, differences);
        CompareInterfaces(view, facts, differences);
        CompareAcls(view, facts, differences);
        CompareRoutes(view, facts, differences);
        CompareManagement(view, facts, differences);
        return differences;
    }

    private static void CompareVlans(DeviceView view, DeviceFacts facts, List<string> differences)
    {
        var expected = view.Vlans.Select(v => $"{v.Id} {v.Name} {v.Description}").ToList();
        var parsed = facts.Vlans.Select(v => $"{v.Id} {v.Name} {v.Description}").ToList();
        differences.AddRange(expected.Except(parsed).Select(v => $"VLAN missing or different: {v}"));
        differences.AddRange(parsed.Except(expected).Select(v => $"VLAN not in the view: {v}"));

        var batch = view.VlanLines.SelectMany(ExpandVlanLine).Order().ToList();
        if (!batch.SequenceEqual(view.Vlans.Select(v => v.Id)))
        {
            differences.Add($"vlan batch lines {string.Join(" | ", view.VlanLines)} do not list the view's VLANs");
        }
    }

    /// <summary>The interfaces the view implies: management (VLANIF or LoopBack0), gateways, ports.</summary>
    private static void CompareInterfaces(DeviceView view, DeviceFacts facts, List<string> differences)
    {
        var expected = new List<InterfaceFact>();
        var management = view.Management;
        var managementAddress = new InterfaceAddress(Ipv4Address.Parse(management.Address), management.PrefixLength);
        expected.Add(management.OnVlan
            ? Interface($"Vlanif{management.Vlan}", $"[{view.PlaneTag}] management", PortMode.Unknown, address: managementAddress, svi: management.Vlan)
            : Interface("LoopBack0", $"[{view.PlaneTag}] management", PortMode.Routed, address: managementAddress, loopback: true));
        expected.AddRange(view.Gateways.Select(g => Interface(
            $"Vlanif{g.Vlan}", g.Description, PortMode.Unknown, address: Address(g.Address, g.Mask), aclIn: g.AclIn.Id, svi: g.Vlan)));
        foreach (var port in view.Ports)
        {
            var mode = port.Access ? PortMode.Access : port.Trunk ? PortMode.Trunk : PortMode.Routed;
            expected.Add(Interface(
                port.Name,
                port.Description,
                mode,
                access: port.Access ? port.AccessVlan : null,
                trunk: port.Trunk ? [.. port.TrunkVlanLines.SelectMany(ExpandVlanLine)] : [],
                native: port.Trunk ? 1 : null,
                address: port.Routed ? Address(port.Address, port.Mask) : null,
                aclIn: port.AclIn?.Id,
                aclOut: port.AclOut?.Id));
        }

        var parsed = facts.Interfaces.ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var want in expected)
        {
            if (!parsed.Remove(want.Name, out var got))
            {
                differences.Add($"interface {want.Name} not parsed");
                continue;
            }

            var what = $"interface {want.Name}";
            if (got.Description != want.Description || got.Shutdown || got.Mode != want.Mode || got.AccessVlan != want.AccessVlan ||
                !got.TrunkVlans.SequenceEqual(want.TrunkVlans) || got.AllVlans || got.NativeVlan != want.NativeVlan ||
                !got.Addresses.SequenceEqual(want.Addresses) || got.AclIn != want.AclIn || got.AclOut != want.AclOut ||
                got.SviVlan != want.SviVlan || got.Loopback != want.Loopback)
            {
                differences.Add($"{what}: expected {Describe(want)}, parsed {Describe(got)}");
            }
        }

        differences.AddRange(parsed.Keys.Select(name => $"interface {name} parsed but not in the view"));
    }

    private static void CompareAcls(DeviceView view, DeviceFacts facts, List<string> differences)
    {
        var parsed = facts.Acls.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var acl in view.Acls)
        {
            if (!parsed.Remove(acl.Id, out var fact))
            {
                differences.Add($"ACL {acl.Id} not parsed");
                continue;
            }

            if (fact.Rules.Length != acl.Rules.Length)
            {
                differences.Add($"ACL {acl.Id}: {acl.Rules.Length} rules expected, {fact.Rules.Length} parsed");
            }

            foreach (var (want, got) in acl.Rules.Zip(fact.Rules))
            {
                var expected = Rule(want);
                if (!SameRule(expected, got))
                {
                    differences.Add($"ACL {acl.Id} rule {want.Sequence}: expected {Describe(expected)}, parsed {Describe(got)} (line {got.Line})");
                }
            }
        }

        differences.AddRange(parsed.Keys.Select(id => $"ACL {id} parsed but not in the view"));
    }

    private static void CompareRoutes(DeviceView view, DeviceFacts facts, List<string> differences)
    {
        var expected = view.Routes.Select(r => $"{new Ipv4Prefix(Ipv4Address.Parse(r.Network), r.Length)} via {r.NextHop}").ToList();
        if (view.Management.DefaultViaGateway)
        {
            expected.Add($"0.0.0.0/0 via {view.Management.Gateway}");
        }

        var parsed = facts.Routes.Select(r => $"{r.Prefix} via {r.NextHop}{(r.Interface is null ? string.Empty : " dev " + r.Interface)}").ToList();
        if (!expected.SequenceEqual(parsed))
        {
            differences.Add($"routes: expected [{string.Join(", ", expected)}], parsed [{string.Join(", ", parsed)}]");
        }
    }

    private static void CompareManagement(DeviceView view, DeviceFacts facts, List<string> differences)
    {
        var m = view.Management;
        var expected = m.Ntp.Select(a => $"{ManagementKind.Ntp} {a}")
            .Concat(m.Syslog.Select(a => $"{ManagementKind.Syslog} {a}"))
            .Concat(m.Aaa.Select(a => $"{ManagementKind.Aaa} {a}"))
            .Concat(m.Snmp.Select(a => $"{ManagementKind.Snmp} {a}"))
            .Concat(m.Dns.Select(a => $"{ManagementKind.Dns} {a}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parsed = facts.Management.Select(r => $"{r.Kind} {r.Address}").Distinct().Order(StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(parsed))
        {
            differences.Add($"management servers: expected [{string.Join(", ", expected)}], parsed [{string.Join(", ", parsed)}]");
        }
    }

    // ---- view values as facts -----------------------------------------------------------------

    /// <summary>"10 20 to 30" (the Huawei list style) as ids.</summary>
    public static IEnumerable<int> ExpandVlanLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var from = int.Parse(words[i], CultureInfo.InvariantCulture);
            var to = i + 2 < words.Length && words[i + 1] == "to" ? int.Parse(words[i += 2], CultureInfo.InvariantCulture) : from;
            for (var vlan = from; vlan <= to; vlan++)
            {
                yield return vlan;
            }
        }
    }

    private static InterfaceAddress Address(string address, string mask) =>
        new(Ipv4Address.Parse(address), System.Numerics.BitOperations.PopCount(Ipv4Address.Parse(mask).Value));

    private static InterfaceFact Interface(
        string name, string description, PortMode mode, int? access = null, int[]? trunk = null, int? native = null,
        InterfaceAddress? address = null, string? aclIn = null, string? aclOut = null, int? svi = null, bool loopback = false) =>
        new(name, 0, description, false, mode, access, [.. trunk ?? []], false, native, address is { } a ? [a] : [], aclIn, aclOut, svi, loopback);

    private static AclRuleFact Rule(AclRuleView rule) => new(
        0,
        rule.Sequence,
        rule.Permit ? AclAction.Permit : AclAction.Deny,
        Enum.Parse<Protocol>(rule.Protocol, ignoreCase: true),
        null,
        Match(rule.Source),
        Ports(rule.SourcePort),
        Match(rule.Destination),
        Ports(rule.DestinationPort),
        rule.Established,
        rule.Remark);

    private static AddressMatch Match(AddressView address) =>
        address.Any ? AddressMatch.Any : new AddressMatch(Ipv4Address.Parse(address.Address), address.Host ? 0 : Ipv4Address.Parse(address.Wildcard).Value);

    private static PortMatch Ports(PortMatchView? ports) => ports is { } p ? PortMatch.Range(p.From, p.To) : PortMatch.Any;

    // PortMatch holds an ImmutableArray, whose equality is by reference: compare the ranges.
    private static bool SameRule(AclRuleFact a, AclRuleFact b) =>
        a.Sequence == b.Sequence && a.Action == b.Action && a.Protocol == b.Protocol && a.ProtocolNumber == b.ProtocolNumber &&
        a.Source == b.Source && a.Destination == b.Destination && a.Established == b.Established && a.Remark == b.Remark &&
        a.SourcePorts.Ranges.SequenceEqual(b.SourcePorts.Ranges) && a.DestinationPorts.Ranges.SequenceEqual(b.DestinationPorts.Ranges);

    private static string Describe(AclRuleFact r) =>
        $"{r.Sequence} {r.Action} {r.Protocol}{(r.ProtocolNumber is { } n ? "/" + n : string.Empty)} {r.Source} ports {Describe(r.SourcePorts)} → " +
        $"{r.Destination} ports {Describe(r.DestinationPorts)}{(r.Established ? " established" : string.Empty)} '{r.Remark}'";

    private static string Describe(PortMatch ports) => ports.Ranges.IsEmpty ? "any" : string.Join(",", ports.Ranges.Select(r => $"{r.From}-{r.To}"));

    private static string Describe(InterfaceFact i) =>
        $"'{i.Description}' {i.Mode}{(i.Shutdown ? " shutdown" : string.Empty)} access {i.AccessVlan} trunk [{Vlans(i.TrunkVlans)}]{(i.AllVlans ? " all" : string.Empty)} " +
        $"native {i.NativeVlan} addresses [{string.Join(", ", i.Addresses)}] in {i.AclIn} out {i.AclOut} svi {i.SviVlan}{(i.Loopback ? " loopback" : string.Empty)}";

    private static string Vlans(IEnumerable<int> vlans) => string.Join(",", vlans);
}
