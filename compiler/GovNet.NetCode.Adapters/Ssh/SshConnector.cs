using System.Buffers.Binary;
using System.Text;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Load;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// Opens the SSH connection to one device, directly or through its bastion: a second SSH.NET
/// connection to the bastion forwards a loopback port over a direct-tcpip channel, and the device's
/// connection runs through it. Both host keys are pinned against the same known_hosts (the device
/// under its own address and port, not the loopback end of the forwarding), both use the same key
/// or password.
/// </summary>
internal sealed class SshConnection : IDisposable
{
    private readonly SshClient? bastion;
    private readonly ForwardedPortLocal? forward;

    private SshConnection(SshClient client, SshClient? bastion, ForwardedPortLocal? forward)
    {
        Client = client;
        this.bastion = bastion;
        this.forward = forward;
    }

    public SshClient Client { get; }

    /// <summary>Connects and authenticates; throws what SSH.NET throws, with <paramref name="refusal"/> saying why a host key was not trusted.</summary>
    public static SshConnection Open(DeviceTarget target, SshRun run, HostKeyRefusal refusal)
    {
        if (target.ProxyJump is null)
        {
            var direct = run.Client(target.Address, target.Port, target.User, target, refusal, "the device");
            try
            {
                direct.Connect();
                return new SshConnection(direct, null, null);
            }
            catch
            {
                direct.Dispose();
                throw;
            }
        }

        if (!SshValues.TryParseJump(target.ProxyJump, out var jumpUser, out var jumpHost, out var jumpPort, out var problem))
        {
            throw new ArgumentException($"proxy_jump {target.ProxyJump} {problem}", nameof(target));
        }

        var who = $"the bastion {KnownHosts.NameOf(jumpHost, jumpPort)}";
        var hop = run.Client(jumpHost, jumpPort, jumpUser ?? target.User, target, refusal, who);
        ForwardedPortLocal? port = null;
        SshClient? device = null;
        try
        {
            refusal.Stage = who;
            hop.Connect();
            refusal.Stage = null;

            // Port 0: the kernel picks a free loopback port for this session alone.
            port = new ForwardedPortLocal("127.0.0.1", 0, target.Address, (uint)target.Port);
            hop.AddForwardedPort(port);
            port.Start();
            device = run.Client(target.Address, target.Port, target.User, target, refusal, "the device", connectTo: ("127.0.0.1", (int)port.BoundPort));
            device.Connect();
            return new SshConnection(device, hop, port);
        }
        catch
        {
            device?.Dispose();
            Stop(port);
            hop.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Stop(forward);
        bastion?.Dispose();
    }

    private static void Stop(ForwardedPortLocal? port)
    {
        try
        {
            port?.Stop();
        }
        catch (Exception e) when (e is SshException or ObjectDisposedException or InvalidOperationException)
        {
            // The bastion is going away with it.
        }

        port?.Dispose();
    }
}

/// <summary>A private key file that cannot be read or parsed (a passphrase, an unknown format): no retry helps.</summary>
internal sealed class KeyFileException(string message, Exception inner) : Exception(message, inner);

/// <summary>Why a host key was refused, written by the key check and read when the connection then fails.</summary>
internal sealed class HostKeyRefusal
{
    /// <summary>Set while connecting to the bastion: a failure then is the bastion's, not the device's.</summary>
    public string? Stage { get; set; }

    public string? Reason { get; set; }
}

/// <summary>What every session of one collection run shares: options, the pinned host keys, keys read from disk once.</summary>
internal sealed class SshRun(SshOptions options, KnownHosts knownHosts) : IDisposable
{
    private readonly Dictionary<string, PrivateKeyFile> keys = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public SshOptions Options => options;

    public KnownHosts KnownHosts => knownHosts;

    /// <summary>A client for <paramref name="host"/>:<paramref name="port"/> (pinned under that name), optionally reached at another endpoint.</summary>
    public SshClient Client(string host, int port, string? user, DeviceTarget target, HostKeyRefusal refusal, string who, (string Host, int Port)? connectTo = null)
    {
        var account = user ?? Environment.UserName;
        var info = new ConnectionInfo(connectTo?.Host ?? host, connectTo?.Port ?? port, account, [.. Authentication(account, target)])
        {
            Timeout = options.ConnectTimeout,
            ChannelCloseTimeout = TimeSpan.FromSeconds(1),
            Encoding = new UTF8Encoding(false),
        };
        SshAlgorithms.Apply(info, options, knownHosts.KeyTypesOf(host, port));
        var client = new SshClient(info);
        client.HostKeyReceived += (_, e) =>
        {
            var fingerprint = KnownHosts.Fingerprint(e.HostKey);
            var verdict = knownHosts.Check(host, port, fingerprint);
            if (verdict == KnownHosts.Verdict.Unknown && options.AcceptNewHostKeys)
            {
                verdict = knownHosts.Enrol(host, port, KeyType(e.HostKey) ?? e.HostKeyName, e.HostKey) ? KnownHosts.Verdict.Trusted : KnownHosts.Verdict.Changed;
            }

            e.CanTrust = verdict == KnownHosts.Verdict.Trusted;
            refusal.Reason = verdict switch
            {
                KnownHosts.Verdict.Trusted => null,
                KnownHosts.Verdict.Unknown => $"host key unknown: {who} is not in {Path.GetFileName(knownHosts.File)} (SHA256:{fingerprint}); enrol it with --accept-new-host-keys after checking its fingerprint",
                KnownHosts.Verdict.Revoked => $"host key revoked: {who} presents a key marked @revoked in {Path.GetFileName(knownHosts.File)}",
                _ => $"host key changed: {who} presents a different key (SHA256:{fingerprint}) than {Path.GetFileName(knownHosts.File)} pins (replaced device, or someone in between)",
            };
        };
        return client;
    }

    private IEnumerable<AuthenticationMethod> Authentication(string user, DeviceTarget target)
    {
        var files = target.IdentityFile is { } identity ? [identity] : target.PasswordEnv is null ? DefaultKeyFiles() : [];
        var loaded = files.Select(Key).ToArray();
        if (loaded.Length > 0)
        {
            yield return new PrivateKeyAuthenticationMethod(user, loaded);
        }

        if (target.PasswordEnv is { } variable && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } password)
        {
            yield return new PasswordAuthenticationMethod(user, password);
            var interactive = new KeyboardInteractiveAuthenticationMethod(user);
            interactive.AuthenticationPrompt += (_, e) =>
            {
                foreach (var prompt in e.Prompts)
                {
                    prompt.Response = password;
                }
            };
            yield return interactive;
        }
    }

    /// <summary>Read once per run: parsing an RSA key for every session would cost more than the session.</summary>
    private PrivateKeyFile Key(string path)
    {
        lock (gate)
        {
            if (!keys.TryGetValue(path, out var key))
            {
                try
                {
                    key = new PrivateKeyFile(path);
                }
                catch (Exception e) when (e is SshException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or NotSupportedException)
                {
                    throw new KeyFileException($"identity file {path} cannot be used: {e.Message}", e);
                }

                keys[path] = key;
            }

            return key;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var key in keys.Values)
            {
                key.Dispose();
            }

            keys.Clear();
        }
    }

    /// <summary>Without identity_file or password_env, the user's default keys, as ssh would offer them (SSH.NET has no agent).</summary>
    private static IEnumerable<string> DefaultKeyFiles()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh");
        return new[] { "id_ed25519", "id_ecdsa", "id_rsa" }.Select(name => Path.Combine(folder, name)).Where(File.Exists);
    }

    /// <summary>The key type named inside a key blob (an RSA key offered as rsa-sha2-512 is still an ssh-rsa key).</summary>
    private static string? KeyType(byte[] blob)
    {
        if (blob.Length < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(blob);
        return length > 0 && length <= blob.Length - 4 ? Encoding.ASCII.GetString(blob, 4, length) : null;
    }
}
