using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load;

/// <summary>
/// The shapes of the connection values in collection.yaml: each check returns why a value is not
/// one (null when it is). Refusing a user with ';' or an address with '%' when the file is loaded
/// turns a typing mistake into one error with a position, instead of a failure per device, retried.
/// </summary>
public static partial class SshValues
{
    public static string? User(string value) =>
        UserPattern().IsMatch(value) ? null : Messages.Get("SshNotUser");

    public static string? Address(string value)
    {
        if (value.Contains('%', StringComparison.Ordinal))
        {
            return Messages.Get("SshZoneIndex");
        }

        if (IPAddress.TryParse(value, out var address))
        {
            return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 && value.Contains(address.AddressFamily == AddressFamily.InterNetwork ? '.' : ':')
                ? null
                : Messages.Get("SshNotAddress");
        }

        return DnsName().IsMatch(value) ? null : Messages.Get("SshNotHost");
    }

    /// <summary>One bastion, <c>[USER@]HOST[:PORT]</c>; an IPv6 host in brackets.</summary>
    public static string? ProxyJump(string value) => TryParseJump(value, out _, out _, out _, out var problem) ? null : problem;

    public static bool TryParseJump(string value, out string? user, out string host, out int port, out string? problem)
    {
        user = null;
        host = "";
        port = 22;
        problem = null;
        if (value.Contains(',', StringComparison.Ordinal))
        {
            problem = Messages.Get("SshTwoBastions");
            return false;
        }

        var rest = value;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            user = rest[..at];
            rest = rest[(at + 1)..];
            if (User(user) is { } userProblem)
            {
                problem = Messages.Format("SshUserThat", userProblem);
                return false;
            }
        }

        string? portText = null;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || (close + 1 < rest.Length && rest[close + 1] != ':'))
            {
                problem = Messages.Get("SshNotJump");
                return false;
            }

            host = rest[1..close];
            portText = close + 1 < rest.Length ? rest[(close + 2)..] : null;
        }
        else
        {
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            host = colon < 0 ? rest : rest[..colon];
            portText = colon < 0 ? null : rest[(colon + 1)..];
        }

        if (Address(host) is { } hostProblem)
        {
            problem = Messages.Format("SshHostThat", hostProblem);
            return false;
        }

        if (portText is not null && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            problem = Messages.Get("SshBadPort");
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._@\\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserPattern();

    // RFC 1123 labels; a trailing dot is allowed as in DNS.
    [GeneratedRegex(@"^(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsName();
}
