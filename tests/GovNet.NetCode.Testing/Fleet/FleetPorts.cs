using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GovNet.NetCode.Testing.Fleet;

/// <summary>
/// Ports for the fleet's servers without the bind-release race: a candidate is only proposed, and
/// counts once sshd itself reports listening on it (a port taken meanwhile makes sshd log a failed
/// bind, and the server is started again with another). Candidates lie below the kernel's
/// ephemeral range, so outgoing connections (which take ephemeral ports) never collide with them.
/// </summary>
internal static class FleetPorts
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<int> Proposed = [];

    /// <summary>A port not proposed before in this process, outside the ephemeral range.</summary>
    public static int Candidate()
    {
        var (low, high) = CandidateRange();
        lock (Gate)
        {
            while (true)
            {
                var port = Random.Shared.Next(low, high + 1);
                if (Proposed.Add(port))
                {
                    return port;
                }
            }
        }
    }

    /// <summary>
    /// A port on which a connection is refused, held for as long as the socket lives: bound but
    /// never listening, so no other process can take it and every connect gets a reset.
    /// </summary>
    public static Socket Refusing()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    /// <summary>
    /// A port whose connections the kernel completes (into the listen backlog) but nobody ever
    /// accepts, held for as long as the socket lives: the client connects and then hears nothing.
    /// </summary>
    public static Socket Silent()
    {
        var socket = Refusing();
        socket.Listen(16);
        return socket;
    }

    private static (int Low, int High) CandidateRange()
    {
        const string file = "/proc/sys/net/ipv4/ip_local_port_range";
        var ephemeralLow = 32768;
        if (File.Exists(file))
        {
            var fields = File.ReadAllText(file).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 1 && int.TryParse(fields[0], CultureInfo.InvariantCulture, out var low))
            {
                ephemeralLow = low;
            }
        }

        // Well above the ports services commonly use, well below the ephemeral range.
        return ephemeralLow > 12000 ? (10000, ephemeralLow - 1) : (61000, 65000);
    }
}
