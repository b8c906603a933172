using System.Formats.Tar;
using System.Text;
using System.Text.Json;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Reads an offline bundle back into a <see cref="CollectionResult"/>. Anything that does not match
/// the manifest exactly (a hash, a missing or extra file, a path leaving the bundle, a file that is
/// no bundle at all) refuses the whole bundle: a partly trusted set of configs would hide drift.
/// </summary>
public static class BundleReader
{
    public const long MaxEntryBytes = 16L * 1024 * 1024;
    public const int MaxEntries = 20_000;

    public sealed record Bundle(string Plane, DateTimeOffset Created, CollectionResult Result);

    public static Bundle? Read(string file, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.StartOf(file.Replace('\\', '/'));
        Bundle? Refuse(string why)
        {
            diagnostics.Error(Codes.BundleInvalid, span, Messages.Format("BundleRefused", why));
            return null;
        }

        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var stream = File.OpenRead(file);
            using var tar = new TarReader(stream);
            while (tar.GetNextEntry(copyData: false) is { } entry)
            {
                if (entries.Count >= MaxEntries)
                {
                    return Refuse(Messages.Format("BundleTooManyEntries", MaxEntries));
                }

                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    return Refuse(Messages.Format("BundleEntryNotFile", entry.Name, entry.EntryType));
                }

                if (!IsSafeName(entry.Name))
                {
                    return Refuse(Messages.Format("BundleForeignEntry", entry.Name));
                }

                if (entry.Length > MaxEntryBytes)
                {
                    return Refuse(Messages.Format("BundleEntryTooLarge", entry.Name, entry.Length, MaxEntryBytes));
                }

                if (entries.ContainsKey(entry.Name))
                {
                    return Refuse(Messages.Format("BundleEntryTwice", entry.Name));
                }

                using var data = new MemoryStream();
                entry.DataStream?.CopyTo(data);
                entries[entry.Name] = data.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            return Refuse(Messages.Format("BundleNotTar", e.Message));
        }

        if (!entries.TryGetValue(BundleManifest.ManifestName, out var manifestBytes))
        {
            return Refuse(Messages.Get("BundleNoManifest"));
        }

        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(manifestBytes, BundleJson.Default.BundleManifest);
        }
        catch (JsonException e)
        {
            return Refuse(Messages.Format("BundleManifestInvalid", e.Message));
        }

        if (manifest is null || manifest.Format != BundleManifest.FormatId)
        {
            return Refuse(Messages.Format("BundleManifestFormat", manifest?.Format, BundleManifest.FormatId));
        }

        var files = manifest.Files.IsDefault ? [] : manifest.Files;
        var configs = new List<RunningConfig>();
        foreach (var listed in files)
        {
            if (listed.Hostname is null || !Formats.IsHostname(listed.Hostname) || listed.Path != BundleManifest.PathOf(listed.Hostname))
            {
                return Refuse(Messages.Format("BundleManifestPath", listed.Path, listed.Hostname));
            }

            if (!entries.TryGetValue(listed.Path, out var bytes))
            {
                return Refuse(Messages.Format("BundleEntryMissing", listed.Path));
            }

            if (BundleWriter.Sha256(bytes) != listed.Sha256)
            {
                return Refuse(Messages.Format("BundleHashMismatch", listed.Path));
            }

            string? observed = null;
            if (listed.Observed is { } observedFile)
            {
                if (observedFile.Path != BundleManifest.ObservedPathOf(listed.Hostname))
                {
                    return Refuse(Messages.Format("BundleManifestPath", observedFile.Path, listed.Hostname));
                }

                if (!entries.TryGetValue(observedFile.Path, out var observedBytes))
                {
                    return Refuse(Messages.Format("BundleEntryMissing", observedFile.Path));
                }

                if (BundleWriter.Sha256(observedBytes) != observedFile.Sha256)
                {
                    return Refuse(Messages.Format("BundleHashMismatch", observedFile.Path));
                }

                observed = Encoding.UTF8.GetString(observedBytes);
            }

            configs.Add(new RunningConfig(listed.Hostname, Encoding.UTF8.GetString(bytes), listed.Source ?? $"bundle {Path.GetFileName(file)}") { Observed = observed });
        }

        var listedPaths = files.SelectMany(f => f.Observed is null ? [f.Path] : new[] { f.Path, f.Observed.Path }).ToHashSet(StringComparer.Ordinal);
        var extra = entries.Keys.Where(k => k != BundleManifest.ManifestName && !listedPaths.Contains(k)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            return Refuse(Messages.Format("BundleEntryUnlisted", extra));
        }

        if (configs.GroupBy(c => c.Hostname, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Refuse(Messages.Format("BundleManifestTwice", twice.Key));
        }

        var failures = manifest.Failures.IsDefault ? [] : manifest.Failures;
        return new Bundle(
            manifest.Plane,
            manifest.Created,
            new CollectionResult(
                [.. configs.OrderBy(c => c.Hostname, StringComparer.Ordinal)],
                [.. failures.Select(f => new CollectionFailure(f.Hostname, f.Reason)).OrderBy(f => f.Hostname, StringComparer.Ordinal)]));
    }

    private static bool IsSafeName(string name)
    {
        if (name == BundleManifest.ManifestName)
        {
            return true;
        }

        foreach (var (folder, extension) in new[] { (BundleManifest.ConfigFolder, ".cfg"), (BundleManifest.ObservedFolder, ".txt") })
        {
            var prefix = folder + "/";
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal))
            {
                return Formats.IsHostname(name[prefix.Length..^extension.Length]);
            }
        }

        return false;
    }
}
