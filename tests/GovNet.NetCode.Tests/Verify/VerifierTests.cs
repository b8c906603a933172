using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>P1 (layer 2, management), P5 and parse coverage, on compiled configs with one injected fault per case, per dialect.</summary>
public sealed class VerifierTests
{
    private static (ModelIndex Context, string Folder) Compiled(MiniRepo repo, string root)
    {
        var model = CompileHarness.Model(root);
        var configs = CompileHarness.CompileClean(model);
        // Outside the repository folder: MiniRepo.Write() lays the repository anew.
        var output = Path.Combine(TestFolders.New("verify-"), "build");
        Assert.True(BuildWriter.Write(output, "test", configs, new DiagnosticBag()));
        return (new ModelIndex(model, MiniRepo.Today), Path.Combine(output, BuildWriter.ConfigsFolder));
    }

    private static VerifyResult VerifyWith(string host, Func<string, string> edit)
    {
        using var repo = new MiniRepo();
        var (context, folder) = Compiled(repo, repo.Write());
        var path = Path.Combine(folder, host + ".cfg");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return Verifier.Run(context, folder, "configs");
    }

    private static string Replace(string text, string oldText, string newText)
    {
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_network_verifies_clean_with_every_config_fully_understood()
    {
        var root = NetcodeProcess.RepositoryRoot();
        var model = CompileHarness.Model(root);
        var folder = Directory.CreateTempSubdirectory("netcode-verify-");
        try
        {
            Assert.True(BuildWriter.Write(folder.FullName, "example", CompileHarness.CompileClean(model), new DiagnosticBag()));
            var result = Verifier.Run(new ModelIndex(model, MiniRepo.Today), Path.Combine(folder.FullName, "configs"), "configs");
            Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
            Assert.Equal(29, result.Coverage.Length);
            Assert.All(result.Coverage, c => Assert.Equal(0, c.Unparsed));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_internal_vlan_on_an_external_trunk_is_P5_huawei()
    {
        var result = VerifyWith("EXT-CORE-01", t => Replace(t, " port trunk allow-pass vlan 100 110 201\n", " port trunk allow-pass vlan 100 110 201 510\n"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("P5", "NC9503"), (finding.Property, finding.Code));
        Assert.Contains("VLAN 510", finding.Message, StringComparison.Ordinal);
        Assert.Equal("configs/EXT-CORE-01.cfg", finding.At.File);
        Assert.Equal(["EXT-CORE-01:GigabitEthernet0/0/1"], finding.Path.ToArray());
    }

    [Fact]
    public void An_access_port_in_a_vlan_of_the_other_plane_is_P5_h3c()
    {
        var result = VerifyWith("EXT-ACC-01", t => Replace(t, " port access vlan 201\n", " port access vlan 501\n"));
        Assert.Contains(result.Findings, f => f.Property == "P5" && f.Message.Contains("VLAN 501", StringComparison.Ordinal));
    }

    [Fact]
    public void A_port_without_its_plane_label_is_P5_cisco()
    {
        var result = VerifyWith("INT-CORE-01", t => Replace(t, " description [INT] center@office\n", " description center@office\n"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("P5", "NC9501"), (finding.Property, finding.Code));
        Assert.Contains("[INT]", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["INT-CORE-01:GigabitEthernet1/0/5"], finding.Path.ToArray());
    }

    [Theory]
    [InlineData("EXT-EGRESS-01", "interface LoopBack0\n description [EXT] management\n", "interface LoopBack0\n description management\n")]
    [InlineData("EXT-CORE-01", "interface Vlanif100\n description [EXT] management\n", "interface Vlanif100\n description management\n")]
    [InlineData("EXT-CORE-01", "interface GigabitEthernet0/0/10\n description [EXT] center@public\n", "interface GigabitEthernet0/0/10\n description [EXT] center@public\n shutdown\n description parked\n")]
    public void Loopbacks_vlan_interfaces_and_shut_ports_need_no_plane_label(string host, string labelled, string unlabelled)
    {
        // Labels are for ports a cable can be plugged into and that carry something.
        var result = VerifyWith(host, t => Replace(t, labelled, unlabelled));
        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }

    [Fact]
    public void A_vlan_a_port_carries_both_untagged_and_tagged_is_one_finding()
    {
        var result = VerifyWith("EXT-CORE-01", t => Replace(t, "interface GigabitEthernet0/0/10\n description [EXT] center@public\n port link-type access\n port default vlan 101\n",
            "interface GigabitEthernet0/0/10\n description [EXT] center@public\n port link-type negotiation-desirable\n port default vlan 510\n port trunk allow-pass vlan 101 510\n"));
        var finding = Assert.Single(result.Findings, f => f.Message.Contains("VLAN 510", StringComparison.Ordinal));
        Assert.Equal("EXT-CORE-01 GigabitEthernet0/0/10 (plane external) carries VLAN 510, which is not a VLAN of plane external", finding.Message);
    }

    [Fact]
    public void A_trunk_that_also_carries_vlan_1_is_no_P5_finding()
    {
        // VLAN 1 is every switch's default; layer 2 still joins it across the cable.
        var result = VerifyWith("EXT-CORE-01", t => Replace(t, " undo port trunk allow-pass vlan 1\n", string.Empty));
        Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
    }

    [Fact]
    public void A_port_negotiating_its_mode_towards_a_declared_switch_is_bounded_by_its_allowed_vlans()
    {
        // EXT-CORE-01 GE0/0/1 is cabled to EXT-ACC-01 in the inventory: what is plugged in is known, and the port
        // carries its access VLAN (the management VLAN here) and its allowed VLANs, all of its plane.
        var cabled = VerifyWith("EXT-CORE-01", t => Replace(t, " port link-type trunk\n undo port trunk allow-pass vlan 1\n port trunk allow-pass vlan 100 110 201\n",
            " port link-type negotiation-desirable\n port default vlan 100\n undo port trunk allow-pass vlan 1\n port trunk allow-pass vlan 100 110 201\n"));
        Assert.True(cabled.Findings.IsEmpty, string.Join('\n', cabled.Findings));

        // The same on GE0/0/10, a host port with no device declared at its far end, is reported.
        var host = VerifyWith("EXT-CORE-01", t => Replace(t, "interface GigabitEthernet0/0/10\n description [EXT] center@public\n port link-type access\n port default vlan 101\n",
            "interface GigabitEthernet0/0/10\n description [EXT] center@public\n port link-type negotiation-desirable\n port default vlan 101\n port trunk allow-pass vlan 101\n"));
        var finding = Assert.Single(host.Findings);
        Assert.Equal("P5", finding.Property);
        Assert.StartsWith("EXT-CORE-01 GigabitEthernet0/0/10 may negotiate a trunk", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("whatever is plugged in can then take every VLAN of the device, so the config does not bound what the port carries — state its mode", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["EXT-CORE-01:GigabitEthernet0/0/10"], finding.Path.ToArray());
    }

    [Fact]
    public void An_ntp_server_of_the_other_plane_is_P1_huawei()
    {
        var result = VerifyWith("EXT-EGRESS-01", t => Replace(t, "ntp-service unicast-server 10.61.0.123 ", "ntp-service unicast-server 172.16.0.123 "));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("P1", "NC9108"), (finding.Property, finding.Code));
        Assert.Contains("in plane internal", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syslog_host_on_the_internet_is_P1_cisco()
    {
        var result = VerifyWith("INT-CORE-01", t => t + "logging host 8.8.8.8\n");
        Assert.Contains(result.Findings, f => f.Property == "P1" && f.Message.Contains("outside every plane", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_not_understood_inside_an_interface_is_a_coverage_finding()
    {
        var result = VerifyWith("EXT-ACC-01", t => Replace(t, " port access vlan 201\n", " port access vlan 201\n port frobnicate everything\n"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("coverage", "NC9001"), (finding.Property, finding.Code));
        Assert.Contains("frobnicate", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_config_is_a_coverage_finding()
    {
        var result = VerifyWith("INT-CORE-01", t => t[..t.LastIndexOf("end", StringComparison.Ordinal)]);
        Assert.Contains(result.Findings, f => (f.Property, f.Code) == ("coverage", "NC9002") && f.Message.Contains("not a complete config", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cable_across_planes_that_carries_a_vlan_is_P1_with_its_path()
    {
        // The inventory gains a cable EXT-ACC-01 GE1/0/12 ↔ INT-CORE-01 GE1/0/6 (validation rejects it as NC5106;
        // the verifier must see the join on the configs too) and both configs configure the two ports.
        using var repo = new MiniRepo();
        var root = repo.Write();
        var (_, folder) = Compiled(repo, root);
        repo.Replace("inventory/devices/EXT-ACC-01.yaml", "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }",
                "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }\n  - { name: GigabitEthernet1/0/12, link: \"INT-CORE-01:GigabitEthernet1/0/6\", mode: access, segment: finance@public }")
            .Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
                "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }\n  - { name: GigabitEthernet1/0/6, link: \"EXT-ACC-01:GigabitEthernet1/0/12\", mode: access, segment: finance@office }");
        var diagnostics = new DiagnosticBag();
        var model = PolicyLoader.Load(repo.Write(), diagnostics)!;
        Assert.False(diagnostics.HasErrors);
        File.AppendAllText(Path.Combine(folder, "EXT-ACC-01.cfg"), "#\ninterface GigabitEthernet1/0/12\n description [EXT] finance@public\n port access vlan 110\n");
        File.AppendAllText(Path.Combine(folder, "INT-CORE-01.cfg"), "!\ninterface GigabitEthernet1/0/6\n description [INT] finance@office\n switchport mode access\n switchport access vlan 510\n");
        var result = Verifier.Run(new ModelIndex(model, MiniRepo.Today), folder, "configs");
        var finding = Assert.Single(result.Findings, f => f.Property == "P1");
        Assert.Equal(["EXT-ACC-01:GigabitEthernet1/0/12", "INT-CORE-01:GigabitEthernet1/0/6"], finding.Path.ToArray());
        Assert.Contains("vlan 110 ↔ vlan 510", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trunk_across_planes_names_the_vlans_both_ends_carry_and_no_other()
    {
        // EXT-ACC-01 GE1/0/12 tags 110 and 201, INT-CORE-01 GE1/0/6 tags 110 and 510: only 110 is shared.
        using var repo = new MiniRepo();
        var (_, folder) = Compiled(repo, repo.Write());
        repo.Replace("inventory/devices/EXT-ACC-01.yaml", "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }",
                "  - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }\n  - { name: GigabitEthernet1/0/12, link: \"INT-CORE-01:GigabitEthernet1/0/6\", mode: trunk, vlans: auto }")
            .Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
                "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }\n  - { name: GigabitEthernet1/0/6, link: \"EXT-ACC-01:GigabitEthernet1/0/12\", mode: trunk, vlans: auto }");
        var model = PolicyLoader.Load(repo.Write(), new DiagnosticBag())!;
        File.AppendAllText(Path.Combine(folder, "EXT-ACC-01.cfg"), "#\ninterface GigabitEthernet1/0/12\n description [EXT] to INT-CORE-01\n port link-type trunk\n undo port trunk permit vlan 1\n port trunk permit vlan 110 201\n");
        File.AppendAllText(Path.Combine(folder, "INT-CORE-01.cfg"), "!\ninterface GigabitEthernet1/0/6\n description [INT] to EXT-ACC-01\n switchport mode trunk\n switchport trunk allowed vlan 110,510\n");

        var result = Verifier.Run(new ModelIndex(model, MiniRepo.Today), folder, "configs");

        var finding = Assert.Single(result.Findings, f => f.Property == "P1" && f.Message.Contains("joins the planes", StringComparison.Ordinal));
        Assert.Equal("NC9101", finding.Code);
        Assert.Equal(["EXT-ACC-01:GigabitEthernet1/0/12", "INT-CORE-01:GigabitEthernet1/0/6"], finding.Path.ToArray());
        Assert.Contains("(untagged vlan 1 ↔ vlan 1, VLAN 110)", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("VLAN 201", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("VLAN 510", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_command_exits_1_on_a_violation_and_0_when_clean()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        var clean = Netcode.Run(root, "verify", "--today", "2026-11-24");
        Assert.True(clean.ExitCode == 0, clean.StandardError);
        var config = Path.Combine(root, "build", "configs", "EXT-EGRESS-01.cfg");
        File.WriteAllText(config, File.ReadAllText(config).Replace("ntp-service unicast-server 10.61.0.123", "ntp-service unicast-server 172.16.0.123", StringComparison.Ordinal));
        var violation = Netcode.Run(root, "verify", "--today", "2026-11-24");
        Assert.Equal(1, violation.ExitCode);
        Assert.Contains("build/configs/EXT-EGRESS-01.cfg:", violation.StandardError, StringComparison.Ordinal);
        Assert.Contains("error P1:", violation.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, Netcode.Run(root, "verify", "--configs", Path.Combine(root, "nowhere")).ExitCode);
    }
}
