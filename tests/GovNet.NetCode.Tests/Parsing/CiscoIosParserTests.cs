using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The Cisco IOS parser reads back exactly what the compiler decided: every generated config,
/// parsed, gives the facts of its <see cref="DeviceView"/> (hostname, VLANs, ports, gateways, ACLs,
/// routes, management servers) with nothing left unparsed. Real configs and single-line syntax are
/// in the other parts of this class.
/// </summary>
public sealed partial class CiscoIosParserTests(ITestOutputHelper output)
{
    private const string Vendor = "cisco-ios";

    private static string GoldenFolder => Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");

    [Fact]
    public void Every_golden_cisco_config_parses_back_to_its_device_view()
    {
        var views = Views(CompileHarness.Model(NetcodeProcess.RepositoryRoot()));
        var files = GoldenCiscoFiles();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var facts = CiscoIosConfigParser.ParseOrThrow(File.ReadAllText(Path.Combine(GoldenFolder, file)), file);
            Assert.True(facts.Hostname is not null && views.ContainsKey(facts.Hostname), $"{file}: hostname {facts.Hostname} is not a device of the example");
            AssertAgrees(views[facts.Hostname!], facts);
        }

        output.WriteLine($"{files.Count} golden Cisco configs agree with their device views");
    }

    [Fact]
    public void The_mini_repository_cisco_config_parses_back_to_its_device_view()
    {
        using var repo = new MiniRepo();
        AssertEveryCiscoConfigAgrees(repo, expectAtLeast: 1);
    }

    /// <summary>Every device Cisco, with routed edge ports, upstream and internet ACLs in both directions, routes and a richer flow policy.</summary>
    [Fact]
    public void An_all_cisco_repository_parses_back_to_its_device_views()
    {
        using var repo = AllCiscoRepo();
        AssertEveryCiscoConfigAgrees(repo, expectAtLeast: 4);
    }

    private void AssertEveryCiscoConfigAgrees(MiniRepo repo, int expectAtLeast)
    {
        var model = CompileHarness.Model(repo.Write());
        var views = Views(model);
        var configs = CompileHarness.CompileClean(model).Where(c => c.Vendor == Vendor).ToList();
        Assert.True(configs.Count >= expectAtLeast, $"expected at least {expectAtLeast} Cisco configs, got {configs.Count}");
        foreach (var config in configs)
        {
            AssertAgrees(views[config.Hostname], CiscoIosConfigParser.ParseOrThrow(config.Text, config.FileName));
        }

        output.WriteLine($"{configs.Count} Cisco configs agree: {string.Join(", ", configs.Select(c => c.Hostname))}; " +
                         $"{configs.Sum(c => views[c.Hostname].Acls.Sum(a => a.Rules.Length))} ACL rules, {configs.Sum(c => views[c.Hostname].Routes.Length)} routes");
    }

    private static MiniRepo AllCiscoRepo() => new MiniRepo()
        .Replace("inventory/devices/EXT-CORE-01.yaml", "vendor: huawei-vrp", "vendor: cisco-ios")
        .Replace("inventory/devices/EXT-EGRESS-01.yaml", "vendor: huawei-vrp", "vendor: cisco-ios")
        .Replace("inventory/devices/EXT-ACC-01.yaml", "vendor: h3c-comware", "vendor: cisco-ios")
        .Replace("policy/network.yaml", "dedicated: { plane: external }", "dedicated: { plane: external, intra: permit }")
        .With("policy/flows.yaml", """
            flows:
              - deny tcp/445 from zone:public to zone:public
              - permit tcp/443 from zone:public to service:oa
              - permit udp/100-200 from zone:public to cidr:10.61.1.0/25
              - id: finance-exchange
                rule: permit ip from unit:finance@public to service:exchange
                approval: A-1
              - id: web
                rule: permit tcp/80,443 from zone:public to internet
                approval: A-2
              - id: ping-dedicated
                rule: permit icmp from zone:public to zone:dedicated
                approval: A-3
              - id: city-in
                rule: permit tcp from upstream:city to service:oa
                approval: A-4
              - id: city-out
                rule: permit tcp/443 from zone:dedicated to upstream:city
                approval: A-5
              - permit tcp/443 from zone:office to service:int-oa

            """);

    private static Dictionary<string, DeviceView> Views(PolicyModel model)
    {
        var diagnostics = new DiagnosticBag();
        var views = NetworkCompiler.Translate(model, MiniRepo.Today, diagnostics);
        Assert.True(views is not null, "translate failed:\n" + string.Join('\n', diagnostics.ToSortedArray()));
        return views!.ToDictionary(v => v.View.Hostname, v => v.View, StringComparer.Ordinal);
    }

    /// <summary>The golden files the manifest says are Cisco IOS.</summary>
    private static List<string> GoldenCiscoFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenFolder, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("devices").EnumerateArray()
            .Where(d => d.GetProperty("vendor").GetString() == Vendor)
            .Select(d => Path.GetFileName(d.GetProperty("file").GetString()!))];
    }

    /// <summary>Compares facts with the view through the one oracle every dialect shares, and reports every difference at once.</summary>
    private static void AssertAgrees(DeviceView view, DeviceFacts facts)
    {
        var differences = FactsMatchView.Differences(view, facts);
        Assert.True(differences.Count == 0, $"{facts.File} ({view.Hostname}) differs from its device view:\n  " + string.Join("\n  ", differences));
    }

    private static int MaskLength(string mask) => BitOperations.PopCount(Ipv4Address.Parse(mask).Value);

    /// <summary>A view's VLAN line (<c>100,111-127</c>) as ids, read independently of the parser's grammar.</summary>
    private static IEnumerable<int> ExpandVlans(string line) =>
        line.Split(',').SelectMany(item => item.Split('-') is [var from, var to]
            ? Enumerable.Range(int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture) - int.Parse(from, CultureInfo.InvariantCulture) + 1)
            : [int.Parse(item, CultureInfo.InvariantCulture)]);

    private static string Describe(AclRuleView rule) => Describe(
        rule.Sequence,
        rule.Permit ? AclAction.Permit : AclAction.Deny,
        rule.Protocol,
        Address(rule.Source),
        rule.SourcePort is { } s ? PortMatch.Range(s.From, s.To) : PortMatch.Any,
        Address(rule.Destination),
        rule.DestinationPort is { } d ? PortMatch.Range(d.From, d.To) : PortMatch.Any,
        rule.Established,
        rule.Remark);

    private static string Describe(AclRuleFact rule) => Describe(
        rule.Sequence,
        rule.Action,
        rule.ProtocolNumber?.ToString(CultureInfo.InvariantCulture) ?? rule.Protocol.ToString().ToLowerInvariant(),
        rule.Source,
        rule.SourcePorts,
        rule.Destination,
        rule.DestinationPorts,
        rule.Established,
        rule.Remark);

    private static string Describe(int? sequence, AclAction action, string protocol, AddressMatch source, PortMatch sourcePorts, AddressMatch destination, PortMatch destinationPorts, bool established, string? remark) =>
        $"{sequence} {action} {protocol} {source} [{string.Join(",", sourcePorts.Ranges)}] {destination} [{string.Join(",", destinationPorts.Ranges)}]{(established ? " established" : string.Empty)} ({remark})";

    private static AddressMatch Address(AddressView view) =>
        view.Any ? AddressMatch.Any
        : view.Host ? AddressMatch.Host(Ipv4Address.Parse(view.Address))
        : new AddressMatch(Ipv4Address.Parse(view.Address), Ipv4Address.Parse(view.Wildcard).Value);
}
