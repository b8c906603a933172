using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GovNet.NetCode.Collect;

/// <summary>
/// How the system OpenSSH client is run for one device. Everything about trust and authentication
/// goes into an ssh_config file passed with <c>-F</c>, not into <c>-o</c> options: ssh hands
/// <c>-F</c> on to the ssh it starts for a <c>ProxyJump</c> bastion but drops every <c>-o</c>, so
/// this is how the bastion too is checked against the repository's known_hosts, in batch mode,
/// with the configured key. <c>-F</c> also keeps ~/.ssh/config and /etc/ssh/ssh_config out of a
/// run: what collection.yaml says is all that applies. A password reaches ssh through
/// <see cref="SshRunFolder.AskPassScript"/>.
/// </summary>
public static class SshInvocation
{
    /// <summary>The system OpenSSH client, from PATH (the ssh a bastion hop starts is found the same way).</summary>
    public const string Program = "ssh";

    /// <summary>The ssh_config for one device, or an error when a path cannot be written into one.</summary>
    public static (string? Text, string? Error) Config(DeviceTarget target, SshOptions options)
    {
        var text = new StringBuilder("Host *\n");
        string? error = null;
        void Set(string keyword, string value) => text.Append(CultureInfo.InvariantCulture, $"  {keyword} {value}\n");
        void SetPath(string keyword, string path)
        {
            // ssh_config quotes with " and has no escape for it; % starts a token in these keywords.
            if (path.IndexOfAny(['"', '\n', '\r']) >= 0)
            {
                error ??= $"{keyword} path {path} holds a double quote or line break, which an ssh_config cannot express";
            }

            Set(keyword, $"\"{path.Replace("%", "%%", StringComparison.Ordinal)}\"");
        }

        var password = target.PasswordEnv is not null;
        Set("BatchMode", password ? "no" : "yes");
        Set("StrictHostKeyChecking", options.AcceptNewHostKeys ? "accept-new" : "yes");
        SetPath("UserKnownHostsFile", options.KnownHostsFile);
        Set("GlobalKnownHostsFile", "/dev/null");
        // Readable entries, so a reviewer sees which device a pinned key belongs to.
        Set("HashKnownHosts", "no");
        Set("UpdateHostKeys", "no");
        Set("ConnectTimeout", ((int)Math.Ceiling(options.ConnectTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        Set("ServerAliveInterval", "5");
        Set("ServerAliveCountMax", "3");
        Set("ControlMaster", "no");
        Set("ControlPath", "none");
        Set("ForwardAgent", "no");
        if (password)
        {
            Set("NumberOfPasswordPrompts", "1");
            Set("PreferredAuthentications", "publickey,password,keyboard-interactive");
        }

        if (target.IdentityFile is { } identity)
        {
            SetPath("IdentityFile", identity);
            Set("IdentitiesOnly", "yes");
        }

        return error is null ? (text.ToString(), null) : (null, error);
    }

    /// <summary>The ssh process for one device, reading <paramref name="configFile"/> (see <see cref="Config"/>).</summary>
    public static ProcessStartInfo For(DeviceTarget target, string configFile, string? askPassScript)
    {
        if (target.Address.StartsWith('-') || (target.User?.StartsWith('-') ?? false) || (target.ProxyJump?.StartsWith('-') ?? false))
        {
            throw new ArgumentException($"address, user or proxy_jump of {target.Hostname} begins with '-'", nameof(target));
        }

        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        var args = start.ArgumentList;
        args.Add("-F");
        args.Add(configFile);
        // The session's own shape: a bastion's ssh must not get these, its -W is a forwarding.
        args.Add("-T");
        args.Add("-o");
        args.Add("ClearAllForwardings=yes");
        if (target.PasswordEnv is not null && askPassScript is not null)
        {
            start.Environment["SSH_ASKPASS"] = askPassScript;
            start.Environment["SSH_ASKPASS_REQUIRE"] = "force";
            start.Environment[SshRunFolder.AskPassVariableOfName] = target.PasswordEnv;
        }
        else
        {
            start.Environment.Remove("SSH_ASKPASS");
        }

        if (target.ProxyJump is { } jump)
        {
            args.Add("-J");
            args.Add(jump);
        }

        // Port and user stay on the command line: in the config they would apply to the bastion too.
        args.Add("-p");
        args.Add(target.Port.ToString(CultureInfo.InvariantCulture));
        if (target.User is { } user)
        {
            args.Add("-l");
            args.Add(user);
        }

        args.Add(target.Address);
        return start;
    }
}

/// <summary>Settings of one collection run that are the same for every device.</summary>
public sealed record SshOptions(
    string KnownHostsFile,
    bool AcceptNewHostKeys,
    TimeSpan ConnectTimeout,
    TimeSpan CommandTimeout,
    int Parallelism,
    int Retries)
{
    /// <summary>The first wait before a retry; it doubles with each further attempt.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(1);
}
