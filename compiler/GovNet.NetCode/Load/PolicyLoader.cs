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

        var units = ReadAll<Unit>(repository, PolicyFiles.YamlFilesIn(repository, PolicyFiles.UnitsFolder), PolicyShapes.Unit, diagnostics,
            (root, file, _) => [UnitBinder.Bind(root, file)]);

        StageClock.Mark("load:units");
        var inventoryDiagnostics = new DiagnosticBag();
        var hosts = ReadAll<Host>(repository, PolicyFiles.YamlFilesIn(repository, PolicyFiles.HostsFolder), PolicyShapes.Hosts, inventoryDiagnostics,
            (root, file, _) => HostBinder.Bind(root, file));

        var deviceFiles = PolicyFiles.YamlFilesIn(repository, PolicyFiles.DevicesFolder);
        if (deviceFiles.Count == 0 && repository.HasFolder(PolicyFiles.InventoryFolder))
        {
            inventoryDiagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(PolicyFiles.DevicesFolder),
                Messages.Format("NoDeviceFiles", PolicyFiles.DevicesFolder));
        }

        var devices = ReadAll<Device>(repository, deviceFiles, PolicyShapes.Device, inventoryDiagnostics,
            (root, file, bag) => [DeviceBinder.Bind(root, file, bag)]);

        StageClock.Mark("load:devices");
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
    /// Reads <paramref name="files"/> (one after another unless the tree reads concurrently: a tree read
    /// from Git is not safe across threads), and parses, shape-checks and binds them on all cores, each
    /// with its own diagnostics, which are added in file order: the same model and the same report as
    /// one file at a time.
    /// </summary>
    private static List<T> ReadAll<T>(
        ISourceTree repository, IReadOnlyList<string> files, ObjectShape shape, DiagnosticBag diagnostics,
        Func<YamlMapping, string, DiagnosticBag, IEnumerable<T>> bind)
    {
        var reads = repository.ReadsConcurrently ? null : files.Select(file => repository.Read(file, SourceText.MaxFileBytes)).ToArray();
        var bags = new DiagnosticBag[files.Count];
        var bound = new List<T>?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            var read = reads?[i] ?? repository.Read(files[i], SourceText.MaxFileBytes);
            bound[i] = Parse(read, files[i], shape, bags[i]) is { } root ? [.. bind(root, files[i], bags[i])] : null;
        });

        var all = new List<T>();
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics.AddRange(bags[i].Items);
            all.AddRange(bound[i] ?? []);
        }

        return all;
    }

    /// <summary>Reads, parses and shape-checks one file; null after reporting why it cannot be used.</summary>
    internal static YamlMapping? Read(ISourceTree root, string file, ObjectShape shape, DiagnosticBag diagnostics) =>
        Parse(root.Read(file, SourceText.MaxFileBytes), file, shape, diagnostics);

    private static YamlMapping? Parse(FileRead read, string file, ObjectShape shape, DiagnosticBag diagnostics)
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
