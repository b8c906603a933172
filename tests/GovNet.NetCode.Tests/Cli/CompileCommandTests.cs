using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

public sealed class CompileCommandTests
{
    [Fact]
    public void Check_on_the_bundled_example_writes_every_config_and_the_manifest()
    {
        var output = Directory.CreateTempSubdirectory("netcode-build-");
        try
        {
            var outcome = NetcodeProcess.Run(NetcodeProcess.RepositoryRoot(), "check", "--out", output.FullName, "--today", "2026-11-24");
            Assert.True(outcome.ExitCode == 0, outcome.StandardError);
            Assert.Contains("compiled 29 device configs", outcome.StandardOutput, StringComparison.Ordinal);
            var golden = Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");
            foreach (var config in Directory.EnumerateFiles(Path.Combine(output.FullName, "configs")))
            {
                Assert.Equal(File.ReadAllText(Path.Combine(golden, Path.GetFileName(config))), File.ReadAllText(config));
            }

            Assert.Equal(File.ReadAllText(Path.Combine(golden, "manifest.json")), File.ReadAllText(Path.Combine(output.FullName, "manifest.json")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void Compile_of_an_invalid_repository_is_exit_2_and_writes_nothing()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var root = repo.Write();
        var outcome = Netcode.Run(root, "compile");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error NC3107", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "build")));
    }

    [Fact]
    public void A_template_error_is_exit_2_and_keeps_the_previous_build()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile").ExitCode);
        var before = File.ReadAllText(Path.Combine(root, "build", "manifest.json"));

        var templates = CompileHarness.CopyTemplatesInto(root);
        File.AppendAllText(Path.Combine(templates, "cisco-ios", "routes.scriban"), "{{ if Routes.size > 0 }}\n");
        var outcome = Netcode.Run(root, "compile");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("templates/cisco-ios/routes.scriban", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("nothing was written", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(root, "build", "manifest.json")));
    }

    [Fact]
    public void Check_verifies_the_compiled_configs_and_exits_1_on_a_violation()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var templates = CompileHarness.CopyTemplatesInto(root);
        var interfaces = Path.Combine(templates, "huawei-vrp", "interfaces.scriban");
        // Ports without their plane tag break P5 in every Huawei config, though the policy is valid.
        File.WriteAllText(interfaces, File.ReadAllText(interfaces).Replace(" description {{ port.Description }}", " description unlabelled-{{ port.Description }}", StringComparison.Ordinal));

        var outcome = Netcode.Run(root, "check", "--today", "2026-11-24");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error P5", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("build/configs/EXT-CORE-01.cfg:", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("violation(s)", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_writes_markdown_with_the_verdict_and_findings()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        var clean = Netcode.Run(root, "verify", "--format", "markdown", "--today", "2026-11-24");
        Assert.Equal(0, clean.ExitCode);
        Assert.StartsWith("### Isolation verified", clean.StandardOutput, StringComparison.Ordinal);

        var config = Path.Combine(root, "build", "configs", "EXT-CORE-01.cfg");
        File.WriteAllText(config, File.ReadAllText(config).Replace(" description [EXT]", " description |EXT|", StringComparison.Ordinal));
        var violated = Netcode.Run(root, "verify", "--format", "markdown", "--today", "2026-11-24");
        Assert.Equal(1, violated.ExitCode);
        Assert.StartsWith("### Isolation violated", violated.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("| P5 | error | `build/configs/EXT-CORE-01.cfg:", violated.StandardOutput, StringComparison.Ordinal);
        // A pipe from the config is escaped, so it cannot split the table row.
        Assert.Contains("'\\|EXT\\|", violated.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_without_templates_uses_the_ones_shipped_with_netcode()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var outcome = Netcode.Run(root, "compile", "--today", "2026-11-24");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.True(File.Exists(Path.Combine(root, "build", "configs", "EXT-CORE-01.cfg")));
    }

    [Theory]
    [InlineData("compile")]
    [InlineData("check")]
    public void Compile_commands_have_help(string command)
    {
        var outcome = Netcode.Run(Path.GetTempPath(), command, "--help");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("--out", outcome.StandardOutput, StringComparison.Ordinal);
    }
}
