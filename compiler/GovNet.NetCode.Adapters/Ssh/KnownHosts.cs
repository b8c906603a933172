using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// An OpenSSH known_hosts file, read once per run: plain and hashed (<c>|1|salt|hash</c>) host
/// patterns, <c>[host]:port</c> for ports other than 22, <c>*</c>/<c>?</c> wildcards and <c>!</c>
/// negation, <c>@revoked</c> keys. A key is trusted only when its SHA-256 fingerprint equals that
/// of a key pinned for the host; a host with pinned keys that presents another is "changed" and
/// always refused. Enrolling a new host appends one plain line (readable in review) under a lock.
/// </summary>
public sealed class KnownHosts
{
    private readonly Lock gate = new();
    private readonly List<Entry> entries;

    private KnownHosts(string file, List<Entry> entries)
    {
        File = file;
        this.entries = entries;
    }

    public enum Verdict
    {
        Trusted,
        Unknown,
        Changed,
        Revoked,
    }

    public string File { get; }

    /// <summary>An absent file pins nothing: every host is unknown until enrolled.</summary>
    public static KnownHosts Load(string file)
    {
        var entries = new List<Entry>();
        if (System.IO.File.Exists(file))
        {
            foreach (var line in System.IO.File.ReadLines(file))
            {
                if (Entry.Parse(line) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        return new KnownHosts(file, entries);
    }

    /// <summary>How the file names a host: bare on port 22, <c>[host]:port</c> otherwise (as OpenSSH writes it).</summary>
    public static string NameOf(string host, int port) => port == 22 ? host : $"[{host}]:{port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The SHA-256 fingerprint OpenSSH prints (base64, no padding) of a key blob.</summary>
    public static string Fingerprint(byte[] keyBlob) => Convert.ToBase64String(SHA256.HashData(keyBlob)).TrimEnd('=');

    /// <summary>The key types pinned for a host, so the session can ask the server for one of those first.</summary>
    public IReadOnlyList<string> KeyTypesOf(string host, int port)
    {
        var name = NameOf(host, port);
        lock (gate)
        {
            return [.. entries.Where(e => !e.Revoked && e.Matches(name)).Select(e => e.KeyType).Distinct(StringComparer.Ordinal)];
        }
    }

    public Verdict Check(string host, int port, string fingerprintSha256)
    {
        var name = NameOf(host, port);
        lock (gate)
        {
            var pinned = entries.Where(e => e.Matches(name)).ToList();
            if (pinned.Any(e => e.Revoked && e.Fingerprint == fingerprintSha256))
            {
                return Verdict.Revoked;
            }

            var keys = pinned.Where(e => !e.Revoked).ToList();
            return keys.Count == 0 ? Verdict.Unknown
                : keys.Any(e => e.Fingerprint == fingerprintSha256) ? Verdict.Trusted
                : Verdict.Changed;
        }
    }

    /// <summary>
    /// Pins a host seen for the first time; false when meanwhile another session pinned a different
    /// key for it (then this key is a changed one, not a new one).
    /// </summary>
    public bool Enrol(string host, int port, string keyType, byte[] keyBlob)
    {
        var line = $"{NameOf(host, port)} {keyType} {Convert.ToBase64String(keyBlob)}";
        lock (gate)
        {
            var name = NameOf(host, port);
            var fingerprint = Fingerprint(keyBlob);
            var pinned = entries.Where(e => !e.Revoked && e.Matches(name)).ToList();
            if (pinned.Count > 0)
            {
                return pinned.Any(e => e.Fingerprint == fingerprint);
            }

            var existing = System.IO.File.Exists(File) ? System.IO.File.ReadAllText(File) : "";
            var separator = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "";
            System.IO.File.AppendAllText(File, separator + line + "\n", new UTF8Encoding(false));
            entries.Add(Entry.Parse(line)!);
            return true;
        }
    }

    private sealed record Entry(string[] Patterns, string KeyType, string Fingerprint, bool Revoked)
    {
        public static Entry? Parse(string line)
        {
            var fields = line.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0].StartsWith('#'))
            {
                return null;
            }

            var revoked = false;
            if (fields[0].StartsWith('@'))
            {
                // @cert-authority lines pin a CA, not a host key; certificates are not used here.
                if (fields[0] != "@revoked")
                {
                    return null;
                }

                revoked = true;
                fields = fields[1..];
            }

            if (fields.Length < 3)
            {
                return null;
            }

            try
            {
                return new Entry(fields[0].Split(','), fields[1], KnownHosts.Fingerprint(Convert.FromBase64String(fields[2])), revoked);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        public bool Matches(string name)
        {
            var matched = false;
            foreach (var pattern in Patterns)
            {
                var negated = pattern.StartsWith('!');
                var body = negated ? pattern[1..] : pattern;
                if (!(body.StartsWith("|1|", StringComparison.Ordinal) ? HashedMatch(body, name) : GlobMatch(body, name)))
                {
                    continue;
                }

                if (negated)
                {
                    return false;
                }

                matched = true;
            }

            return matched;
        }

        private static bool HashedMatch(string pattern, string name)
        {
            var parts = pattern.Split('|');
            if (parts.Length != 4)
            {
                return false;
            }

            try
            {
                var salt = Convert.FromBase64String(parts[2]);
                var hash = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(name));
                return CryptographicOperations.FixedTimeEquals(hash, Convert.FromBase64String(parts[3]));
            }
            catch (FormatException)
            {
                return false;
            }
        }

        // OpenSSH's match_pattern: '*' any run, '?' one character, host names without case.
        private static bool GlobMatch(string pattern, string name)
        {
            int p = 0, n = 0, star = -1, mark = 0;
            while (n < name.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(name[n])))
                {
                    p++;
                    n++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    mark = n;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    n = ++mark;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }
    }
}
