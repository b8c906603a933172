using System.Text;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Writes pulled configs as <c>DIR/HOSTNAME.cfg</c>: all of them into a temporary folder beside
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
                var name = config.Hostname + ".cfg";
                File.WriteAllText(Path.Combine(staging, name), config.Text, new UTF8Encoding(false));
                written.Add(name);
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
}
