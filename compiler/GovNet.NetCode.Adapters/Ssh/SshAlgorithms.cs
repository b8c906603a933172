using Renci.SshNet;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// The algorithm lists a connection offers. By default the library's own order (post-quantum
/// hybrid key exchange first); collection.yaml may narrow and reorder key exchange, ciphers and
/// MACs. Host key algorithms follow the pins: the types known_hosts pins for a host come first, so
/// a device with several host keys presents the pinned one rather than look "changed".
/// </summary>
public static class SshAlgorithms
{
    /// <summary>The names the library supports, per list, for checking collection.yaml before anything connects.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Supported { get; } = ReadSupported();

    public const string KeyExchange = "key_exchange";
    public const string Ciphers = "ciphers";
    public const string Macs = "macs";

    internal static void Apply(ConnectionInfo info, SshOptions options, IReadOnlyList<string> pinnedKeyTypes)
    {
        Keep(info.KeyExchangeAlgorithms, options.KeyExchange);
        Keep(info.Encryptions, options.Ciphers);
        Keep(info.HmacAlgorithms, options.Macs);

        // Certificates are not pinned in known_hosts here; plain keys only.
        var plain = info.HostKeyAlgorithms.Keys.Where(k => !k.Contains("-cert-", StringComparison.Ordinal)).ToList();
        var pinned = plain.Where(algorithm => pinnedKeyTypes.Contains(KeyTypeOf(algorithm), StringComparer.Ordinal)).ToList();
        Keep(info.HostKeyAlgorithms, [.. pinned, .. plain.Except(pinned)]);
    }

    /// <summary>Keeps the named algorithms in the given order; an empty list keeps the library's.</summary>
    private static void Keep<T>(IDictionary<string, T> algorithms, IReadOnlyList<string> order)
    {
        if (order.Count == 0)
        {
            return;
        }

        var chosen = order.Where(algorithms.ContainsKey).Distinct(StringComparer.Ordinal).Select(name => (name, algorithms[name])).ToList();
        algorithms.Clear();
        foreach (var (name, value) in chosen)
        {
            algorithms.Add(name, value);
        }
    }

    /// <summary>RSA keys are offered under three signature names; every other algorithm is named after its key type.</summary>
    private static string KeyTypeOf(string algorithm) => algorithm.StartsWith("rsa-sha2-", StringComparison.Ordinal) ? "ssh-rsa" : algorithm;

    private static Dictionary<string, IReadOnlyList<string>> ReadSupported()
    {
        var info = new ConnectionInfo("127.0.0.1", 22, "probe", new NoneAuthenticationMethod("probe"));
        return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [KeyExchange] = [.. info.KeyExchangeAlgorithms.Keys],
            [Ciphers] = [.. info.Encryptions.Keys],
            [Macs] = [.. info.HmacAlgorithms.Keys],
        };
    }
}
