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
    public static PolicyModel? Load(string repositoryRoot, DiagnosticBag diagnostics) =>
        Load(new FolderSource(repositoryRoot), diagnostics);

    public static PolicyModel? Load(ISourceTree repository, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.HasErrors;
        foreach (var folder in new[] { PolicyFiles.PolicyFolder, PolicyFiles.InventoryFolder })
        {
            if (!repository.HasFolder(folder))
            {
                diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(folder),
                    Messages.Format("FolderMissing", folder, repository.Location));
            }
        }

        if (diagnostics.HasErrors && !errorsBefore)
        {
            return null;
        }

        var network = ReadRequired(repository, PolicyFiles.Network, PolicyShapes.Network, diagnostics) is { } networkRoot
            ? NetworkBinder.Bind(networkRoot, PolicyFiles.Network)
            : null;

        var units = new List<Unit>();
        foreach (var file in PolicyFiles.YamlFilesIn(repository, PolicyFiles.UnitsFolder))
        {
            if (Read(repository, file, PolicyShapes.Unit, diagnostics) is { } root)
            {
                units.Add(UnitBinder.Bind(root, file));
            }
        }

        var services = ReadOptional(repository, PolicyFiles.Services, PolicyShapes.Services, diagnostics) is { } servicesRoot
            ? ServiceBinder.Bind(servicesRoot, diagnostics).ToList()
            : [];
        var flows = ReadOptional(repository, PolicyFiles.Flows, PolicyShapes.Flows, diagnostics) is { } flowsRoot
            ? FlowBinder.Bind(flowsRoot, diagnostics).ToList()
            : [];

        var hosts = new List<Host>();
        foreach (var file in PolicyFiles.YamlFilesIn(repository, PolicyFiles.HostsFolder))
        {
            if (Read(repository, file, PolicyShapes.Hosts, diagnostics) is { } root)
            {
                hosts.AddRange(HostBinder.Bind(root, file));
            }
        }

        var devices = new List<Device>();
        var deviceFiles = PolicyFiles.YamlFilesIn(repository, PolicyFiles.DevicesFolder);
        if (deviceFiles.Count == 0 && repository.HasFolder(PolicyFiles.InventoryFolder))
        {
            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(PolicyFiles.DevicesFolder),
                Messages.Format("NoDeviceFiles", PolicyFiles.DevicesFolder));
        }

        foreach (var file in deviceFiles)
        {
            if (Read(repository, file, PolicyShapes.Device, diagnostics) is { } root)
            {
                devices.Add(DeviceBinder.Bind(root, file, diagnostics));
            }
        }

        // Connection settings are checked with the policy, so CI finds their mistakes before a fetch does.
        if (repository.HasFile(CollectionSettings.DefaultFile))
        {
            CollectionLoader.Load(repository, null, [.. devices.Select(d => d.Hostname.Value)], diagnostics);
        }

        if (network is null || (diagnostics.HasErrors && !errorsBefore))
        {
            return null;
        }

        return new PolicyModel(network, [.. units], [.. services], [.. flows], [.. devices], [.. hosts]);
    }

    private static YamlMapping? ReadRequired(ISourceTree root, string file, ObjectShape shape, DiagnosticBag diagnostics)
    {
        if (!root.HasFile(file))
        {
            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(file), Messages.Format("NetworkFileMissing", file));
            return null;
        }

        return Read(root, file, shape, diagnostics);
    }

    private static YamlMapping? ReadOptional(ISourceTree root, string file, ObjectShape shape, DiagnosticBag diagnostics) =>
        root.HasFile(file) ? Read(root, file, shape, diagnostics) : null;

    /// <summary>Reads, parses and shape-checks one file; null after reporting why it cannot be used.</summary>
    internal static YamlMapping? Read(ISourceTree root, string file, ObjectShape shape, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        switch (root.Read(file, SourceText.MaxFileBytes))
        {
            case FileRead.Contents contents:
                bytes = contents.Bytes;
                break;
            case FileRead.LeavesTree:
                diagnostics.Error(Codes.LinkOutsideRepository, SourceSpan.StartOf(file),
                    Messages.Get("PolicyFileOutside"));
                return null;
            case FileRead.TooLarge { Length: { } length }:
                diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(file),
                    Messages.Format("PolicyFileTooLarge", length, SourceText.MaxFileBytes));
                return null;
            case FileRead.TooLarge:
                diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(file),
                    Messages.Format("PolicyFileOverLimit", SourceText.MaxFileBytes));
                return null;
            case FileRead.Unreadable unreadable:
                diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(file), Messages.Format("CannotReadFile", unreadable.Reason));
                return null;
            default:
                throw new InvalidOperationException("a file read ended in a way the loader does not know");
        }

        var text = SourceText.Decode(bytes, file, diagnostics);
        if (text is null || YamlTreeReader.Read(text, file, diagnostics) is not { } node)
        {
            return null;
        }

        var noSecrets = LiteralSecrets.Check(node, diagnostics);
        var checkedOk = ShapeChecker.Check(node, shape, diagnostics) && noSecrets;
        return checkedOk ? node as YamlMapping : null;
    }
}
