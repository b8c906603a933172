using System.Text.Json;
using GovNet.NetCode.Tests.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>
/// <c>netcode patch</c> on the example network, as a user runs it: drift planted on one device per
/// dialect gives exactly those devices a patch and a rollback, every step verified; devices in sync
/// get nothing; secrets never reach a patch; bad input writes nothing.
/// </summary>
public sealed class PatchCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("netcode-patch-cli-");

    public PatchCommandTests()
    {
        Running = Path.Combine(work.FullName, "running");
        Out = Path.Combine(work.FullName, "patches");
        Directory.CreateDirectory(Running);
        foreach (var config in DriftHarness.Configs)
        {
            File.WriteAllText(Path.Combine(Running, config.FileName), config.Text);
        }
    }

    private string Running { get; }

    private string Out { get; }

    public void Dispose() => work.Delete(recursive: true);

    private NetcodeProcess.Outcome Patch(params string[] arguments) =>
        Netcode.Run(NetcodeProcess.RepositoryRoot(), ["patch", "--running", Running, "--out", Out, "--today", "2026-11-24", .. arguments]);

    private void Edit(string host, Func<string, string> edit)
    {
        var path = Path.Combine(Running, host + ".cfg");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    private string[] Written() => [.. Directory.EnumerateFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private string Read(string file) => File.ReadAllText(Path.Combine(Out, file));

    [Fact]
    public void Running_configs_equal_to_the_policy_are_exit_0_and_no_patch()
    {
        var outcome = Patch();
        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        Assert.Empty(Written());
        Assert.Contains("0 device(s) to patch, 29 in sync", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_on_one_device_per_dialect_patches_exactly_those_devices_every_step_verified()
    {
        Edit("EXT-CORE-01", c => DriftHarness.ReplaceFirst(c, " port default vlan 101\n", " port default vlan 102\n"));
        Edit("EXT-ACC-GA-01", c => DriftHarness.ReplaceFirst(c, " port trunk permit vlan 100 113 213\n", " port trunk permit vlan 100 113 213 111\n"));
        Edit("EXT-ACC-CZ-01", c => DriftHarness.InsertBeforeEnd(c, "ip route 10.99.0.0 255.255.0.0 10.61.0.1 name added"));

        var outcome = Patch();

        Assert.True(outcome.ExitCode == 1, outcome.StandardError + outcome.StandardOutput);
        Assert.Equal(
            ["EXT-ACC-CZ-01.patch", "EXT-ACC-CZ-01.rollback", "EXT-ACC-GA-01.patch", "EXT-ACC-GA-01.rollback", "EXT-CORE-01.patch", "EXT-CORE-01.rollback"],
            Written());
        Assert.Contains("interface GigabitEthernet2/0/0\n port default vlan 101\n quit\n", Read("EXT-CORE-01.patch"), StringComparison.Ordinal);
        Assert.Contains("interface GigabitEthernet2/0/0\n port default vlan 102\n quit\n", Read("EXT-CORE-01.rollback"), StringComparison.Ordinal);
        Assert.Contains(" undo port trunk permit vlan 111\n", Read("EXT-ACC-GA-01.patch"), StringComparison.Ordinal);
        Assert.Contains(" port trunk permit vlan 111\n", Read("EXT-ACC-GA-01.rollback"), StringComparison.Ordinal);
        Assert.StartsWith("! netcode patch for EXT-ACC-CZ-01 (cisco-ios)", Read("EXT-ACC-CZ-01.patch"), StringComparison.Ordinal);
        Assert.Contains("configure terminal\n! step 1: no ip route 10.99.0.0 255.255.0.0 10.61.0.1\nno ip route 10.99.0.0 255.255.0.0 10.61.0.1\nend\n", Read("EXT-ACC-CZ-01.patch"), StringComparison.Ordinal);
        Assert.Contains("ip route 10.99.0.0 255.255.0.0 10.61.0.1 name added\n", Read("EXT-ACC-CZ-01.rollback"), StringComparison.Ordinal);
        Assert.Contains("3 device(s) to patch, 26 in sync, 0 without a running config; 3 patch step(s)", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("0 unsafe step(s)", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_each_device_with_its_steps_and_device_limits_the_patch()
    {
        Edit("EXT-CORE-01", c => DriftHarness.ReplaceFirst(c, " port default vlan 101\n", " port default vlan 102\n"));
        Edit("EXT-ACC-GA-01", c => DriftHarness.ReplaceFirst(c, " port access vlan 113\n", " port access vlan 213\n"));

        var outcome = Patch("--device", "EXT-ACC-GA-01", "--format", "json");

        Assert.True(outcome.ExitCode == 1, outcome.StandardError + outcome.StandardOutput);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var device = Assert.Single(json.RootElement.GetProperty("devices").EnumerateArray());
        Assert.Equal("EXT-ACC-GA-01", device.GetProperty("hostname").GetString());
        var step = Assert.Single(device.GetProperty("patch").EnumerateArray());
        Assert.Equal(["interface GigabitEthernet1/0/1"], step.GetProperty("section").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["port access vlan 113"], step.GetProperty("commands").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["EXT-ACC-GA-01.patch", "EXT-ACC-GA-01.rollback"], Written());
    }

    [Fact]
    public void A_secret_in_a_running_config_never_reaches_a_patch_or_a_rollback()
    {
        Edit("EXT-CORE-01", c => DriftHarness.InsertBeforeEnd(c, "snmp-agent community read cipher %^%#TopSecret42%^%#"));

        var outcome = Patch("--format", "json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.DoesNotContain("TopSecret42", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\nundo snmp-agent community <secret: type the value here>\n", Read("EXT-CORE-01.patch"), StringComparison.Ordinal);
        Assert.All(Written(), f => Assert.DoesNotContain("TopSecret42", Read(f), StringComparison.Ordinal));
    }

    [Fact]
    public void The_drift_report_in_json_markdown_and_html_shows_each_drifted_devices_patch()
    {
        Edit("EXT-ACC-GA-01", c => DriftHarness.ReplaceFirst(c, " port access vlan 113\n", " port access vlan 213\n"));
        string Drift(string format) => Netcode.Run(NetcodeProcess.RepositoryRoot(), ["drift", "--running", Running, "--today", "2026-11-24", "--format", format]).StandardOutput;

        using var json = JsonDocument.Parse(Drift("json"));
        var devices = json.RootElement.GetProperty("devices").EnumerateArray().ToList();
        var patch = devices.Single(d => d.GetProperty("hostname").GetString() == "EXT-ACC-GA-01").GetProperty("patch").GetString();
        Assert.Contains("interface GigabitEthernet1/0/1\n port access vlan 113\n quit\n", patch, StringComparison.Ordinal);
        Assert.All(devices.Where(d => d.GetProperty("hostname").GetString() != "EXT-ACC-GA-01"), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("patch").ValueKind));
        Assert.Contains("interface GigabitEthernet1/0/1\n port access vlan 113\n quit\n", Drift("html"), StringComparison.Ordinal);
        var markdown = Drift("markdown");
        Assert.Contains("```text\n", markdown, StringComparison.Ordinal);
        Assert.Contains("interface GigabitEthernet1/0/1\n port access vlan 113\n quit\n", markdown, StringComparison.Ordinal);
        Assert.Equal(1, markdown.Split("```text\n").Length - 1);
    }

    [Fact]
    public void A_step_no_order_makes_safe_is_named_with_what_it_opens_and_exit_1()
    {
        // The core–egress link renumbered at both ends: going back to it, whichever end changes first, a route points at an address nobody holds.
        foreach (var (host, edit) in PatchHarness.LinkRenumbered)
        {
            Edit(host, edit);
        }

        var text = Patch();

        Assert.True(text.ExitCode == 1, text.StandardError + text.StandardOutput);
        Assert.Contains("EXT-CORE-01: rollback step 2 (ip route-static 0.0.0.0 0.0.0.0 10.61.255.6 description 2-destinations) opens what no order avoids:\n  P1: ", text.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("  P2: internet only via egress: EXT-CORE-01 routes ", text.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("EXT-EGRESS-01: patch step 1 (interface GigabitEthernet0/0/2) moved: typed before EXT-CORE-01 ", text.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* unsafe step\(s\)", text.StandardOutput);
        Assert.Equal(["EXT-CORE-01.patch", "EXT-CORE-01.rollback", "EXT-EGRESS-01.patch", "EXT-EGRESS-01.rollback"], Written());

        var json = Patch("--format", "json");

        Assert.Equal(1, json.ExitCode);
        using var document = JsonDocument.Parse(json.StandardOutput);
        var step = document.RootElement.GetProperty("unsafe").EnumerateArray().First();
        Assert.Equal(("EXT-CORE-01", "rollback", 2), (step.GetProperty("hostname").GetString(), step.GetProperty("direction").GetString(), step.GetProperty("step").GetInt32()));
        Assert.Contains(step.GetProperty("opens").EnumerateArray(), f => f.GetProperty("property").GetString() == "P2" && f.GetProperty("message").GetString()!.Contains("10.61.255.6", StringComparison.Ordinal));
    }

    [Fact]
    public void Bundles_from_each_plane_are_patched_as_a_folder_is()
    {
        var created = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        string Bundle(string plane, Func<string, string> editCore)
        {
            var file = Path.Combine(work.FullName, plane + ".tar");
            var configs = DriftHarness.Configs.Where(c => DriftHarness.Model.Devices.Single(d => d.Hostname.Value == c.Hostname).Plane.Value == plane)
                .Select(c => new GovNet.NetCode.Collect.RunningConfig(c.Hostname, c.Hostname == "INT-CORE-01" ? editCore(c.Text) : c.Text, "bundle"));
            GovNet.NetCode.Collect.BundleWriter.Write(file, plane, created, new([.. configs], []));
            return file;
        }

        var external = Bundle("external", c => c);
        var @internal = Bundle("internal", c => DriftHarness.ReplaceFirst(c, " traffic-filter inbound acl 3501\n", string.Empty));

        var outcome = Netcode.Run(NetcodeProcess.RepositoryRoot(), ["patch", "--running", external, "--running", @internal, "--out", Out, "--today", "2026-11-24"]);

        Assert.True(outcome.ExitCode == 1, outcome.StandardError + outcome.StandardOutput);
        Assert.Equal(["INT-CORE-01.patch", "INT-CORE-01.rollback"], Written());
        Assert.Contains("interface Vlanif501\n traffic-filter inbound acl 3501\n quit\n", Read("INT-CORE-01.patch"), StringComparison.Ordinal);
        Assert.Contains("1 device(s) to patch, 28 in sync", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_device_is_exit_2_and_nothing_is_written()
    {
        var outcome = Patch("--device", "NO-SUCH-01");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--device NO-SUCH-01: no such device", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_device_without_a_running_config_is_exit_3()
    {
        File.Delete(Path.Combine(Running, "EXT-ACC-GA-01.cfg"));

        var outcome = Patch();

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("EXT-ACC-GA-01: not patched", outcome.StandardOutput, StringComparison.Ordinal);
    }
}
