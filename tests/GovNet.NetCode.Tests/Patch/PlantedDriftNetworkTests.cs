using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>
/// The issue's done-when, in one run of the patch stage over the whole example network: each drift
/// (an access port moved to another VLAN, an ACL rule inserted, an ACL binding removed, a trunk
/// widened, a route added) planted on its own device of each dialect. Exactly those devices get a
/// patch, with the dialect's negation in the right section and nothing else, and a rollback; the
/// devices in sync get nothing; every step of both is verified, and each patch is walked again here.
/// </summary>
public sealed partial class PlantedDriftNetworkTests(ITestOutputHelper output)
{
    private sealed record Planted(string Host, Func<string, string> Intent, Func<string, string> Drift, string Patch);

    private static string Same(string config) => config;

    // Comware and IOS access switches carry no filter in the example: the intent gives their management interface one.
    private static string ComwareFiltered(string config) =>
        ComwareSvi().Replace(DriftHarness.InsertBeforeEnd(config, "acl advanced 3900\n rule 5 permit tcp source any destination 10.61.1.10 0 destination-port eq 443\n rule 10 deny ip source any destination any"), "$1 packet-filter 3900 inbound\n", 1);

    private static string IosFiltered(string config) =>
        IosSvi().Replace(DriftHarness.InsertBeforeEnd(config, "ip access-list extended NC-TEST\n 10 permit tcp any host 10.61.1.10 eq 443\n 20 deny ip any any"), "$1 ip access-group NC-TEST in\n", 1);

    [GeneratedRegex(@"(interface Vlan-interface100\n(?: .*\n)*? ip address [^\n]*\n)", RegexOptions.CultureInvariant)]
    private static partial Regex ComwareSvi();

    [GeneratedRegex(@"(interface Vlan100\n(?: .*\n)*? ip address [^\n]*\n)", RegexOptions.CultureInvariant)]
    private static partial Regex IosSvi();

    private static readonly Planted[] Drift =
    [
        // huawei-vrp
        new("EXT-CORE-01", Same, c => DriftHarness.ReplaceFirst(c, " port default vlan 101\n", " port default vlan 102\n"), "interface GigabitEthernet2/0/0\n port default vlan 101\n quit"),
        new("EXT-EGRESS-01", Same, c => DriftHarness.ReplaceFirst(c, "acl number 3999\n description [EXT] in from internet on GE0/0/1\n", "acl number 3999\n description [EXT] in from internet on GE0/0/1\n rule 7 permit ip source any destination 10.61.1.0 0.0.0.255\n"), "acl number 3999\n undo rule 7\n quit"),
        new("INT-CORE-01", Same, c => DriftHarness.ReplaceFirst(c, " ip address 172.17.1.1 255.255.255.0\n traffic-filter inbound acl 3501\n", " ip address 172.17.1.1 255.255.255.0\n"), "interface Vlanif501\n traffic-filter inbound acl 3501\n quit"),
        new("EXT-ACC-FANGTA-01", Same, c => DriftHarness.ReplaceFirst(c, " port trunk allow-pass vlan 100 148 248\n", " port trunk allow-pass vlan 100 148 248 101 to 102\n"), "interface GigabitEthernet0/0/25\n undo port trunk allow-pass vlan 101 to 102\n quit"),
        new("EXT-ACC-JINMINGSI-01", Same, c => DriftHarness.InsertBeforeEnd(c, "ip route-static 10.99.0.0 255.255.0.0 10.61.0.1"), "undo ip route-static 10.99.0.0 255.255.0.0 10.61.0.1"),

        // h3c-comware
        new("EXT-ACC-GA-01", Same, c => DriftHarness.ReplaceFirst(c, " port access vlan 113\n", " port access vlan 213\n"), "interface GigabitEthernet1/0/1\n port access vlan 113\n quit"),
        new("EXT-ACC-WU-01", ComwareFiltered, c => DriftHarness.ReplaceFirst(c, " rule 10 deny", " rule 7 permit ip source any destination any\n rule 10 deny"), "acl advanced 3900\n undo rule 7\n quit"),
        new("EXT-ACC-XI-01", ComwareFiltered, c => DriftHarness.ReplaceFirst(c, " packet-filter 3900 inbound\n", string.Empty), "interface Vlan-interface100\n packet-filter 3900 inbound\n quit"),
        new("EXT-ACC-JIAZHOU-01", Same, c => DriftHarness.ReplaceFirst(c, " port trunk permit vlan 100 141 241\n", " port trunk permit vlan 100 141 241 111\n"), "interface GigabitEthernet1/0/25\n undo port trunk permit vlan 111\n quit"),
        new("EXT-ACC-MUTOUYU-01", Same, c => DriftHarness.InsertBeforeEnd(c, "ip route-static 10.99.0.0 16 10.61.0.1"), "undo ip route-static 10.99.0.0 16 10.61.0.1"),

        // cisco-ios
        new("EXT-ACC-CZ-01", Same, c => DriftHarness.ReplaceFirst(c, " switchport access vlan 116\n", " switchport access vlan 216\n"), "interface GigabitEthernet1/0/1\n switchport access vlan 116\n exit"),
        new("EXT-ACC-NLS-01", IosFiltered, c => DriftHarness.ReplaceFirst(c, " 20 deny ip", " 15 permit ip any any\n 20 deny ip"), "ip access-list extended NC-TEST\n no 15\n exit"),
        new("EXT-ACC-TONG-01", IosFiltered, c => DriftHarness.ReplaceFirst(c, " ip access-group NC-TEST in\n", string.Empty), "interface Vlan100\n ip access-group NC-TEST in\n exit"),
        new("EXT-ACC-DIAN-01", Same, c => DriftHarness.ReplaceFirst(c, " switchport trunk allowed vlan 100,143,243\n", " switchport trunk allowed vlan 100,143,243\n switchport trunk allowed vlan add 111-112\n"), "interface GigabitEthernet1/1/1\n switchport trunk allowed vlan remove 111-112\n exit"),
        new("EXT-ACC-LIUGUOJU-01", Same, c => DriftHarness.InsertBeforeEnd(c, "ip route 10.99.0.0 255.255.0.0 10.61.0.1"), "no ip route 10.99.0.0 255.255.0.0 10.61.0.1"),
    ];

    [Fact]
    public void Every_drift_on_every_dialect_patches_exactly_its_device_every_step_verified()
    {
        var intent = Drift.ToDictionary(d => d.Host, d => d.Intent, StringComparer.Ordinal);
        var running = Drift.ToDictionary(d => d.Host, d => (Func<string, string>)(c => d.Drift(d.Intent(c))), StringComparer.Ordinal);
        var (intended, runningTexts) = PatchHarness.Texts(intent, running);

        var result = PatchHarness.Network(intent, running);

        Assert.Equal(Drift.Select(d => d.Host).Order(StringComparer.Ordinal), result.Devices.Select(d => d.Hostname));
        Assert.Equal(DriftHarness.Configs.Select(c => c.Hostname).Except(Drift.Select(d => d.Host)).Order(StringComparer.Ordinal), result.InSync.Order(StringComparer.Ordinal));
        Assert.Empty(result.Unsafe);
        Assert.Empty(result.Moved);

        // Each step of each patch and rollback once, and the first and last state of each direction.
        Assert.Equal(result.Devices.Sum(d => d.Patch.Length + d.Rollback.Length) + 4, result.StatesVerified);

        foreach (var planted in Drift)
        {
            var device = result.Devices.Single(d => d.Hostname == planted.Host);
            output.WriteLine(device.PatchText + device.RollbackText);
            Assert.Equal(planted.Patch, PatchHarness.Body(device.PatchText));
            Assert.Equal(DriftHarness.Config(planted.Host).Vendor, device.Vendor);
            Assert.NotEmpty(device.Rollback);
            var dialect = DialectRegistry.Find(device.Vendor)!;
            PatchHarness.AssertCircle(dialect, intended[planted.Host], runningTexts[planted.Host], device);
            Assert.Empty(PatchHarness.Opened(planted.Host, device.Patch, runningTexts, intended[planted.Host]));
        }
    }
}
