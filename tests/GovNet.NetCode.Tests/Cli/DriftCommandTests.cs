using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary><c>netcode drift</c> as a user runs it: exit codes, formats, the atomic --out, the archive, and the NC71xx diagnostics.</summary>
public sealed class DriftCommandTests : IDisposable
{
    private readonly MiniRepo repo = new();
    private readonly string root;
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("netcode-drift-cli-");

    public DriftCommandTests()
    {
        root = repo.Write();
        Running = Path.Combine(work.FullName, "running");
        Directory.CreateDirectory(Running);
        foreach (var config in CompileHarness.CompileClean(CompileHarness.Model(root)))
        {
            File.WriteAllText(Path.Combine(Running, config.FileName), config.Text);
        }
    }

    private string Running { get; }

    public void Dispose()
    {
        repo.Dispose();
        work.Delete(recursive: true);
    }

    private NetcodeProcess.Outcome Drift(params string[] arguments) =>
        Netcode.Run(root, ["drift", "--running", Running, "--today", "2026-11-24", .. arguments]);

    private static void AssertDiagnostic(NetcodeProcess.Outcome outcome, string severity, string code) =>
        Assert.Contains($"{severity} {code}:", outcome.StandardError, StringComparison.Ordinal);

    private void Edit(string host, string oldText, string newText)
    {
        var path = Path.Combine(Running, host + ".cfg");
        File.WriteAllText(path, DriftHarness.ReplaceFirst(File.ReadAllText(path), oldText, newText));
    }

    [Fact]
    public void Running_configs_equal_to_the_policy_are_exit_0_and_build_is_not_touched()
    {
        var outcome = Drift();
        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        Assert.Contains("0 with drift", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "build")));
    }

    [Fact]
    public void Drift_is_exit_1_with_an_html_report_written_atomically_and_an_archive_commit()
    {
        Edit("EXT-CORE-01", " description [EXT] ", " description [EXT] changed ");
        File.AppendAllText(Path.Combine(Running, "EXT-CORE-01.cfg"), "local-user admin password irreversible-cipher %^%#TopSecret42%^%#\n");
        var report = Path.Combine(work.FullName, "reports", "drift.html");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var archive = Path.Combine(work.FullName, "archive");

        var outcome = Drift("--format", "html", "--out", report, "--archive", archive);
        Assert.True(outcome.ExitCode == 1, outcome.StandardError);
        Assert.Equal(["drift.html"], Directory.GetFiles(Path.GetDirectoryName(report)!).Select(Path.GetFileName));
        var html = File.ReadAllText(report);
        Assert.Contains("EXT-CORE-01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("TopSecret42", html, StringComparison.Ordinal);
        Assert.Contains("archived", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("TopSecret42", File.ReadAllText(Path.Combine(archive, "EXT-CORE-01.cfg")), StringComparison.Ordinal);
        Assert.Contains("1 with drift", ArchiveLog(archive), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_header_names_the_time_plane_policy_revision_netcode_version_and_collector()
    {
        Edit("EXT-CORE-01", " description [EXT] ", " description [EXT] changed ");
        var html = Drift("--format", "html").StandardOutput;
        Assert.Contains("<h1>Drift: 测试网络 (test-net)</h1>", html, StringComparison.Ordinal);
        foreach (var field in new[] { "<th>time</th><td>2", "<th>plane</th><td>external, internal</td>", "<th>policy</th><td>not from Git", $"<th>netcode</th><td>{GovNet.NetCode.Report.SarifWriter.ToolVersion}</td>", "<th>collector</th><td>offline: running</td>" })
        {
            Assert.Contains(field, html, StringComparison.Ordinal);
        }

        var markdown = Drift("--format", "markdown", "--plane", "external").StandardOutput;
        Assert.Contains("plane: external · policy: not from Git", markdown, StringComparison.Ordinal);
    }

    private static string ArchiveLog(string archive) => GovNet.NetCode.Tests.Drift.SecretLeakProperties.Git(archive, "log", "--format=%B");

    [Theory]
    [InlineData("json", "\"command\": \"drift\"")]
    [InlineData("markdown", "# Drift: ")]
    [InlineData("text", "DEVICE")]
    public void Every_format_goes_to_standard_output(string format, string expected)
    {
        var outcome = Drift("--format", format);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(expected, outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_without_a_running_config_is_NC7103_and_exit_3_and_a_stray_file_is_NC7102()
    {
        File.Delete(Path.Combine(Running, "EXT-ACC-01.cfg"));
        File.WriteAllText(Path.Combine(Running, "STRAY-01.cfg"), "sysname STRAY-01\nreturn\n");
        var archive = Path.Combine(work.FullName, "archive");
        var outcome = Drift("--archive", archive);
        Assert.Equal(3, outcome.ExitCode);
        AssertDiagnostic(outcome, "error", "NC7103");
        AssertDiagnostic(outcome, "warning", "NC7102");
        Assert.Contains("STRAY-01", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(archive, "EXT-ACC-01.cfg")));
        Assert.False(File.Exists(Path.Combine(archive, "STRAY-01.cfg")));
    }

    [Fact]
    public void Usage_and_policy_mistakes_are_exit_2()
    {
        // Without --running drift pulls over SSH, and one collector may reach one plane only.
        var bothPlanes = Netcode.Run(root, "drift", "--today", "2026-11-24");
        Assert.Equal(2, bothPlanes.ExitCode);
        AssertDiagnostic(bothPlanes, "error", "NC7007");
        Assert.Contains("pass --plane", bothPlanes.StandardError, StringComparison.Ordinal);

        var badPattern = Drift("--ignore", "^clock (");
        Assert.Equal(2, badPattern.ExitCode);
        AssertDiagnostic(badPattern, "error", "NC7101");

        var missingFolder = Netcode.Run(root, "drift", "--running", Path.Combine(work.FullName, "nope"), "--today", "2026-11-24");
        Assert.Equal(2, missingFolder.ExitCode);

        repo.Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100").Write();
        var invalid = Drift();
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("error NC3107", invalid.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_or_report_that_cannot_be_written_is_exit_3()
    {
        var blocked = Path.Combine(work.FullName, "blocked");
        File.WriteAllText(blocked, "a file, not a folder");
        var archive = Drift("--archive", blocked);
        Assert.Equal(3, archive.ExitCode);
        AssertDiagnostic(archive, "error", "NC7104");

        var report = Drift("--format", "json", "--out", Path.Combine(work.FullName, "no", "such", "drift.json"));
        Assert.Equal(3, report.ExitCode);
        AssertDiagnostic(report, "error", "NC7105");
    }
}
