using System.Formats.Tar;
using System.Text;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Testing;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>Offline bundles: written deterministically, read back exactly, refused whole when anything does not match the manifest.</summary>
public sealed class BundleTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static readonly CollectionResult Sample = new(
        [
            new RunningConfig("EXT-CORE-01", "sysname EXT-CORE-01\nreturn\n", "ssh://ops@10.61.0.1:22"),
            new RunningConfig("EXT-ACC-01", "sysname EXT-ACC-01\nreturn\n", "ssh://ops@10.61.0.11:22"),
        ],
        [new CollectionFailure("EXT-EGRESS-01", "connection refused: nothing listens on the SSH port")]);

    private readonly TemporaryDirectory folder = new("netcode-bundle");

    private string PathOf(string name) => Path.Combine(folder.Path, name);

    [Fact]
    public void A_bundle_reads_back_as_what_was_written()
    {
        BundleWriter.Write(PathOf("b.tar"), "external", Created, Sample);

        var diagnostics = new DiagnosticBag();
        var bundle = BundleReader.Read(PathOf("b.tar"), diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.NotNull(bundle);
        Assert.Equal("external", bundle.Plane);
        Assert.Equal(Created, bundle.Created);
        Assert.Equal(Sample.Configs.OrderBy(c => c.Hostname, StringComparer.Ordinal), bundle.Result.Configs);
        Assert.Equal(Sample.Failures.AsEnumerable(), bundle.Result.Failures.AsEnumerable());
    }

    [Fact]
    public void The_same_collection_gives_the_same_bytes()
    {
        BundleWriter.Write(PathOf("a.tar"), "external", Created, Sample);
        BundleWriter.Write(PathOf("b.tar"), "external", Created, Sample with { Configs = [.. Sample.Configs.Reverse()] });

        Assert.Equal(File.ReadAllBytes(PathOf("a.tar")), File.ReadAllBytes(PathOf("b.tar")));
        Assert.Single(Directory.GetFiles(folder.Path), f => f.EndsWith("a.tar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_config_changed_after_collection_is_refused()
    {
        Rewrite(entries => entries["configs/EXT-CORE-01.cfg"] = Encoding.UTF8.GetBytes("sysname EXT-CORE-01\nundo acl 3000\nreturn\n"));

        AssertRefused("configs/EXT-CORE-01.cfg does not match its SHA-256 in the manifest");
    }

    [Fact]
    public void A_file_missing_from_the_bundle_is_refused() =>
        RefusedAfter(entries => entries.Remove("configs/EXT-ACC-01.cfg"), "configs/EXT-ACC-01.cfg is in the manifest but not in the bundle");

    [Fact]
    public void A_file_not_in_the_manifest_is_refused() =>
        RefusedAfter(entries => entries["configs/EXT-NEW-01.cfg"] = "x\n"u8.ToArray(), "configs/EXT-NEW-01.cfg is in the bundle but not in the manifest");

    [Fact]
    public void Path_traversal_is_refused() =>
        RefusedAfter(entries => entries["configs/../../etc/cron.d/x"] = "x\n"u8.ToArray(), "path traversal");

    [Fact]
    public void A_bundle_without_manifest_is_not_a_bundle() =>
        RefusedAfter(entries => entries.Remove("manifest.json"), "no manifest.json; this is not a netcode bundle");

    [Fact]
    public void A_file_that_is_no_tar_is_refused()
    {
        File.WriteAllText(PathOf("b.tar"), "sysname EXT-CORE-01\nreturn\n" + new string('x', 600));

        AssertRefused("bundle refused");
    }

    [Fact]
    public void Another_format_is_refused()
    {
        RefusedAfter(
            entries => entries["manifest.json"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries["manifest.json"]).Replace("netcode-bundle/1", "netcode-bundle/9", StringComparison.Ordinal)),
            "expected 'netcode-bundle/1'");
    }

    private void RefusedAfter(Action<Dictionary<string, byte[]>> change, string why)
    {
        Rewrite(change);
        AssertRefused(why);
    }

    private void AssertRefused(string why)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(BundleReader.Read(PathOf("b.tar"), diagnostics));
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("NC7008", error.Code);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Writes the sample bundle, then rewrites its entries as a tamperer would.</summary>
    private void Rewrite(Action<Dictionary<string, byte[]>> change)
    {
        BundleWriter.Write(PathOf("b.tar"), "external", Created, Sample);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var stream = File.OpenRead(PathOf("b.tar")))
        using (var reader = new TarReader(stream))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                using var data = new MemoryStream();
                entry.DataStream?.CopyTo(data);
                entries[entry.Name] = data.ToArray();
            }
        }

        change(entries);
        using var output = File.Create(PathOf("b.tar"));
        using var writer = new TarWriter(output, TarEntryFormat.Pax);
        foreach (var (name, bytes) in entries)
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }
    }

    public void Dispose() => folder.Dispose();
}
