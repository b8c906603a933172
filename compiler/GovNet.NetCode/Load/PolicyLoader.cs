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

        StageClock.Mark("load:network");

        // The services and flows files stand alone (names are resolved in validation), so they are read
        // now and parsed and bound on another core while the units, hosts and devices are; the connection
        // settings are parsed there too and bound once the devices' names are known. Each keeps its
        // diagnostics apart until they are added where reading the files one after another put them.
        var servicesRead = ReadIfThere(repository, PolicyFiles.Services);
        var flowsRead = ReadIfThere(repository, PolicyFiles.Flows);
        var collectionRead = ReadIfThere(repository, CollectionSettings.DefaultFile);
        var servicesDiagnostics = new DiagnosticBag();
        var flowsDiagnostics = new DiagnosticBag();
        var collectionDiagnostics = new DiagnosticBag();
        var standalone = Task.Run(() => (
            Services: servicesRead is not null && Parse(servicesRead, PolicyFiles.Services, PolicyShapes.Services, servicesDiagnostics) is { } servicesRoot
                ? ServiceBinder.Bind(servicesRoot, servicesDiagnostics).ToList()
                : [],
            Flows: flowsRead is not null && Parse(flowsRead, PolicyFiles.Flows, PolicyShapes.Flows, flowsDiagnostics) is { } flowsRoot
                ? FlowBinder.Bind(flowsRoot, flowsDiagnostics).ToList()
                : [],
            Collection: collectionRead is null ? null : Parse(collectionRead, CollectionSettings.DefaultFile, PolicyShapes.Collection, collectionDiagnostics)));

        // Units, hosts and devices are loaded in one parallel loop (two loops left a core idle at each one's end);
        // their models and diagnostics are collected as when each folder was read in turn.
        var unitFiles = new PolicyFileBatch<Unit>(PolicyFiles.YamlFilesIn(repository, PolicyFiles.UnitsFolder), PolicyShapes.Unit,
            (root, file, _) => [UnitBinder.Bind(root, file)]);
        var hostFiles = new PolicyFileBatch<Host>(PolicyFiles.YamlFilesIn(repository, PolicyFiles.HostsFolder), PolicyShapes.Hosts,
            (root, file, _) => HostBinder.Bind(root, file));
        var deviceFiles = new PolicyFileBatch<Device>(PolicyFiles.YamlFilesIn(repository, PolicyFiles.DevicesFolder), PolicyShapes.Device,
            (root, file, bag) => [DeviceBinder.Bind(root, file, bag)]);
        LoadAll(repository, [unitFiles, hostFiles, deviceFiles]);

        var units = unitFiles.Collect(diagnostics);
        var inventoryDiagnostics = new DiagnosticBag();
        var hosts = hostFiles.Collect(inventoryDiagnostics);
        if (deviceFiles.Files.Count == 0 && repository.HasFolder(PolicyFiles.InventoryFolder))
        {
            inventoryDiagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(PolicyFiles.DevicesFolder),
                Messages.Format("NoDeviceFiles", PolicyFiles.DevicesFolder));
        }

        var devices = deviceFiles.Collect(inventoryDiagnostics);
        StageClock.Mark("load:files");
        var (services, flows, collection) = standalone.GetAwaiter().GetResult();
        diagnostics.AddRange(servicesDiagnostics.Items);
        diagnostics.AddRange(flowsDiagnostics.Items);
        diagnostics.AddRange(inventoryDiagnostics.Items);

        StageClock.Mark("load:flows");

        // Connection settings are checked with the policy, so CI finds their mistakes before a fetch does.
        if (collection is not null)
        {
            CollectionLoader.Bind(collection, CollectionSettings.DefaultFile, [.. devices.Select(d => d.Hostname.Value)], collectionDiagnostics);
        }

        diagnostics.AddRange(collectionDiagnostics.Items);

        StageClock.Mark("load:collect");
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

    private static FileRead? ReadIfThere(ISourceTree root, string file) =>
        root.HasFile(file) ? root.Read(file, SourceText.MaxFileBytes) : null;

    /// <summary>
    /// Loads every file of every batch: read one after another unless the tree reads concurrently (a tree
    /// read from Git is not safe across threads), parsed, checked and bound on all cores.
    /// </summary>
    private static void LoadAll(ISourceTree repository, IReadOnlyList<IPolicyFileBatch> batches)
    {
        var owners = new (IPolicyFileBatch Batch, int Index)[batches.Sum(b => b.Files.Count)];
        var next = 0;
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Files.Count; i++)
            {
                owners[next++] = (batch, i);
            }
        }

        var reads = repository.ReadsConcurrently
            ? null
            : owners.Select(o => repository.Read(o.Batch.Files[o.Index], SourceText.MaxFileBytes)).ToArray();
        Parallel.For(0, owners.Length, i =>
        {
            var (batch, index) = owners[i];
            batch.Load(index, reads?[i] ?? repository.Read(batch.Files[index], SourceText.MaxFileBytes));
        });
    }

    /// <summary>Reads, parses and shape-checks one file; null after reporting why it cannot be used.</summary>
    internal static YamlMapping? Read(ISourceTree root, string file, ObjectShape shape, DiagnosticBag diagnostics) =>
        Parse(root.Read(file, SourceText.MaxFileBytes), file, shape, diagnostics);

    internal static YamlMapping? Parse(FileRead read, string file, ObjectShape shape, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        switch (read)
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
