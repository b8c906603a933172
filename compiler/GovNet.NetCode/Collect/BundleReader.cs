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
            diagnostics.Error(Codes.BundleInvalid, span, $"bundle refused: {why}");
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
                    return Refuse($"more than {MaxEntries:N0} entries");
                }

                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    return Refuse($"entry '{entry.Name}' is a {entry.EntryType}, not a regular file");
                }

                if (!IsSafeName(entry.Name))
                {
                    return Refuse($"entry '{entry.Name}' is not manifest.json or configs/HOSTNAME.cfg (path traversal or a foreign file)");
                }

                if (entry.Length > MaxEntryBytes)
                {
                    return Refuse($"entry '{entry.Name}' is {entry.Length:N0} bytes; at most {MaxEntryBytes:N0}");
                }

                if (entries.ContainsKey(entry.Name))
                {
                    return Refuse($"entry '{entry.Name}' occurs twice");
                }

                using var data = new MemoryStream();
                entry.DataStream?.CopyTo(data);
                entries[entry.Name] = data.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            return Refuse($"not a readable tar file ({e.Message})");
        }

        if (!entries.TryGetValue(BundleManifest.ManifestName, out var manifestBytes))
        {
            return Refuse("no manifest.json; this is not a netcode bundle");
        }

        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BundleManifest>(manifestBytes);
        }
        catch (JsonException e)
        {
            return Refuse($"manifest.json is not valid: {e.Message}");
        }

        if (manifest is null || manifest.Format != BundleManifest.FormatId)
        {
            return Refuse($"manifest format is '{manifest?.Format}', expected '{BundleManifest.FormatId}'");
        }

        var files = manifest.Files.IsDefault ? [] : manifest.Files;
        var configs = new List<RunningConfig>();
        foreach (var listed in files)
        {
            if (listed.Hostname is null || !Formats.IsHostname(listed.Hostname) || listed.Path != BundleManifest.PathOf(listed.Hostname))
            {
                return Refuse($"manifest lists '{listed.Path}' for '{listed.Hostname}'; expected configs/HOSTNAME.cfg");
            }

            if (!entries.TryGetValue(listed.Path, out var bytes))
            {
                return Refuse($"{listed.Path} is in the manifest but not in the bundle");
            }

            if (BundleWriter.Sha256(bytes) != listed.Sha256)
            {
                return Refuse($"{listed.Path} does not match its SHA-256 in the manifest (changed after collection)");
            }

            configs.Add(new RunningConfig(listed.Hostname, Encoding.UTF8.GetString(bytes), listed.Source ?? $"bundle {Path.GetFileName(file)}"));
        }

        var listedPaths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var extra = entries.Keys.Where(k => k != BundleManifest.ManifestName && !listedPaths.Contains(k)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            return Refuse($"{extra} is in the bundle but not in the manifest");
        }

        if (configs.GroupBy(c => c.Hostname, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Refuse($"manifest lists {twice.Key} twice");
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

        const string prefix = BundleManifest.ConfigFolder + "/";
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".cfg", StringComparison.Ordinal))
        {
            return false;
        }

        return Formats.IsHostname(name[prefix.Length..^4]);
    }
}
