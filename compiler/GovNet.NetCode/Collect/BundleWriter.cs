using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Writes one plane's collection as a single tar file (manifest.json first, then configs/HOSTNAME.cfg),
/// to carry across the air gap to where drift runs. The same result and time give the same bytes.
/// </summary>
public static class BundleWriter
{
    public static void Write(string file, string plane, DateTimeOffset created, CollectionResult result)
    {
        var configs = result.Configs.OrderBy(c => c.Hostname, StringComparer.Ordinal)
            .Select(c => (Config: c, Bytes: Encoding.UTF8.GetBytes(c.Text), Observed: c.Observed is null ? null : Encoding.UTF8.GetBytes(c.Observed)))
            .ToList();
        var manifest = new BundleManifest(
            BundleManifest.FormatId,
            plane,
            created.ToUniversalTime(),
            [.. configs.Select(c => new BundleFile(c.Config.Hostname, BundleManifest.PathOf(c.Config.Hostname), Sha256(c.Bytes), c.Config.Source,
                c.Observed is null ? null : new BundleObserved(BundleManifest.ObservedPathOf(c.Config.Hostname), Sha256(c.Observed))))],
            [.. result.Failures.OrderBy(f => f.Hostname, StringComparer.Ordinal).Select(f => new BundleFailure(f.Hostname, f.Reason))]);

        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = File.Create(temporary))
            using (var tar = new TarWriter(stream, TarEntryFormat.Ustar, leaveOpen: false))
            {
                Add(tar, BundleManifest.ManifestName, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(manifest, BundleJson.Default.BundleManifest) + "\n"), manifest.Created);
                foreach (var (config, bytes, _) in configs)
                {
                    Add(tar, BundleManifest.PathOf(config.Hostname), bytes, manifest.Created);
                }

                foreach (var (config, _, observed) in configs.Where(c => c.Observed is not null))
                {
                    Add(tar, BundleManifest.ObservedPathOf(config.Hostname), observed!, manifest.Created);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Add(TarWriter tar, string name, byte[] bytes, DateTimeOffset time)
    {
        // Ustar-style fields only (no access/change times), so the bytes depend on nothing but the input.
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(bytes),
            ModificationTime = time,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
        };
        tar.WriteEntry(entry);
    }
}
