using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Every bridge injected into a generated network's config text is reported, and every path a
/// finding names exists in the model: a permit-any on a gateway ACL, a removed ACL binding, a static
/// route to the internet around the egress, an internal VLAN on an external trunk, an external access
/// port in an internal VLAN, an NTP server of the internal plane (a management finding's path is a device and a server address, not
/// interfaces, and is not walked). Each network is compiled once and
/// each bridge verified on its own copy of the configs.
/// </summary>
public sealed class BridgeProperties
{
    private sealed record Bridge(string Name, string Host, Func<string, string> Edit, Func<Finding, bool> Expected);

    [Property(MaxTest = 3)]
    public Property Every_injected_bridge_is_reported_with_a_path_that_exists()
    {
        // Bridges join the planes, so every network gets an internal plane, and with it the devices that plane needs.
        var specs = NetworkSpecs.Small().Select(s => NetworkSpecs.WithDevices(
            s with { HasInternalPlane = true, InternalZones = Math.Max(1, s.InternalZones) },
            s.Devices - NetworkGenerator.MinimumDevices(s)));
        return Prop.ForAll(Arb.From(specs), spec =>
        {
            using var repository = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var (context, folder) = VerifyHarness.Compiled(repository.Path);
            var facts = Verifier.ParseAll(context, folder, "configs").Facts;
            var random = new Random(spec.Seed);
            var problems = new List<string>();
            foreach (var bridge in Bridges(context, facts, random))
            {
                var copy = Directory.CreateTempSubdirectory("netcode-bridge-");
                try
                {
                    foreach (var file in Directory.GetFiles(folder))
                    {
                        File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
                    }

                    VerifyHarness.Edit(copy.FullName, bridge.Host, bridge.Edit);
                    var result = Verifier.Run(context, copy.FullName, "configs");
                    if (!result.Findings.Any(bridge.Expected))
                    {
                        problems.Add($"{bridge.Name} on {bridge.Host} not reported: {string.Join(" | ", result.Findings.Take(3))}");
                    }

                    foreach (var finding in result.Findings.Where(f => f.Path.Length > 1 && f.Path.All(h => h.Contains(':', StringComparison.Ordinal))))
                    {
                        if (VerifyHarness.PathProblem(context, copy.FullName, finding) is { } problem)
                        {
                            problems.Add($"{bridge.Name}: {problem} in {finding}");
                        }
                    }
                }
                finally
                {
                    copy.Delete(recursive: true);
                }
            }

            return (problems.Count == 0).Label(string.Join('\n', problems.Take(5)));
        });
    }

    private static IEnumerable<Bridge> Bridges(ModelIndex context, IReadOnlyDictionary<string, DeviceFacts> facts, Random random)
    {
        string Vendor(string host) => context.Devices[host].Vendor.Value;
        static string Insert(string text, int afterLine, string line)
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(afterLine, line);
            return string.Join('\n', lines);
        }

        static string BeforeEnd(string text, string line)
        {
            var lines = text.Split('\n').ToList();
            var end = lines.FindLastIndex(l => l is "return" or "end");
            lines.Insert(end, line);
            return string.Join('\n', lines);
        }

        // A segment of the external plane and its gateway interface, as the configs have them.
        var gateways = (from host in facts.Keys.Order(StringComparer.Ordinal)
                        from port in facts[host].Interfaces
                        where port.AclIn is not null && port.SviVlan is not null && context.Devices[host].Plane.Value == "external"
                        let served = context.Model.Segments.FirstOrDefault(s => port.Addresses.Any(a => a.Subnet == s.Subnet.Value))
                        where served is not null
                        select (Host: host, Port: port, Segment: served)).ToList();
        var (gateway, svi, segment) = gateways[random.Next(gateways.Count)];
        var acl = facts[gateway].Acls.First(a => a.Id == svi.AclIn);
        var permitAll = Vendor(gateway) == "cisco-ios" ? " 1 permit ip any any" : " rule 1 permit ip source any destination any";
        bool FromSegment(Finding f) => f.Severity == Severity.Error && f.Message.Contains($" {segment.Name} reaches", StringComparison.Ordinal);
        yield return new Bridge("permit ip any any on a gateway ACL", gateway, t => Insert(t, acl.Line, permitAll), FromSegment);
        yield return new Bridge("ACL binding removed", gateway, t =>
        {
            var lines = t.Split('\n').ToList();
            var binding = lines.FindIndex(svi.Line, l => l.Contains(svi.AclIn!, StringComparison.Ordinal) && (l.Contains("filter", StringComparison.Ordinal) || l.Contains("access-group", StringComparison.Ordinal)));
            lines.RemoveAt(binding);
            return string.Join('\n', lines);
        }, FromSegment);

        var core = context.Devices.Values.Where(d => d.Plane.Value == "external" && d.Role.Value == DeviceRole.Core).OrderBy(d => d.Hostname.Value, StringComparer.Ordinal).First();
        if (core.Interfaces.FirstOrDefault(i => i.Link?.Value is UpstreamLinkEnd && i.Address is not null) is { } uplink)
        {
            var own = uplink.Address!.Value.Value.Address.Value;
            var far = new Ipv4Address((own & ~3u) | ((own & 3u) == 1 ? 2u : 1u));
            var route = Vendor(core.Hostname.Value) switch
            {
                "cisco-ios" => $"ip route 8.8.8.0 255.255.255.0 {far}",
                "h3c-comware" => $"ip route-static 8.8.8.0 24 {far}",
                _ => $"ip route-static 8.8.8.0 255.255.255.0 {far}",
            };
            yield return new Bridge("static route around the egress", core.Hostname.Value, t => BeforeEnd(t, route),
                f => f.Property == "P2" && f.Message.Contains("without passing an egress device", StringComparison.Ordinal));
        }

        var internalVlan = context.Planes["internal"].Management.Vlan!.Value.Value;
        var externals = facts.Keys.Where(h => context.Devices[h].Plane.Value == "external").Order(StringComparer.Ordinal).ToList();
        var trunkHost = externals.First(h => facts[h].Interfaces.Any(i => i.Mode == PortMode.Trunk && !i.AllVlans));
        yield return new Bridge("internal VLAN on an external trunk", trunkHost, t =>
        {
            var lines = t.Split('\n').ToList();
            var at = lines.FindIndex(l => !l.StartsWith(" undo ", StringComparison.Ordinal) && (l.Contains("trunk allow-pass vlan", StringComparison.Ordinal) || l.Contains("trunk permit vlan", StringComparison.Ordinal) || l.Contains("trunk allowed vlan", StringComparison.Ordinal)));
            lines[at] += (Vendor(trunkHost) == "cisco-ios" ? "," : " ") + internalVlan;
            return string.Join('\n', lines);
        }, f => f.Property is "P5" or "P1" && f.Message.Contains($"VLAN {internalVlan}", StringComparison.Ordinal));

        var accessHost = externals.First(h => facts[h].Interfaces.Any(i => i.Mode == PortMode.Access));
        yield return new Bridge("external access port in an internal VLAN", accessHost, t =>
        {
            var lines = t.Split('\n').ToList();
            var at = lines.FindIndex(l => l.StartsWith(" port access vlan ", StringComparison.Ordinal) || l.StartsWith(" port default vlan ", StringComparison.Ordinal) || l.StartsWith(" switchport access vlan ", StringComparison.Ordinal));
            lines[at] = lines[at][..(lines[at].LastIndexOf(' ') + 1)] + internalVlan;
            return string.Join('\n', lines);
        }, f => f.Property is "P5" or "P1" && f.Message.Contains($"VLAN {internalVlan}", StringComparison.Ordinal));

        var ntpHost = externals[random.Next(externals.Count)];
        var internalServer = context.Planes["internal"].Management.Subnet.Value.FirstHost;
        var ntp = Vendor(ntpHost) == "cisco-ios" ? $"ntp server {internalServer}" : $"ntp-service unicast-server {internalServer}";
        yield return new Bridge("NTP server of the internal plane", ntpHost, t => BeforeEnd(t, ntp),
            f => f.Property == "P1" && f.Message.Contains("in plane internal", StringComparison.Ordinal));
    }
}
