namespace GovNet.NetCode.Collect;

/// <summary>
/// The SSH_ASKPASS program ssh runs to get a password: a tiny script that prints the environment
/// variable named in <see cref="VariableOfName"/>. The password thus travels from netcode's
/// environment to ssh's without ever being an argument (visible in ps) or a file.
/// </summary>
public sealed class AskPassHelper : IDisposable
{
    /// <summary>Holds the name (not the value) of the variable with the password.</summary>
    public const string VariableOfName = "NETCODE_ASKPASS_VARIABLE";

    private readonly string folder;

    private AskPassHelper(string folder, string script)
    {
        this.folder = folder;
        Script = script;
    }

    public string Script { get; }

    public static AskPassHelper Create()
    {
        var folder = Directory.CreateTempSubdirectory("netcode-askpass-").FullName;
        var script = Path.Combine(folder, "askpass.sh");
        // printenv gets the variable's name as its argument, never its value.
        File.WriteAllText(script, $"#!/bin/sh\nexec printenv -- \"${VariableOfName}\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        return new AskPassHelper(folder, script);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover script holds no secret; nothing to do.
        }
    }
}
