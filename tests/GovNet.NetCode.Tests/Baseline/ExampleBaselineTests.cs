using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Baseline;

/// <summary>
/// Every access switch of the example, in every dialect, carries the baseline the regulations ask for
/// (issue 15): a login banner, BPDU protection on its edge ports, DHCP snooping, and every port its
/// model has but the inventory does not declare shut down, labelled and parked; on Cisco no DTP on
/// any switchport and VTP transparent.
/// </summary>
public sealed class ExampleBaselineTests
{
    private static readonly Lazy<List<(Device Device, string Text)>> AccessSwitches = new(() =>
    {
        var model = CompileHarness.Model(NetcodeProcess.RepositoryRoot());
        var configs = CompileHarness.CompileClean(model).ToDictionary(c => c.Hostname, c => c.Text, StringComparer.Ordinal);
        return [.. model.Devices.Where(d => d.Role.Value == DeviceRole.Access).Select(d => (d, configs[d.Hostname.Value]))];
    });

    public static TheoryData<string> Dialects() => [.. DialectRegistry.All.Select(d => d.Id)];

    private static List<(Device Device, string Text)> Of(string dialect)
    {
        var switches = AccessSwitches.Value.Where(s => s.Device.Vendor.Value == dialect).ToList();
        Assert.NotEmpty(switches);
        return switches;
    }

    private static IEnumerable<string> Sections(string config, string headerPattern) =>
        Regex.Matches(config, $"^{headerPattern}\n(?: .*\n)*", RegexOptions.Multiline).Select(m => m.Value);

    private static string Section(string config, string header) =>
        Regex.Match(config, $"^{Regex.Escape(header)}\n(?: .*\n)*", RegexOptions.Multiline).Value;

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_access_switch_has_a_banner_bpdu_protection_and_dhcp_snooping(string dialect)
    {
        var (banner, bpduGlobal, bpduPort, snooping) = dialect switch
        {
            "huawei-vrp" => ("\nheader login information \"", "\nstp bpdu-protection\n", " stp edged-port enable\n", "\ndhcp snooping enable\n"),
            "h3c-comware" => ("\nheader login %", "\nstp bpdu-protection\n", " stp edged-port\n", "\ndhcp snooping enable\n"),
            _ => ("\nbanner login #", "\nspanning-tree portfast bpduguard default\n", " spanning-tree bpduguard enable\n", "\nip dhcp snooping\n"),
        };
        foreach (var (device, text) in Of(dialect))
        {
            Assert.Contains(banner, text, StringComparison.Ordinal);
            Assert.Contains(bpduGlobal, text, StringComparison.Ordinal);
            Assert.Contains(snooping, text, StringComparison.Ordinal);
            foreach (var port in device.Interfaces.Where(i => i.Mode.Value == InterfaceMode.Access))
            {
                Assert.Contains(bpduPort, Section(text, $"interface {port.Name.Value}"), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_port_the_model_has_but_the_inventory_does_not_declare_is_shut_labelled_and_parked(string dialect)
    {
        var catalogue = DialectRegistry.Find(dialect)!.Hardware;
        foreach (var (device, text) in Of(dialect))
        {
            var model = catalogue.Find(device.Model);
            Assert.True(model is not null, $"{device.Hostname.Value}: model {device.Model} is not catalogued");
            var declared = device.Interfaces.Select(i => i.Name.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unused = model.Ports.Where(p => !declared.Contains(p)).ToList();
            Assert.NotEmpty(unused);
            foreach (var port in unused)
            {
                var section = Section(text, $"interface {port}");
                Assert.Matches(@"\n description \[[A-Z]+\] unused\n", section);
                Assert.Matches(@"\n shutdown\n", section);
                Assert.Contains(" 999\n", section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void No_cisco_switchport_negotiates_and_vtp_is_transparent()
    {
        foreach (var (_, text) in Of("cisco-ios"))
        {
            Assert.Contains("\nvtp mode transparent\n", text, StringComparison.Ordinal);
            var switchports = Sections(text, "interface \\S+").Where(s => s.Contains(" switchport mode ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(switchports);
            Assert.All(switchports, s => Assert.Contains(" switchport nonegotiate\n", s, StringComparison.Ordinal));
            Assert.DoesNotContain("ip default-gateway", text, StringComparison.Ordinal);
        }
    }
}
