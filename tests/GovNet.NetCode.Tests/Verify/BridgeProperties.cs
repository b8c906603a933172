using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
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
/// interfaces, and is not walked). One theory per registered dialect: its distribution and access
/// switches make up the network and each bridge is spelled by its <see cref="Dialect.Edits"/> on a
/// device of that dialect (the route around the egress on the core, so for the dialect that builds
/// cores). Each network is compiled once and each bridge verified on its own copy of the configs.
/// </summary>
public sealed class BridgeProperties
{
    private sealed record Bridge(string Name, string Host, Func<string, string> Edit, Func<Finding, bool> Expected);

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void Every_injected_bridge_is_reported_with_a_path_that_exists(string dialect)
    {
        // Bridges join the planes, so every network gets an internal plane; and an external gateway of
        // the dialect (a distribution switch, or the core in a star), whose ACLs the first bridges open.
        var specs = NetworkSpecs.Small()
            .Select(s => NetworkSpecs.WithDevices(s with { HasInternalPlane = true, InternalZones = Math.Max(1, s.InternalZones), Vendors = VendorMix.Only(dialect) }, 4 + (s.Seed % 4)))
            .Where(s => NetworkGenerator.Generate(s).Devices.Any(d => d.Vendor.Id == dialect && d.Plane == GeneratedPlane.External && d.IsGateway));
        Prop.ForAll(Arb.From(specs), spec =>
        {
            using var repository = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var (context, folder) = VerifyHarness.Compiled(repository.Path);
            var facts = Verifier.ParseAll(context, folder, "configs").Facts;
            var random = new Random(spec.Seed);
            var problems = new List<string>();
            foreach (var bridge in Bridges(DialectRegistry.Find(dialect)!, context, facts, random))
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
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2));
    }

    private static IEnumerable<Bridge> Bridges(Dialect dialect, ModelIndex context, IReadOnlyDictionary<string, DeviceFacts> facts, Random random)
    {
        var edits = dialect.Edits;
        bool Ours(string host) => context.Devices[host].Vendor.Value == dialect.Id;
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
                        where Ours(host)
                        from port in facts[host].Interfaces
                        where port.AclIn is not null && port.SviVlan is not null && context.Devices[host].Plane.Value == "external"
                        let served = context.Model.Segments.FirstOrDefault(s => port.Addresses.Any(a => a.Subnet == s.Subnet.Value))
                        where served is not null
                        select (Host: host, Port: port, Segment: served)).ToList();
        Assert.True(gateways.Count > 0, $"no external gateway of {dialect.Id} with an ACL on its SVI");
        var (gateway, svi, segment) = gateways[random.Next(gateways.Count)];
        var acl = facts[gateway].Acls.First(a => a.Id == svi.AclIn);
        bool FromSegment(Finding f) => f.Severity == Severity.Error && f.Message.Contains($" {segment.Name} reaches", StringComparison.Ordinal);
        yield return new Bridge("permit ip any any on a gateway ACL", gateway, t => Insert(t, acl.Line, edits.PermitAnyRule), FromSegment);
        yield return new Bridge("ACL binding removed", gateway, t =>
        {
            var lines = t.Split('\n').ToList();
            var binding = lines.FindIndex(svi.Line, l => l.Contains(svi.AclIn!, StringComparison.Ordinal) && dialect.IsAclBinding(l.Trim()));
            lines.RemoveAt(binding);
            return string.Join('\n', lines);
        }, FromSegment);

        var core = context.Devices.Values.Where(d => d.Plane.Value == "external" && d.Role.Value == DeviceRole.Core).OrderBy(d => d.Hostname.Value, StringComparer.Ordinal).First();
        if (Ours(core.Hostname.Value) && core.Interfaces.FirstOrDefault(i => i.Link?.Value is UpstreamLinkEnd && i.Address is not null) is { } uplink)
        {
            var own = uplink.Address!.Value.Value.Address.Value;
            var far = new Ipv4Address((own & ~3u) | ((own & 3u) == 1 ? 2u : 1u));
            var route = edits.Route(Ipv4Prefix.Parse("8.8.8.0/24"), far);
            yield return new Bridge("static route around the egress", core.Hostname.Value, t => BeforeEnd(t, route),
                f => f.Property == "P2" && f.Message.Contains("without passing an egress device", StringComparison.Ordinal));
        }

        var internalVlan = context.Planes["internal"].Management.Vlan!.Value.Value;
        var externals = facts.Keys.Where(h => context.Devices[h].Plane.Value == "external" && Ours(h)).Order(StringComparer.Ordinal).ToList();
        var trunkHost = externals.First(h => facts[h].Interfaces.Any(i => i.Mode == PortMode.Trunk && !i.AllVlans));
        yield return new Bridge("internal VLAN on an external trunk", trunkHost, t =>
        {
            var lines = t.Split('\n').ToList();
            var at = lines.FindIndex(l => l.StartsWith(edits.TrunkVlans, StringComparison.Ordinal));
            lines[at] += dialect.VlanListStyle.ItemSeparator + internalVlan;
            return string.Join('\n', lines);
        }, f => f.Property is "P5" or "P1" && f.Message.Contains($"VLAN {internalVlan}", StringComparison.Ordinal));

        var accessHost = externals.First(h => facts[h].Interfaces.Any(i => i.Mode == PortMode.Access));
        yield return new Bridge("external access port in an internal VLAN", accessHost, t =>
        {
            var lines = t.Split('\n').ToList();
            var at = lines.FindIndex(l => l.StartsWith(edits.AccessVlan, StringComparison.Ordinal));
            lines[at] = lines[at][..(lines[at].LastIndexOf(' ') + 1)] + internalVlan;
            return string.Join('\n', lines);
        }, f => f.Property is "P5" or "P1" && f.Message.Contains($"VLAN {internalVlan}", StringComparison.Ordinal));

        var ntpHost = externals[random.Next(externals.Count)];
        var ntp = edits.NtpServer(context.Planes["internal"].Management.Subnet.Value.FirstHost);
        yield return new Bridge("NTP server of the internal plane", ntpHost, t => BeforeEnd(t, ntp),
            f => f.Property == "P1" && f.Message.Contains("in plane internal", StringComparison.Ordinal));
    }
}
