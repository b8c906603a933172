using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary><c>netcode fetch</c> against a real sshd serving each dialect's compiled config.</summary>
[Collection(SshFleetCollection.Name)]
public sealed class FetchDialectTests(SharedFleet fleet)
{
    /// <summary>What a pulled config must be: the served text, line ends unified, secrets masked.</summary>
    internal static string Expected(string served) =>
        string.Concat(served.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')
            .SkipWhile(l => l.Trim().Length == 0)
            .Select(l => SecretMask.Apply(l.TrimEnd()) + "\n"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fetch_pulls_each_dialect_with_paging_off_or_stuck_on(bool pagingStuck)
    {
        var faults = MiniRepo.DefaultFiles.Keys.Where(k => k.StartsWith("inventory/devices/", StringComparison.Ordinal))
            .ToDictionary(k => Path.GetFileNameWithoutExtension(k), _ => pagingStuck ? FleetFault.PagingStuck : FleetFault.None);
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, faults);
        var output = Path.Combine(repo.Root, "running");

        var external = Netcode.Run(repo.Root, "fetch", "--plane", "external", "--out", output);
        var internalPlane = Netcode.Run(repo.Root, "fetch", "--plane", "internal", "--out", output);

        Assert.True(external.ExitCode == 0, external.StandardError);
        Assert.True(internalPlane.ExitCode == 0, internalPlane.StandardError);
        Assert.Contains("3 of 3 device(s) collected", external.StandardOutput, StringComparison.Ordinal);
        foreach (var (hostname, served) in repo.Configs)
        {
            var pulled = File.ReadAllText(Path.Combine(output, hostname + ".cfg"));
            Assert.Equal(Expected(served), pulled);
            Assert.DoesNotContain("More", pulled, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', pulled);
        }

        Assert.Equal(["EXT-ACC-01.cfg", "EXT-CORE-01.cfg", "EXT-EGRESS-01.cfg", "INT-CORE-01.cfg"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Secrets_in_a_running_config_are_masked_before_anything_is_written()
    {
        const string secret = "%^%#Zx9!q$Secret-Cipher-Text%^%#";
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles, serve: (hostname, text) => hostname == "EXT-CORE-01"
            ? text.Replace("\nreturn", $"\nlocal-user admin password irreversible-cipher {secret}\nsnmp-agent community read cipher PlainCommunity42\nreturn", StringComparison.Ordinal)
            : text);
        var output = Path.Combine(repo.Root, "running");
        var bundle = Path.Combine(repo.Root, "external.tar");

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external", "--out", output, "--bundle", bundle, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var pulled = File.ReadAllText(Path.Combine(output, "EXT-CORE-01.cfg"));
        Assert.Contains("local-user admin password <masked>", pulled, StringComparison.Ordinal);
        foreach (var leak in new[] { "Secret-Cipher-Text", "PlainCommunity42" })
        {
            Assert.DoesNotContain(leak, pulled, StringComparison.Ordinal);
            Assert.DoesNotContain(leak, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(leak, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(bundle)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fetch_writes_a_bundle_that_reads_back_as_the_same_configs()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles);
        var bundle = Path.Combine(repo.Root, "bundles", "external.tar");

        var run = Netcode.Run(repo.Root, "fetch", "--plane", "external", "--bundle", bundle);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "build", "running")), "with --bundle alone no folder is written");
        var diagnostics = new DiagnosticBag();
        var read = BundleReader.Read(bundle, diagnostics);
        Assert.NotNull(read);
        Assert.Equal("external", read.Plane);
        Assert.Equal(["EXT-ACC-01", "EXT-CORE-01", "EXT-EGRESS-01"], read.Result.Configs.Select(c => c.Hostname));
        Assert.All(read.Result.Configs, c => Assert.Equal(Expected(repo.Configs[c.Hostname]), c.Text));
        Assert.All(read.Result.Configs, c => Assert.StartsWith("ssh://", c.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Fetch_refuses_a_selection_that_spans_both_planes()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles);

        var run = Netcode.Run(repo.Root, "fetch");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(DiagnosticAssert.Line("NC7007", "", "the selection spans planes external and internal"), run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "build", "running")));
    }

    [Fact]
    public void Fetch_of_one_device_reaches_only_that_device_and_an_unwritable_folder_is_an_operational_failure()
    {
        using var repo = FleetRepo.Start(fleet, MiniRepo.DefaultFiles);

        var blocked = Path.Combine(repo.Root, "a-file");
        File.WriteAllText(blocked, "");

        var unwritable = Netcode.Run(repo.Root, "fetch", "--device", "INT-CORE-01", "--out", blocked);
        var run = Netcode.Run(repo.Root, "fetch", "--device", "INT-CORE-01", "--format", "json");

        Assert.Equal(3, unwritable.ExitCode);
        Assert.Contains(DiagnosticAssert.Line("NC7009", "", "cannot write"), unwritable.StandardError, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(["INT-CORE-01.cfg"], Directory.GetFiles(Path.Combine(repo.Root, "build", "running")).Select(Path.GetFileName));
        Assert.Contains("\"plane\": \"internal\"", run.StandardOutput, StringComparison.Ordinal);
    }
}
