using System.Net.Sockets;
using Renci.SshNet.Common;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// Turns what SSH.NET threw into a reason a person can act on, and whether another attempt could
/// help: a refused host key, key or password will be refused again; a refused or cut connection
/// or a timeout may not be.
/// </summary>
internal static class SshFailures
{
    public static (string Reason, bool Transient) Classify(Exception error, HostKeyRefusal refusal)
    {
        if (refusal.Reason is { } hostKey)
        {
            return (hostKey, false);
        }

        var who = refusal.Stage ?? "the device";
        var at = refusal.Stage is null ? "" : $" ({refusal.Stage})";
        return error switch
        {
            KeyFileException key => (key.Message, false),
            SshAuthenticationException => ($"auth failed: {who} refused the key or password", false),
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } => ("connection refused: nothing listens on the SSH port" + at, true),
            SocketException { SocketErrorCode: SocketError.TimedOut } or SshOperationTimeoutException => ($"connect timeout: no answer from {who}", true),
            SocketException socket => ($"unreachable: {socket.Message}" + at, true),
            SshConnectionException cut => ($"connection cut: {cut.Message}" + at, true),
            ArgumentException argument => (argument.Message, false),
            _ => ($"ssh error: {error.Message}" + at, true),
        };
    }
}
