using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

public sealed class CompileBehaviourTests
{
    [Fact]
    public void A_segment_keeps_its_acl_number_when_other_segments_are_added()
    {
        using var before = new MiniRepo();
        using var after = new MiniRepo()
            .With("policy/units/water.yaml", "id: water\nsegments:\n  - { zone: public, vlan: 99, subnet: 10.61.99.0/24 }\n  - { zone: dedicated, vlan: 299, subnet: 10.62.99.0/24 }\n")
            .With("policy/units/tax.yaml", "id: tax\nsegments:\n  - { zone: public, vlan: 1110, subnet: 10.61.200.0/24 }\n");
        string Core(MiniRepo repo) => CompileHarness.CompileClean(CompileHarness.Model(repo.Write())).Single(c => c.Hostname == "EXT-CORE-01").Text;
        var first = Core(before);
        var second = Core(after);
        foreach (var line in first.Split('\n').Where(l => l.StartsWith("acl number", StringComparison.Ordinal) || l.Contains("traffic-filter inbound acl", StringComparison.Ordinal)))
        {
            Assert.Contains(line, second, StringComparison.Ordinal);
        }

        Assert.Contains("interface Vlanif110", first, StringComparison.Ordinal);
        Assert.Contains("acl number 3110", first, StringComparison.Ordinal);
        Assert.Contains("acl number 3111", second, StringComparison.Ordinal); // VLAN 1110 meets 3110 and takes the next number
    }

    [Fact]
    public void More_segments_than_a_numbered_acl_range_holds_is_NC6103_not_a_dropped_acl()
    {
        var repo = new MiniRepo();
        for (var i = 0; i < 1000; i++)
        {
            repo.With($"policy/units/u{i}.yaml", $"id: u{i}\nsegments:\n  - {{ zone: public, vlan: {1000 + i}, subnet: 10.{70 + (i / 250)}.{i % 250}.0/24 }}\n");
        }

        using (repo)
        {
            var (configs, diagnostics) = CompileHarness.Compile(CompileHarness.Model(repo.Write()));
            Assert.Null(configs);
            var error = Assert.Single(diagnostics);
            Assert.Equal("NC6103", error.Code);
            Assert.Equal(new SourceSpan("inventory/devices/EXT-CORE-01.yaml", 6, 14), error.Span);
        }
    }

    [Fact]
    public void Expired_flows_are_compiled_out()
    {
        using var repo = new MiniRepo().Replace("policy/flows.yaml", "expires: 2099-12-31", "expires: 2020-01-01");
        var core = CompileHarness.CompileClean(CompileHarness.Model(repo.Write())).Single(c => c.Hostname == "EXT-EGRESS-01");
        Assert.DoesNotContain("finance-web", core.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Trunks_with_auto_carry_exactly_the_vlans_needed_beyond_them()
    {
        using var repo = new MiniRepo();
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repo.Write()));
        var core = configs.Single(c => c.Hostname == "EXT-CORE-01").Text;
        var access = configs.Single(c => c.Hostname == "EXT-ACC-01").Text;
        Assert.Contains("interface GigabitEthernet0/0/1\n description [EXT] to EXT-ACC-01 GE1/0/24\n port link-type trunk\n undo port trunk allow-pass vlan 1\n port trunk allow-pass vlan 100 110 201\n", core, StringComparison.Ordinal);
        Assert.Contains("interface GigabitEthernet1/0/24\n description [EXT] to EXT-CORE-01 GE0/0/1\n port link-type trunk\n undo port trunk permit vlan 1\n port trunk permit vlan 100 110 201\n", access, StringComparison.Ordinal);
    }

    [Property(MaxTest = 2000)]
    public Property Config_text_never_carries_a_control_character_a_non_ascii_character_or_an_overlong_token()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var safe = ConfigText.Safe(text);
            return safe.Length <= ConfigText.MaxDescription && safe.All(c => c is >= ' ' and <= '~') && !safe.Contains('"') && !safe.Contains('\\');
        });
    }

    [Theory]
    [InlineData("flow finance-web approval 政数审〔2025〕17号", "flow finance-web approval [2025]17")]
    [InlineData("reply flow x approval 佳政办发【２０２４】５８号", "reply flow x approval [2024]58")]
    [InlineData("approval 榆政函（2023）Ｂ-3号 第二批", "approval [2023]B-3")]
    [InlineData("县长办公会同意", "")]
    public void An_approval_reads_as_readable_ascii_in_a_remark(string text, string remark) =>
        Assert.Equal(remark, ConfigText.Safe(text));

    [Fact]
    public void A_remark_names_the_flow_and_its_approval_in_ascii_without_uxxxx_runs()
    {
        using var repo = new MiniRepo();
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repo.Write()));
        var remarks = configs.SelectMany(c => c.Text.Split('\n')).Where(l => l.Contains(" approval ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(remarks);
        Assert.All(remarks, r => Assert.DoesNotMatch(@"u[0-9A-F]{4}", r));
        Assert.All(remarks, r => Assert.Matches(@"approval \[\d{4}\]\d+$", r));
    }

    [Fact]
    public void Hostile_site_and_model_text_reaches_the_config_only_as_safe_ascii()
    {
        using var repo = new MiniRepo().Replace("inventory/devices/EXT-ACC-01.yaml", "role: access",
            "role: access\nsite: \"机房〔2024〕 quit ; rm -rf / # \\\" ' <script> \\\\ end\"\nmodel: \"" + new string('x', 190) + "\"");
        var access = CompileHarness.CompileClean(CompileHarness.Model(repo.Write())).Single(c => c.Hostname == "EXT-ACC-01").Text;
        Assert.All(access.Split('\n'), line => Assert.True(line.Length <= 200, line));
        Assert.DoesNotContain("quit", access.Split('\n'));
        Assert.All(access, c => Assert.True(c == '\n' || c is >= ' ' and <= '~'));
    }

    [Fact]
    public void A_failed_compile_leaves_the_previous_build_untouched()
    {
        using var repo = new MiniRepo();
        var model = CompileHarness.Model(repo.Write());
        var output = Path.Combine(repo.Root, "build");
        var diagnostics = new DiagnosticBag();
        Assert.True(BuildWriter.Write(output, "test-net", CompileHarness.CompileClean(model), diagnostics));
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllText).ToList();

        // The parent folder turns read-only, so the new build cannot be staged beside the old one.
        var blocker = Path.Combine(repo.Root, "blocked");
        File.WriteAllText(blocker, "a file where a folder must go");
        Assert.False(BuildWriter.Write(Path.Combine(blocker, "build"), "test-net", CompileHarness.CompileClean(model), diagnostics));
        Assert.Contains(diagnostics.ToSortedArray(), d => d.Code == "NC6104");
        Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllText).ToList());
        Assert.Empty(Directory.EnumerateDirectories(repo.Root, ".build.*"));
    }

    [Fact]
    public void A_rebuild_writes_what_was_compiled_whatever_the_previous_build_holds()
    {
        using var repo = new MiniRepo();
        var configs = CompileHarness.CompileClean(CompileHarness.Model(repo.Write()));
        var output = Path.Combine(repo.Root, "build");
        var diagnostics = new DiagnosticBag();
        Assert.True(BuildWriter.Write(output, "test-net", configs, diagnostics));
        var folder = Path.Combine(output, BuildWriter.ConfigsFolder);

        // An unchanged config may be reused, an edited one must be rewritten, and a symbolic link
        // (even to the same bytes) must not be carried into the new build.
        var edited = Path.Combine(folder, configs[0].FileName);
        File.AppendAllText(edited, "ip route-static 0.0.0.0 0 192.0.2.1\n");
        var linked = Path.Combine(folder, configs[1].FileName);
        var elsewhere = Path.Combine(repo.Root, "elsewhere.cfg");
        File.Move(linked, elsewhere);
        File.CreateSymbolicLink(linked, elsewhere);

        Assert.True(BuildWriter.Write(output, "test-net", configs, diagnostics));
        Assert.All(configs, c => Assert.Equal(c.Text, File.ReadAllText(Path.Combine(folder, c.FileName))));
        Assert.Null(new FileInfo(linked).LinkTarget);
        File.AppendAllText(linked, "changed\n");
        Assert.Equal(configs[1].Text, File.ReadAllText(elsewhere));
    }

    [Fact]
    public void The_manifest_names_every_config_with_its_hash_and_sources()
    {
        using var repo = new MiniRepo();
        var model = CompileHarness.Model(repo.Write());
        var configs = CompileHarness.CompileClean(model);
        using var manifest = System.Text.Json.JsonDocument.Parse(BuildWriter.Manifest("test-net", configs));
        var devices = manifest.RootElement.GetProperty("devices").EnumerateArray().ToList();
        Assert.Equal(configs.Select(c => c.Hostname), devices.Select(d => d.GetProperty("hostname").GetString()));
        var access = devices.Single(d => d.GetProperty("hostname").GetString() == "EXT-ACC-01");
        var sources = access.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("inventory/devices/EXT-ACC-01.yaml", sources);
        Assert.Contains("policy/units/finance.yaml", sources);
        Assert.Contains("templates/h3c-comware/config.scriban", sources);
        var text = configs.Single(c => c.Hostname == "EXT-ACC-01").Text;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), access.GetProperty("sha256").GetString());
    }
}
