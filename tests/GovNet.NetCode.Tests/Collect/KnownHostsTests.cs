using System.Security.Cryptography;
using System.Text;
using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Testing;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>known_hosts as OpenSSH writes it: plain, [host]:port, hashed, wildcards, negation, @revoked; compared by SHA-256 fingerprint.</summary>
public sealed class KnownHostsTests
{
    private static readonly byte[] Key = Blob("ssh-ed25519", 1);
    private static readonly byte[] Other = Blob("ssh-ed25519", 2);
    private static readonly byte[] Rsa = Blob("ssh-rsa", 3);

    [Fact]
    public void A_pinned_key_is_trusted_another_is_changed_and_a_host_without_pins_is_unknown()
    {
        using var folder = new TemporaryDirectory("netcode-known-hosts");
        var file = Write(folder, $"# comment\n10.61.0.1 ssh-ed25519 {B64(Key)}\n[10.61.0.2]:2222,core-02 ssh-ed25519 {B64(Key)}\n");
        var known = KnownHosts.Load(file);

        Assert.Equal(KnownHosts.Verdict.Trusted, known.Check("10.61.0.1", 22, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Changed, known.Check("10.61.0.1", 22, KnownHosts.Fingerprint(Other)));
        Assert.Equal(KnownHosts.Verdict.Trusted, known.Check("10.61.0.2", 2222, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Unknown, known.Check("10.61.0.2", 22, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Trusted, known.Check("CORE-02", 22, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Unknown, known.Check("10.61.0.3", 22, KnownHosts.Fingerprint(Key)));
    }

    [Fact]
    public void Hashed_names_wildcards_negation_and_revoked_keys_are_understood()
    {
        var salt = new byte[20];
        var hash = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes("[10.61.0.9]:830"));
        using var folder = new TemporaryDirectory("netcode-known-hosts");
        var file = Write(folder, string.Concat(
            $"|1|{B64(salt)}|{B64(hash)} ssh-ed25519 {B64(Key)}\n",
            $"10.62.*,!10.62.0.66 ssh-ed25519 {B64(Key)}\n",
            $"@revoked * ssh-rsa {B64(Rsa)}\n",
            "@cert-authority *.example ssh-ed25519 AAAA\n"));
        var known = KnownHosts.Load(file);

        Assert.Equal(KnownHosts.Verdict.Trusted, known.Check("10.61.0.9", 830, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Trusted, known.Check("10.62.1.7", 22, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Unknown, known.Check("10.62.0.66", 22, KnownHosts.Fingerprint(Key)));
        Assert.Equal(KnownHosts.Verdict.Revoked, known.Check("10.62.1.7", 22, KnownHosts.Fingerprint(Rsa)));
        Assert.Equal(["ssh-ed25519"], known.KeyTypesOf("10.62.1.7", 22));
    }

    [Fact]
    public void Enrolling_appends_one_readable_line_and_never_replaces_a_pinned_key()
    {
        using var folder = new TemporaryDirectory("netcode-known-hosts");
        var file = Write(folder, $"10.61.0.1 ssh-ed25519 {B64(Key)}");
        var known = KnownHosts.Load(file);

        Assert.True(known.Enrol("10.61.0.5", 2222, "ssh-ed25519", Key));
        Assert.False(known.Enrol("10.61.0.1", 22, "ssh-ed25519", Other));
        Assert.False(known.Enrol("10.61.0.5", 2222, "ssh-ed25519", Other));

        Assert.Equal($"10.61.0.1 ssh-ed25519 {B64(Key)}\n[10.61.0.5]:2222 ssh-ed25519 {B64(Key)}\n", File.ReadAllText(file));
        Assert.Equal(KnownHosts.Verdict.Trusted, KnownHosts.Load(file).Check("10.61.0.5", 2222, KnownHosts.Fingerprint(Key)));
    }

    [Fact]
    public void The_fingerprint_is_the_one_ssh_keygen_prints()
    {
        // ssh-keygen -lf prints SHA256:<base64 of SHA-256 of the key blob, unpadded>.
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(Key)).TrimEnd('='), KnownHosts.Fingerprint(Key));
        Assert.DoesNotContain('=', KnownHosts.Fingerprint(Key));
    }

    private static string Write(TemporaryDirectory folder, string text)
    {
        var file = Path.Combine(folder.Path, "known_hosts");
        File.WriteAllText(file, text);
        return file;
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes);

    /// <summary>A key blob as SSH sends it: the type as a length-prefixed string, then key material.</summary>
    private static byte[] Blob(string type, byte seed)
    {
        var name = Encoding.ASCII.GetBytes(type);
        return [0, 0, 0, (byte)name.Length, .. name, 0, 0, 0, 32, .. Enumerable.Repeat(seed, 32)];
    }
}
