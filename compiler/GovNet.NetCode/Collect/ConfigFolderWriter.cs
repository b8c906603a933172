using System.Text;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Writes pulled configs as <c>DIR/HOSTNAME.cfg</c>, with the observed state beside as
/// <c>DIR/HOSTNAME.observed</c> when it was pulled: all of them into a temporary folder beside
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
                    File.WriteAllText(Path.Combine(staging, name), text, new UTF8Encoding(false));
                    written.Add(name);
                }
            }

            foreach (var name in written)
            {
                File.Move(Path.Combine(staging, name), Path.Combine(folder, name), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The file name of a device's observed state beside its config.</summary>
    public static string ObservedName(string hostname) => hostname + ".observed";

    /// <summary>A config's files (name, text) in a folder or the archive: the config, then its observed state if it has one.</summary>
    public static IEnumerable<(string Name, string Text)> Files(RunningConfig config) =>
        config.Observed is { } observed ? [(config.Hostname + ".cfg", config.Text), (ObservedName(config.Hostname), observed)] : [(config.Hostname + ".cfg", config.Text)];
}
