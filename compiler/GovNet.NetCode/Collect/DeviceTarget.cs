using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Collect;

/// <summary>Everything needed to reach one device: the inventory's facts with collection.yaml's settings applied.</summary>
public sealed record DeviceTarget(
    string Hostname,
    Dialect Dialect,
    string Address,
    int Port,
    string? User,
    string? IdentityFile,
    string? ProxyJump,
    string? PasswordEnv)
{
    /// <summary>Where the config was pulled from, as recorded with it (never a credential).</summary>
    public string Source => $"ssh://{(User is null ? "" : User + "@")}{Address}:{Port}";

    /// <summary>The device's settings: its override where it has one, else the file's, else the inventory's management address.</summary>
    public static DeviceTarget Resolve(Device device, CollectionSettings settings, string repositoryRoot)
    {
        var own = settings.OverrideFor(device.Hostname.Value);
        var identity = own?.IdentityFile ?? settings.IdentityFile;
        return new DeviceTarget(
            device.Hostname.Value,
            DialectRegistry.Find(device.Vendor.Value) ?? throw new InvalidOperationException($"vendor {device.Vendor.Value} was validated"),
            own?.Address ?? device.Management.Value.ToString(),
            own?.Port ?? settings.Port,
            own?.User ?? settings.User,
            identity is { } file ? ExpandPath(file.Value, repositoryRoot) : null,
            own?.ProxyJump ?? settings.ProxyJump,
            (own?.PasswordEnv ?? settings.PasswordEnv)?.Value);
    }

    /// <summary>~ is the user's home; a relative path is relative to the repository.</summary>
    public static string ExpandPath(string path, string repositoryRoot)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "");
        }

        return Path.GetFullPath(path, repositoryRoot);
    }
}
