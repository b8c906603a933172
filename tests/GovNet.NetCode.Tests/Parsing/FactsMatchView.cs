using System.Globalization;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// What a parser read back from a generated config against what the compiler decided for that
/// device (its <see cref="DeviceView"/>). Vendor-neutral: gateways and the management interface are
/// found by their VLAN or loopback flag, not by the dialect's interface names.
/// </summary>
public static class FactsMatchView
{
    /// <returns>One sentence per difference; empty when the facts say exactly what the view decided.</returns>
    public static IReadOnlyList<string> Differences(DeviceView view, DeviceFacts facts)
    {
        var differences = new List<string>();
        void Expect<T>(string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                differences.Add($"{what}: expected {expected}, parsed {actual}");
            }
        }

        Expect("hostname", view.Hostname, facts.Hostname);
        Expect("complete", true, facts.Complete);
        foreach (var line in facts.Unparsed)
        {
            differences.Add($"unparsed line {line.Line} in {line.Section}: {line.Text}");
        }

        Expect("VLAN ids", Join(view.Vlans.Select(v => v.Id)), Join(facts.Vlans.Select(v => v.Id)));
        foreach (var vlan in view.Vlans)
        {
            var parsed = facts.Vlans.FirstOrDefault(v => v.Id == vlan.Id);
            Expect($"VLAN {vlan.Id} name", vlan.Name, parsed?.Name);
            if (Dialects.DialectRegistry.Find(facts.Dialect)?.VlanDescriptions != false)
            {
                Expect($"VLAN {vlan.Id} description", vlan.Description, parsed?.Description);
            }
        }

        var expectedInterfaces = view.Ports.Length + view.Gateways.Length + 1 + view.Baseline.Unused.Length;
        Expect("interface count (ports, gateways, management)", expectedInterfaces, facts.Interfaces.Length);
        foreach (var port in view.Ports)
        {
            if (facts.Interfaces.FirstOrDefault(i => i.Name == port.Name) is not { } parsed)
            {
                differences.Add($"port {port.Name} missing");
                continue;
            }

            var what = $"port {port.Name}";
            Expect($"{what} description", port.Description, parsed.Description);
            Expect($"{what} mode", port.Access ? PortMode.Access : port.Trunk ? PortMode.Trunk : PortMode.Routed, parsed.Mode);
            Expect($"{what} access VLAN", port.Access ? port.AccessVlan : (int?)null, parsed.AccessVlan);
            Expect($"{what} trunk VLANs", port.Trunk ? Join(ExpandVlanLines(port.TrunkVlanLines)) : "", Join(parsed.TrunkVlans));
            Expect($"{what} all VLANs", false, parsed.AllVlans);
            Expect($"{what} addresses", port.Routed ? Address(port.Address, port.Mask) : "", Join(parsed.Addresses));
            Expect($"{what} ACL in", port.AclIn?.Id, parsed.AclIn);
            Expect($"{what} ACL out", port.AclOut?.Id, parsed.AclOut);
        }

        foreach (var unused in view.Baseline.Unused)
        {
            var parsed = facts.Interfaces.FirstOrDefault(i => i.Name == unused.Name);
            Expect($"unused port {unused.Name} shut", true, parsed?.Shutdown);
            Expect($"unused port {unused.Name} description", unused.Description, parsed?.Description);
            if (unused.Park)
            {
                Expect($"unused port {unused.Name} parked", view.Baseline.BlackholeVlan, parsed?.AccessVlan);
            }
        }

        foreach (var gateway in view.Gateways)
        {
            if (facts.Interfaces.FirstOrDefault(i => i.SviVlan == gateway.Vlan) is not { } parsed)
            {
                differences.Add($"gateway for VLAN {gateway.Vlan} missing");
                continue;
            }

            Expect($"gateway {gateway.Vlan} description", gateway.Description, parsed.Description);
            Expect($"gateway {gateway.Vlan} address", Address(gateway.Address, gateway.Mask), Join(parsed.Addresses));
            Expect($"gateway {gateway.Vlan} ACL in", gateway.AclIn.Id, parsed.AclIn);
            Expect($"gateway {gateway.Vlan} ACL out", null, parsed.AclOut);
        }

        var management = view.Management;
        var managementInterface = management.OnVlan
            ? facts.Interfaces.FirstOrDefault(i => i.SviVlan == management.Vlan)
            : facts.Interfaces.FirstOrDefault(i => i.Loopback);
        Expect("management address", Address(management.Address, management.Mask), managementInterface is null ? "(no interface)" : Join(managementInterface.Addresses));

        var aclIds = view.Baseline.VtyAcl ? view.Acls.Select(a => a.Id).Prepend(view.Baseline.VtyAclId) : view.Acls.Select(a => a.Id);
        Expect("ACL ids", Join(aclIds), Join(facts.Acls.Select(a => a.Id)));
        foreach (var acl in view.Acls)
        {
            var parsed = facts.Acls.FirstOrDefault(a => a.Id == acl.Id);
            Expect($"ACL {acl.Id} rules", Join(acl.Rules.Select(Rule)), parsed is null ? "(missing)" : Join(parsed.Rules.Select(Rule)));
        }

        var routes = view.Routes.Select(r => $"{r.Network}/{r.Length} via {r.NextHop}").ToList();
        if (management.DefaultViaGateway)
        {
            routes.Add($"0.0.0.0/0 via {management.Gateway}");
        }

        Expect("routes", Join(routes.Order(StringComparer.Ordinal)), Join(facts.Routes.Select(r => $"{r.Prefix} via {r.NextHop}{(r.Interface is null ? "" : " dev " + r.Interface)}").Order(StringComparer.Ordinal)));
        foreach (var (kind, servers) in new[]
        {
            (ManagementKind.Ntp, management.Ntp), (ManagementKind.Syslog, management.Syslog), (ManagementKind.Aaa, management.Aaa),
            (ManagementKind.Snmp, management.Snmp), (ManagementKind.Dns, management.Dns),
        })
        {
            Expect($"{kind} servers", Join(servers.Order(StringComparer.Ordinal)),
                Join(facts.Management.Where(m => m.Kind == kind).Select(m => m.Address.ToString()).Distinct().Order(StringComparer.Ordinal)));
        }

        return differences;
    }

    /// <summary>VLAN list lines in any dialect's style: <c>10 to 20 30</c> or <c>10-20,30</c>.</summary>
    public static IEnumerable<int> ExpandVlanLines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var tokens = line.Replace(",", " ", StringComparison.Ordinal).Replace(" to ", "-", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var token in tokens)
            {
                var ends = token.Split('-');
                var first = int.Parse(ends[0], CultureInfo.InvariantCulture);
                var last = int.Parse(ends[^1], CultureInfo.InvariantCulture);
                for (var vlan = first; vlan <= last; vlan++)
                {
                    yield return vlan;
                }
            }
        }
    }

    private static string Join<T>(IEnumerable<T> items) => string.Join(", ", items);

    private static string Address(string address, string mask) =>
        new InterfaceAddress(Ipv4Address.Parse(address), System.Numerics.BitOperations.PopCount(Ipv4Address.Parse(mask).Value)).ToString();

    private static string Rule(AclRuleView rule)
    {
        var protocol = Enum.Parse<Protocol>(rule.Protocol, ignoreCase: true);
        return Rule(rule.Sequence, rule.Permit ? AclAction.Permit : AclAction.Deny, protocol, null, Match(rule.Source), Ports(rule.SourcePort), Match(rule.Destination), Ports(rule.DestinationPort), rule.Established, rule.Remark);
    }

    private static string Rule(AclRuleFact rule) =>
        Rule(rule.Sequence ?? -1, rule.Action, rule.Protocol, rule.ProtocolNumber, rule.Source, rule.SourcePorts, rule.Destination, rule.DestinationPorts, rule.Established, rule.Remark);

    private static string Rule(int sequence, AclAction action, Protocol protocol, int? number, AddressMatch source, PortMatch sourcePorts, AddressMatch destination, PortMatch destinationPorts, bool established, string? remark) =>
        $"[{sequence} {action} {protocol}{number} {source} {Ports(sourcePorts)} → {destination} {Ports(destinationPorts)}{(established ? " established" : "")} '{remark}']";

    private static AddressMatch Match(AddressView view) =>
        view.Any ? AddressMatch.Any : AddressMatch.Of(new Ipv4Prefix(Ipv4Address.Parse(view.Address), view.Length));

    private static PortMatch Ports(PortMatchView? view) => view is null ? PortMatch.Any : PortMatch.Range(view.From, view.To);

    private static string Ports(PortMatch ports) => ports.Ranges.IsEmpty ? "*" : string.Join("+", ports.Ranges.Select(r => $"{r.From}-{r.To}"));
}
