using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Running configs given as a folder of <c>HOSTNAME.cfg</c> files (<c>netcode drift --running DIR</c>),
/// read into the same result the SSH collector produces, masked at once. An inventory device with
/// no file is a collection failure; a file for no inventory device is reported and left out.
/// </summary>
public static class RunningFolder
{
    public static CollectionResult Load(string folder, string label, IEnumerable<string> hostnames, DiagnosticBag diagnostics)
    {
        var wanted = hostnames.ToHashSet(StringComparer.Ordinal);
        var configs = ImmutableArray.CreateBuilder<RunningConfig>();
        var failures = ImmutableArray.CreateBuilder<CollectionFailure>();
        foreach (var host in wanted.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, host + ".cfg");
            var file = $"{label}/{host}.cfg";
            if (!File.Exists(path))
            {
                diagnostics.Error(Codes.RunningConfigMissing, SourceSpan.StartOf(file), $"no running config for {host}: {file} does not exist");
                failures.Add(new CollectionFailure(host, $"no running config at {file}"));
                continue;
            }

            configs.Add(new RunningConfig(host, SecretMask.ApplyToText(File.ReadAllText(path)), file));
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.cfg").Order(StringComparer.Ordinal))
        {
            var host = Path.GetFileNameWithoutExtension(path);
            if (!wanted.Contains(host))
            {
                diagnostics.Warning(Codes.RunningConfigNotInInventory, SourceSpan.StartOf($"{label}/{Path.GetFileName(path)}"), $"running config for {host}, which is not in the inventory; not compared");
            }
        }

        return new CollectionResult(configs.ToImmutable(), failures.ToImmutable());
    }
}
