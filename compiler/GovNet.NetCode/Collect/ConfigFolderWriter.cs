using System.Text;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Writes pulled configs as <c>DIR/HOSTNAME.cfg</c>, with the observed state as
/// <c>DIR/observed/HOSTNAME.txt</c> when it was pulled (the layout of a bundle): all of them into a temporary folder beside
/// DIR first, then each renamed into place, so a reader never sees half a file and a device that
/// failed keeps its previous file.
/// </summary>
public static class ConfigFolderWriter
{
    public static void Write(string folder, IEnumerable<RunningConfig> configs)
    {
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, ".netcode-fetch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var written = new List<string>();
            foreach (var config in configs)
            {
                foreach (var (name, text) in Files(config))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, name))!);
                    File.WriteAllText(Path.Combine(staging, name), text, new UTF8Encoding(false));
                    written.Add(name);
                }
            }

            foreach (var name in written)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, name))!);
                File.Move(Path.Combine(staging, name), Path.Combine(folder, name), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>A config's files (path relative to the folder, text): the config, then its observed state if it has one.</summary>
    public static IEnumerable<(string Name, string Text)> Files(RunningConfig config) =>
        config.Observed is { } observed
            ? [(config.Hostname + ".cfg", config.Text), (BundleManifest.ObservedPathOf(config.Hostname), observed)]
            : [(config.Hostname + ".cfg", config.Text)];
}
