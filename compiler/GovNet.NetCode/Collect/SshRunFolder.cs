using System.Text;

namespace GovNet.NetCode.Collect;

/// <summary>
/// A private folder (mode 0700) for one collection run, holding what ssh reads besides its
/// arguments: an ssh_config per device session and the SSH_ASKPASS helper. Deleted when the run
/// ends; it never holds a password.
/// </summary>
public sealed class SshRunFolder : IDisposable
{
    /// <summary>Holds the name (not the value) of the environment variable with the password.</summary>
    public const string AskPassVariableOfName = "NETCODE_ASKPASS_VARIABLE";

    private readonly string folder;
    private int sessions;

    private SshRunFolder(string folder, string askPassScript)
    {
        this.folder = folder;
        AskPassScript = askPassScript;
    }

    /// <summary>
    /// The program ssh runs to get a password: it prints the variable named in
    /// <see cref="AskPassVariableOfName"/>, so the password travels from netcode's environment to
    /// ssh's without ever being an argument (visible in ps) or a file.
    /// </summary>
    public string AskPassScript { get; }

    public static SshRunFolder Create()
    {
        // CreateTempSubdirectory makes the folder 0700, which ssh requires of a config file's owner.
        var folder = Directory.CreateTempSubdirectory("netcode-ssh-").FullName;
        var script = Path.Combine(folder, "askpass.sh");
        File.WriteAllText(script, $"#!/bin/sh\nexec printenv -- \"${AskPassVariableOfName}\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        return new SshRunFolder(folder, script);
    }

    /// <summary>Writes the ssh_config of one session and returns its path; each call gets a file of its own.</summary>
    public string WriteConfig(string text)
    {
        var path = Path.Combine(folder, $"session-{Interlocked.Increment(ref sessions)}.conf");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Removes a session's config once ssh has exited.</summary>
    public static void Remove(string configFile) => File.Delete(configFile);

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left-over configs and the helper hold no secret; nothing to do.
        }
    }
}
