using System.Diagnostics;
using System.Globalization;

namespace GovNet.NetCode.Collect;

/// <summary>
/// The command line of the system OpenSSH client for one device. Host keys are pinned to the
/// repository's known_hosts only; a password reaches ssh through <see cref="AskPassHelper"/>.
/// </summary>
public static class SshInvocation
{
    public static ProcessStartInfo For(DeviceTarget target, SshOptions options, string? askPassScript)
    {
        if (target.Address.StartsWith('-') || (target.User?.StartsWith('-') ?? false))
        {
            throw new ArgumentException($"address or user of {target.Hostname} begins with '-'", nameof(target));
        }

        var start = new ProcessStartInfo(options.SshProgram)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        var args = start.ArgumentList;
        void Option(string value)
        {
            args.Add("-o");
            args.Add(value);
        }

        args.Add("-T");
        var password = target.PasswordEnv is not null && askPassScript is not null;
        Option(password ? "BatchMode=no" : "BatchMode=yes");
        Option("StrictHostKeyChecking=" + (options.AcceptNewHostKeys ? "accept-new" : "yes"));
        Option("UserKnownHostsFile=" + options.KnownHostsFile);
        Option("GlobalKnownHostsFile=/dev/null");
        // Readable entries, so a reviewer sees which device a pinned key belongs to.
        Option("HashKnownHosts=no");
        Option("UpdateHostKeys=no");
        Option("ConnectTimeout=" + ((int)Math.Ceiling(options.ConnectTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        Option("ServerAliveInterval=5");
        Option("ServerAliveCountMax=3");
        Option("ControlMaster=no");
        Option("ControlPath=none");
        Option("ForwardAgent=no");
        Option("ClearAllForwardings=yes");
        Option("RequestTTY=no");
        if (password)
        {
            Option("NumberOfPasswordPrompts=1");
            Option("PreferredAuthentications=publickey,password,keyboard-interactive");
            start.Environment["SSH_ASKPASS"] = askPassScript;
            start.Environment["SSH_ASKPASS_REQUIRE"] = "force";
            start.Environment[AskPassHelper.VariableOfName] = target.PasswordEnv;
        }
        else
        {
            start.Environment.Remove("SSH_ASKPASS");
        }

        if (target.IdentityFile is { } identity)
        {
            args.Add("-i");
            args.Add(identity);
            Option("IdentitiesOnly=yes");
        }

        if (target.ProxyJump is { } jump)
        {
            args.Add("-J");
            args.Add(jump);
        }

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
    public string SshProgram { get; init; } = "ssh";

    /// <summary>The first wait before a retry; it doubles with each further attempt.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(1);
}
