using System.Globalization;
using System.Text;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using Renci.SshNet;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// One SSH session with one device, in an interactive shell on a pseudo-terminal as an operator
/// (or netmiko) has it: the device echoes what is typed, prints banners, pages long output. Wait
/// for the prompt, turn paging off, ask for the running config, answer any pager that stays on,
/// read to the next prompt, check the device is the one the inventory names, quit. Every way this
/// can go wrong ends as a failure reason; nothing of a failed session is kept.
/// </summary>
/// <remarks>
/// Reads block on the collector's own thread for this session (SSH.NET's shell stream has no
/// asynchronous read). A timer enforces the whole session's timeout by tearing the connection
/// down, which ends the blocked read.
/// </remarks>
public static class DeviceSession
{
    private enum Stage
    {
        Connect,
        Login,
        Paging,
        Config,
        Observed,
    }

    public sealed record Outcome(RunningConfig? Config, string? Failure, bool Transient);

    internal static Outcome Run(DeviceTarget target, SshRun run)
    {
        var options = run.Options;
        var refusal = new HostKeyRefusal();
        var session = new Teardown();
        using var timer = new Timer(_ => session.TimeOut(), null, options.CommandTimeout, Timeout.InfiniteTimeSpan);
        var stage = Stage.Connect;
        var received = new StringBuilder();
        var stageStart = 0;
        try
        {
            var connection = SshConnection.Open(target, run, refusal);
            if (!session.Hold(connection))
            {
                return TimedOut(options, stage);
            }

            // Wide enough that no device wraps a config line; the rows only matter if paging stays on.
            var shell = connection.Client.CreateShellStream("vt100", 511, 24, 0, 0, 64 * 1024);
            if (!session.Hold(shell))
            {
                return TimedOut(options, stage);
            }

            stage = Stage.Login;
            return Converse(target, options, shell, received, ref stage, ref stageStart) ?? (session.IsTimedOut
                ? TimedOut(options, stage)
                : Closed(stage, received.Length - stageStart));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (session.IsTimedOut)
            {
                return TimedOut(options, stage);
            }

            if (stage != Stage.Connect)
            {
                return stage == Stage.Config
                    ? new Outcome(null, $"connection cut mid-config after {received.Length - stageStart:N0} characters of the config: {e.Message}", true)
                    : new Outcome(null, $"connection cut: {e.Message}", true);
            }

            var (reason, transient) = SshFailures.Classify(e, refusal);
            return new Outcome(null, reason, transient);
        }
        finally
        {
            timer.Change(Timeout.Infinite, Timeout.Infinite);
            session.Dispose();
        }
    }

    /// <summary>The dialogue; null when the device closed the session before it ended.</summary>
    private static Outcome? Converse(DeviceTarget target, SshOptions options, ShellStream shell, StringBuilder received, ref Stage stage, ref int stageStart)
    {
        var profile = target.Dialect.Session;
        var decoder = new UTF8Encoding(false).GetDecoder();
        var observed = target.Dialect.Observed?.Commands ?? [];
        var outputs = new List<(string Command, string Output)>();
        string? config = null;
        var bytes = new byte[32 * 1024];
        var chars = new char[bytes.Length + 1];
        long total = 0;
        while (true)
        {
            var read = shell.Read(bytes, 0, bytes.Length);
            if (read == 0)
            {
                return null;
            }

            total += read;
            if (total > options.MaxOutputBytes)
            {
                return new Outcome(null, $"output over {options.MaxOutputBytes.ToString(CultureInfo.InvariantCulture)} bytes: the device kept sending (max_output_bytes in collection.yaml)", false);
            }

            received.Append(chars, 0, decoder.GetChars(bytes, 0, read, chars, 0));
            var tail = Tail(received, stageStart);
            if (profile.MorePrompt.IsMatch(tail))
            {
                shell.Write(" ");
                continue;
            }

            if (profile.Prompt.Match(tail) is not { Success: true } prompt)
            {
                continue;
            }

            switch (stage)
            {
                case Stage.Login:
                    stage = Stage.Paging;
                    shell.Write(profile.DisablePaging + "\n");
                    break;
                case Stage.Paging:
                    // A device that refuses to stop paging is still read: the pager is answered above.
                    stage = Stage.Config;
                    shell.Write(profile.ShowConfiguration + "\n");
                    break;
                default:
                    // The config, then each observed-state command in the same session, one prompt apart.
                    var reply = received.ToString(stageStart, received.Length - stageStart);
                    var promptAt = reply.LastIndexOf('\n');
                    var body = promptAt < 0 ? "" : reply[..promptAt];
                    if (config is null)
                    {
                        config = body;
                    }
                    else
                    {
                        outputs.Add((observed[outputs.Count], body));
                    }

                    if (outputs.Count < observed.Count)
                    {
                        stage = Stage.Observed;
                        shell.Write(observed[outputs.Count] + "\n");
                        break;
                    }

                    Quit(shell, profile);
                    return Finish(target, config, prompt.Groups["host"].Value, outputs);
            }

            stageStart = received.Length;
        }
    }

    /// <summary>
    /// The config, if it is one and the device that sent it is the one the inventory names: the
    /// config's own hostname line decides, the prompt where the config has none. A swapped address
    /// or an off-by-one port map would otherwise file one device's config under another's name.
    /// </summary>
    private static Outcome Finish(DeviceTarget target, string reply, string promptHost, List<(string Command, string Output)> observed)
    {
        var profile = target.Dialect.Session;
        var (config, failure) = SessionTranscript.Extract(reply, profile);
        if (config is null)
        {
            return new Outcome(null, failure, false);
        }

        var named = profile.ConfigHostname.Match(config) is { Success: true } line ? line.Groups["host"].Value : promptHost;
        return string.Equals(named, target.Hostname, StringComparison.OrdinalIgnoreCase)
            ? new Outcome(new RunningConfig(target.Hostname, config, target.Source) { Observed = ObservedTranscript.Extract(observed, profile) }, null, false)
            : new Outcome(null, $"identity mismatch: answered as {(named.Length == 0 ? "(no name)" : named)}; the inventory expects {target.Hostname} at {target.Source} (swapped address or port?)", false);
    }

    private static Outcome TimedOut(SshOptions options, Stage stage) =>
        new(null, $"timeout: no complete reply within {options.CommandTimeout.TotalSeconds:0.#} s ({Waiting(stage)})", true);

    private static Outcome Closed(Stage stage, int characters) => stage == Stage.Config
        ? new Outcome(null, $"connection cut mid-config after {characters:N0} characters of the config", true)
        : new Outcome(null, $"connection closed by the device before {Waiting(stage)}", true);

    private static string Waiting(Stage stage) => stage switch
    {
        Stage.Connect => "the connection",
        Stage.Login => "the first prompt",
        Stage.Paging => "the prompt after disabling paging",
        Stage.Observed => "the end of the observed-state tables (LLDP, MAC, ARP)",
        _ => "the end of the config",
    };

    /// <summary>The last line received in this stage: where a prompt or pager would stand.</summary>
    private static string Tail(StringBuilder received, int stageStart)
    {
        var from = Math.Max(stageStart, received.Length - 256);
        var tail = received.ToString(from, received.Length - from);
        var newline = tail.LastIndexOf('\n');
        return newline < 0 ? tail : tail[newline..];
    }

    private static void Quit(ShellStream shell, SessionProfile profile)
    {
        try
        {
            shell.Write(profile.Quit + "\n");
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException or Renci.SshNet.Common.SshException)
        {
            // The config is complete; a device that hung up first does not change it.
        }
    }

    /// <summary>
    /// What the session holds open, torn down once: by the session when it ends, or by the timer
    /// when the session's time is up (which ends a read blocked on the shell).
    /// </summary>
    private sealed class Teardown : IDisposable
    {
        private readonly Lock gate = new();
        private readonly List<IDisposable> held = [];
        private bool timedOut;

        public bool IsTimedOut
        {
            get
            {
                lock (gate)
                {
                    return timedOut;
                }
            }
        }

        /// <summary>False when the time ran out meanwhile: the resource is disposed at once.</summary>
        public bool Hold(IDisposable resource)
        {
            lock (gate)
            {
                held.Add(resource);
                if (!timedOut)
                {
                    return true;
                }
            }

            Dispose();
            return false;
        }

        public void TimeOut()
        {
            lock (gate)
            {
                timedOut = true;
            }

            Dispose();
        }

        public void Dispose()
        {
            List<IDisposable> closing;
            lock (gate)
            {
                closing = [.. held];
                held.Clear();
            }

            // The connection before the shell on it, in the order held. SSH.NET (2026.0.1) takes two
            // locks in opposite orders: disposing a shell holds the shell's lock and waits for its
            // channel's, while the receive thread, handling the device's channel close (its answer
            // to quit), holds the channel's and waits for the shell's: a deadlock that hung fetch.
            // Disposing the connection first waits for the receive thread to end, so the shell's
            // disposal afterwards has no one to contend with, and still wakes a blocked read.
            for (var i = 0; i < closing.Count; i++)
            {
                try
                {
                    closing[i].Dispose();
                }
                catch (Exception e) when (e is Renci.SshNet.Common.SshException or ObjectDisposedException or IOException or InvalidOperationException)
                {
                    // Tearing down a connection that is already broken.
                }
            }
        }
    }
}
