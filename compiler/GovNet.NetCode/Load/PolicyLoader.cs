using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Binding;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load;

/// <summary>
/// Reads a policy repository into a <see cref="PolicyModel"/>. Every file is read and checked so
/// that all its mistakes are reported at once; the model is returned only when no file had an
/// error, since the later checks would only repeat the same mistakes in other words.
/// </summary>
public static class PolicyLoader
{
    public static PolicyModel? Load(string repositoryRoot, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.HasErrors;
        foreach (var folder in new[] { PolicyFiles.PolicyFolder, PolicyFiles.InventoryFolder })
        {
            if (!Directory.Exists(Path.Combine(repositoryRoot, folder)))
            {
                diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(folder),
                    $"folder {folder}/ is missing; is '{repositoryRoot}' a policy repository? (use --repo DIR)");
            }
        }

        if (diagnostics.HasErrors && !errorsBefore)
        {
            return null;
        }

        var network = ReadRequired(repositoryRoot, PolicyFiles.Network, PolicyShapes.Network, diagnostics) is { } networkRoot
            ? NetworkBinder.Bind(networkRoot, PolicyFiles.Network)
            : null;

        var units = new List<Unit>();
        foreach (var file in PolicyFiles.YamlFilesIn(repositoryRoot, PolicyFiles.UnitsFolder))
        {
            if (Read(repositoryRoot, file, PolicyShapes.Unit, diagnostics) is { } root)
            {
                units.Add(UnitBinder.Bind(root, file));
            }
        }

        var services = ReadOptional(repositoryRoot, PolicyFiles.Services, PolicyShapes.Services, diagnostics) is { } servicesRoot
            ? ServiceBinder.Bind(servicesRoot, diagnostics).ToList()
            : [];
        var flows = ReadOptional(repositoryRoot, PolicyFiles.Flows, PolicyShapes.Flows, diagnostics) is { } flowsRoot
            ? FlowBinder.Bind(flowsRoot, diagnostics).ToList()
            : [];

        var devices = new List<Device>();
        var deviceFiles = PolicyFiles.YamlFilesIn(repositoryRoot, PolicyFiles.DevicesFolder);
        if (deviceFiles.Count == 0 && Directory.Exists(Path.Combine(repositoryRoot, PolicyFiles.InventoryFolder)))
        {
            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(PolicyFiles.DevicesFolder),
                $"no device files in {PolicyFiles.DevicesFolder}/; the inventory describes one device per file");
        }

        foreach (var file in deviceFiles)
        {
            if (Read(repositoryRoot, file, PolicyShapes.Device, diagnostics) is { } root)
            {
                devices.Add(DeviceBinder.Bind(root, file, diagnostics));
            }
        }

        // Connection settings are checked with the policy, so CI finds their mistakes before a fetch does.
        if (File.Exists(Path.Combine(repositoryRoot, CollectionSettings.DefaultFile)))
        {
            CollectionLoader.Load(repositoryRoot, null, [.. devices.Select(d => d.Hostname.Value)], diagnostics);
        }

        if (network is null || (diagnostics.HasErrors && !errorsBefore))
        {
            return null;
        }

        return new PolicyModel(network, [.. units], [.. services], [.. flows], [.. devices]);
    }

    private static YamlMapping? ReadRequired(string root, string file, ObjectShape shape, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(root, file)))
        {
            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(file), $"{file} is missing; it declares the planes and zones");
            return null;
        }

        return Read(root, file, shape, diagnostics);
    }

    private static YamlMapping? ReadOptional(string root, string file, ObjectShape shape, DiagnosticBag diagnostics) =>
        File.Exists(Path.Combine(root, file)) ? Read(root, file, shape, diagnostics) : null;

    /// <summary>Reads until the end of the file or <paramref name="limit"/> bytes, whichever comes first.</summary>
    private static byte[] ReadAtMost(string path, long expected, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(limit, Math.Max(expected + 1, 4096))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total == limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>Reads, parses and shape-checks one file; null after reporting why it cannot be used.</summary>
    internal static YamlMapping? Read(string root, string file, ObjectShape shape, DiagnosticBag diagnostics)
    {
        if (RepositoryLinks.LeavesRepository(root, file))
        {
            diagnostics.Error(Codes.LinkOutsideRepository, SourceSpan.StartOf(file),
                "file is a symbolic link that leads outside the repository; policy must be in the repository that is reviewed");
            return null;
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(Path.Combine(root, file));
            if (info.Length > SourceText.MaxFileBytes)
            {
                // Refuse before reading: a multi-gigabyte file must not be loaded into memory.
                diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(file),
                    $"file is {info.Length:N0} bytes; policy files are limited to {SourceText.MaxFileBytes:N0} bytes");
                return null;
            }

            // The length is only what the file system says: a symlink to /dev/zero says 0 and never
            // ends, and a file may grow after the check. Read at most one byte past the cap.
            bytes = ReadAtMost(info.FullName, info.Length, SourceText.MaxFileBytes + 1);
            if (bytes.Length > SourceText.MaxFileBytes)
            {
                diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(file),
                    $"file is larger than {SourceText.MaxFileBytes:N0} bytes, the limit for policy files");
                return null;
            }
        }
        catch (IOException e)
        {
            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(file), $"cannot read file: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(file), $"cannot read file: {e.Message}");
            return null;
        }

        var text = SourceText.Decode(bytes, file, diagnostics);
        if (text is null || YamlTreeReader.Read(text, file, diagnostics) is not { } node)
        {
            return null;
        }

        var checkedOk = ShapeChecker.Check(node, shape, diagnostics);
        return checkedOk ? node as YamlMapping : null;
    }
}
