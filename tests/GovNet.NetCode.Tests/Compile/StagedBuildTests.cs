using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// Configs are written into the build's staging folder while the others still render: the build that
/// lands must be byte for byte the one written after rendering, and a run that fails on a late device,
/// with earlier configs already on disk, must leave neither a build nor a staging folder behind.
/// </summary>
public sealed class StagedBuildTests
{
    /// <summary>The last device of the mini repository in hostname order, so every other one renders (and is written) before it fails.</summary>
    private const string LateDevice = "INT-CORE-01";

    private static string CopyTemplatesWithALateFault(string root)
    {
        var templates = CompileHarness.CopyTemplatesInto(root);
        foreach (var file in Directory.EnumerateFiles(templates, "system" + TemplateSet.Extension, SearchOption.AllDirectories))
        {
            // Right for the checker, wrong only when rendered, and only for the late device.
            File.AppendAllText(file, $"{{{{ if Hostname == \"{LateDevice}\" }}}}{{{{ netmask 40 }}}}{{{{ end }}}}\n");
        }

        return templates;
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameFiles(string expected, string actual)
    {
        var (want, got) = (Files(expected), Files(actual));
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        Assert.All(want, f => Assert.True(f.Value.AsSpan().SequenceEqual(got[f.Key]), f.Key));
    }

    [Fact]
    public void A_fault_on_the_last_device_leaves_no_build_and_no_staging_folder_though_the_others_were_written()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var library = new TemplateLibrary(CopyTemplatesWithALateFault(root));
        var output = Path.Combine(root, "build");
        using (var build = new StagedBuild(output))
        {
            var run = PolicyPipeline.Run(root, MiniRepo.Today, library, PipelineGoal.Compile, sink: build);
            var fault = Assert.Single(run.Diagnostics, d => d.Code == Codes.TemplateBinding);
            Assert.Contains(LateDevice, fault.Message, StringComparison.Ordinal);
            Assert.Null(run.Configs);

            // The devices before it were written while rendering: without the clean-up they would stay.
            var staging = Assert.Single(Directory.EnumerateDirectories(root, ".build.tmp-*"));
            Assert.NotEmpty(Directory.EnumerateFiles(staging, "*.cfg", SearchOption.AllDirectories));
        }

        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root, ".build.*"));
    }

    [Fact]
    public void A_late_template_fault_through_the_command_line_keeps_the_previous_build_and_leaves_no_staging_folder()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile").ExitCode);
        var output = Path.Combine(root, "build");
        var before = Files(output);

        CopyTemplatesWithALateFault(root);
        var outcome = Netcode.Run(root, "compile");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(LateDevice, outcome.StandardError, StringComparison.Ordinal);
        var after = Files(output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root, ".build.*"));
    }

    [Fact]
    public void A_run_that_stops_before_rendering_creates_no_staging_folder()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var root = repo.Write();
        using var build = new StagedBuild(Path.Combine(root, "build"));
        var run = PolicyPipeline.Run(root, MiniRepo.Today, CompileHarness.Templates(), PipelineGoal.Compile, sink: build);
        Assert.False(run.Valid);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root, ".build.*"));
    }

    [Property(MaxTest = 8)]
    public Property Configs_written_while_rendering_are_the_bytes_written_after_it_fresh_and_over_a_previous_build() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var outputs = TestFolders.New("staged-");
            var configs = CompileHarness.CompileClean(CompileHarness.Model(folder.Path));
            var diagnostics = new DiagnosticBag();
            var afterwards = Path.Combine(outputs, "afterwards");
            Assert.True(BuildWriter.Write(afterwards, "net", configs, diagnostics));

            var staged = Path.Combine(outputs, "staged");
            for (var round = 0; round < 2; round++)
            {
                // The second round meets the first's build, whose unchanged files it may reuse.
                using var build = new StagedBuild(staged);
                var run = PolicyPipeline.Run(folder.Path, MiniRepo.Today, CompileHarness.Templates(), PipelineGoal.Compile, sink: build);
                Assert.True(run.Valid);
                Assert.True(build.Commit("net", run.Configs!.Value, diagnostics));
                Assert.Empty(diagnostics.Items);
                AssertSameFiles(afterwards, staged);
                Assert.Empty(Directory.EnumerateFileSystemEntries(outputs, ".staged.*"));
            }
        });

    [Fact]
    public void A_config_that_cannot_be_written_while_rendering_is_reported_at_commit_and_nothing_lands()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var blocker = Path.Combine(root, "blocked");
        File.WriteAllText(blocker, "a file where a folder must go");
        var diagnostics = new DiagnosticBag();
        using (var build = new StagedBuild(Path.Combine(blocker, "build")))
        {
            var run = PolicyPipeline.Run(root, MiniRepo.Today, CompileHarness.Templates(), PipelineGoal.Compile, sink: build);
            Assert.True(run.Valid);
            Assert.False(build.Commit("test-net", run.Configs!.Value, diagnostics));
        }

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Codes.OutputNotWritten, error.Code);
        Assert.True(File.Exists(blocker));
    }

    [Fact]
    public void When_what_must_come_first_fails_nothing_is_written_and_nothing_more_reported()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        var output = Path.Combine(root, "build");
        var diagnostics = new DiagnosticBag();
        using (var build = new StagedBuild(output))
        {
            var run = PolicyPipeline.Run(root, MiniRepo.Today, CompileHarness.Templates(), PipelineGoal.Compile, sink: build);
            Assert.False(build.Commit("test-net", run.Configs!.Value, diagnostics, before: () => false));
        }

        Assert.Empty(diagnostics.Items);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root, ".build.*"));
    }
}
