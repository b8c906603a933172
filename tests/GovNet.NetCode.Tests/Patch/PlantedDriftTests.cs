using System.Text.RegularExpressions;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>
/// Drift planted on one device of each dialect: the patch undoes exactly that, with the dialect's
/// own negation in the right section, and closes the circle (running + patch = intent, + rollback = running).
/// Rule and ACL numbers are read from the configs, not written here, so renumbering the compiler's ACLs does not break these.
/// </summary>
public sealed class PlantedDriftTests(ITestOutputHelper output)
{
    private const string Vrp = "EXT-CORE-01", VrpAccess = "EXT-ACC-FANGTA-01", Comware = "EXT-ACC-GA-01", Ios = "EXT-ACC-CZ-01";

    private string[] Commands(DevicePatch patch)
    {
        output.WriteLine(patch.PatchText);
        output.WriteLine(patch.RollbackText);
        return [.. patch.PatchText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#') && !l.StartsWith('!'))];
    }

    private static string Body(string[] commands) => string.Join('\n', commands[1..^1]);

    [Theory]
    [InlineData(Vrp, " port default vlan 101\n", " port default vlan 102\n", "interface GigabitEthernet2/0/0\n port default vlan 101\n quit")]
    [InlineData(Comware, " port access vlan 113\n", " port access vlan 213\n", "interface GigabitEthernet1/0/1\n port access vlan 113\n quit")]
    [InlineData(Ios, " switchport access vlan 116\n", " switchport access vlan 216\n", "interface GigabitEthernet1/0/1\n switchport access vlan 116\n exit")]
    public void An_access_port_moved_to_another_vlan_is_set_back_in_place(string host, string line, string moved, string expected)
    {
        var commands = Commands(PatchHarness.One(host, c => DriftHarness.ReplaceFirst(c, line, moved)));
        Assert.Equal(expected, Body(commands));
    }

    [Theory]
    [InlineData(VrpAccess, " port trunk allow-pass vlan 100 148 248\n", " port trunk allow-pass vlan 100 148 248 101 to 102\n", " undo port trunk allow-pass vlan 101 to 102")]
    [InlineData(Comware, " port trunk permit vlan 100 113 213\n", " port trunk permit vlan 100 113 213 111\n", " undo port trunk permit vlan 111")]
    [InlineData(Ios, " switchport trunk allowed vlan 100,116,216\n", " switchport trunk allowed vlan 100,116,216\n switchport trunk allowed vlan add 111-112\n", " switchport trunk allowed vlan remove 111-112")]
    public void A_widened_trunk_loses_only_the_vlans_added(string host, string line, string widened, string expected)
    {
        var commands = Commands(PatchHarness.One(host, c => DriftHarness.ReplaceFirst(c, line, widened)));
        Assert.Matches("^interface ", commands[1]);
        Assert.Equal(expected, commands[2]);
        Assert.Equal(4, commands.Length - 1);
    }

    [Theory]
    [InlineData(Vrp, "ip route-static 10.99.0.0 255.255.0.0 10.61.255.2 description added", "undo ip route-static 10.99.0.0 255.255.0.0 10.61.255.2")]
    [InlineData(Comware, "ip route-static 10.99.0.0 16 10.61.0.1", "undo ip route-static 10.99.0.0 16 10.61.0.1")]
    [InlineData(Ios, "ip route 10.99.0.0 255.255.0.0 10.61.0.1 name added", "no ip route 10.99.0.0 255.255.0.0 10.61.0.1")]
    public void An_added_route_is_undone_at_the_top_level(string host, string route, string expected)
    {
        var commands = Commands(PatchHarness.One(host, c => DriftHarness.InsertBeforeEnd(c, route)));
        Assert.Equal(expected, Body(commands));
    }

    [Fact]
    public void Vrp_an_acl_rule_inserted_is_undone_by_number_inside_its_acl()
    {
        var acl = Regex.Match(DriftHarness.Config(Vrp).Text, @"^acl number \d+\n(?: .*\n)*", RegexOptions.Multiline).Value;
        var header = acl.Split('\n')[0];
        var commands = Commands(PatchHarness.One(Vrp, c => DriftHarness.ReplaceFirst(c, header + "\n", header + "\n rule 7 permit ip\n")));
        Assert.Equal($"{header}\n undo rule 7\n quit", Body(commands));
    }

    [Fact]
    public void Vrp_an_acl_binding_removed_is_bound_again()
    {
        var binding = Regex.Match(DriftHarness.Config(Vrp).Text, @"^interface (\S+)\n(?: (?!traffic).*\n)*( traffic-filter inbound acl \d+)\n", RegexOptions.Multiline);
        var commands = Commands(PatchHarness.One(Vrp, c => DriftHarness.ReplaceFirst(c, binding.Value, binding.Value.Replace(binding.Groups[2].Value + "\n", string.Empty, StringComparison.Ordinal))));
        Assert.Equal($"interface {binding.Groups[1].Value}\n{binding.Groups[2].Value}\n quit", Body(commands));
    }

    private const string ComwareAcl = "acl advanced 3900\n description test\n rule 5 permit tcp source any destination 10.61.1.10 0 destination-port eq 443\n rule 10 deny ip source any destination any\n";
    private const string ComwareBound = "interface Vlan-interface100\n description [EXT] management\n ip address 10.61.0.23 255.255.255.0\n packet-filter 3900 inbound\n";
    private const string ComwareUnbound = "interface Vlan-interface100\n description [EXT] management\n ip address 10.61.0.23 255.255.255.0\n";

    private static string ComwareIntent(string config) => DriftHarness.ReplaceFirst(DriftHarness.InsertBeforeEnd(config, ComwareAcl.TrimEnd('\n')), ComwareUnbound, ComwareBound);

    [Fact]
    public void Comware_an_acl_rule_inserted_is_undone_by_number_inside_its_acl()
    {
        var commands = Commands(PatchHarness.One(Comware, c => DriftHarness.ReplaceFirst(ComwareIntent(c), " rule 10 deny", " rule 7 permit ip source any destination any\n rule 10 deny"), ComwareIntent));
        Assert.Equal("acl advanced 3900\n undo rule 7\n quit", Body(commands));
    }

    [Fact]
    public void Comware_an_acl_binding_removed_is_bound_again()
    {
        var commands = Commands(PatchHarness.One(Comware, c => DriftHarness.ReplaceFirst(ComwareIntent(c), ComwareBound, ComwareUnbound), ComwareIntent));
        Assert.Equal("interface Vlan-interface100\n packet-filter 3900 inbound\n quit", Body(commands));
    }

    [Fact]
    public void Comware_an_acl_and_its_binding_not_in_the_intent_go_binding_first()
    {
        var commands = Commands(PatchHarness.One(Comware, ComwareIntent));
        Assert.Equal("interface Vlan-interface100\n undo packet-filter 3900 inbound\n quit\nundo acl advanced 3900", Body(commands));
    }

    private const string IosAcl = "ip access-list extended NC-TEST\n 10 permit tcp any host 10.61.1.10 eq 443\n 20 deny ip any any\n";
    private const string IosBound = "interface Vlan100\n description [EXT] management\n ip address 10.61.0.22 255.255.255.0\n ip access-group NC-TEST in\n";
    private const string IosUnbound = "interface Vlan100\n description [EXT] management\n ip address 10.61.0.22 255.255.255.0\n";

    private static string IosIntent(string config) => DriftHarness.ReplaceFirst(DriftHarness.InsertBeforeEnd(config, IosAcl.TrimEnd('\n')), IosUnbound, IosBound);

    [Fact]
    public void Ios_an_acl_entry_inserted_is_undone_by_its_sequence_number()
    {
        var commands = Commands(PatchHarness.One(Ios, c => DriftHarness.ReplaceFirst(IosIntent(c), " 20 deny ip", " 15 permit ip any any\n 20 deny ip"), IosIntent));
        Assert.Equal("ip access-list extended NC-TEST\n no 15\n exit", Body(commands));
    }

    [Fact]
    public void Ios_an_acl_entry_shown_without_numbers_is_undone_by_its_text()
    {
        static string Unnumbered(string c) => DriftHarness.ReplaceFirst(IosIntent(c), IosAcl, "ip access-list extended NC-TEST\n permit tcp any host 10.61.1.10 eq 443\n permit ip any any\n deny ip any any\n");
        var commands = Commands(PatchHarness.One(Ios, Unnumbered, IosIntent));
        Assert.Equal("ip access-list extended NC-TEST\n no permit ip any any\n exit", Body(commands));
    }

    [Fact]
    public void Ios_an_acl_entry_missing_is_typed_between_its_neighbours()
    {
        var commands = Commands(PatchHarness.One(Ios, c => DriftHarness.ReplaceFirst(IosIntent(c), " 10 permit tcp any host 10.61.1.10 eq 443\n", string.Empty), IosIntent));
        Assert.Equal("ip access-list extended NC-TEST\n 10 permit tcp any host 10.61.1.10 eq 443\n exit", Body(commands));
    }

    [Fact]
    public void Ios_an_acl_binding_removed_is_bound_again()
    {
        var commands = Commands(PatchHarness.One(Ios, c => DriftHarness.ReplaceFirst(IosIntent(c), IosBound, IosUnbound), IosIntent));
        Assert.Equal("interface Vlan100\n ip access-group NC-TEST in\n exit", Body(commands));
    }
}
