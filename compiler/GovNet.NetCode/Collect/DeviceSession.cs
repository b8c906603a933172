using System.Diagnostics;
using System.Text;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Collect;

/// <summary>
/// One SSH session with one device: wait for the prompt, turn paging off, ask for the running
/// config, answer any pager that stays on, read to the next prompt, quit. Every way this can go
/// wrong ends as a failure reason; the ssh process never outlives the session.
/// </summary>
/// <remarks>
/// Reads block on the calling thread: pipe reads of a child process are synchronous underneath on
/// Unix, so "async" reads would each hold a thread-pool thread, and with many devices at once the
/// pool starves and healthy devices time out. The collector gives each session its own thread.
/// </remarks>
public static class DeviceSession
{
    private enum Stage
    {
        Login,
        Paging,
        Config,
    }

    public sealed record Outcome(RunningConfig? Config, string? Failure, bool Transient);

    public static Outcome Run(DeviceTarget target, SshOptions options, SshRunFolder files)
    {
        var (configText, configError) = SshInvocation.Config(target, options);
        if (configText is null)
        {
            return new Outcome(null, configError, false);
        }

        var configFile = files.WriteConfig(configText);
        try
        {
            return Run(target, options, SshInvocation.For(target, configFile, files.AskPassScript));
        }
        finally
        {
            SshRunFolder.Remove(configFile);
        }
    }

    private static Outcome Run(DeviceTarget target, SshOptions options, ProcessStartInfo ssh)
    {
        var profile = target.Dialect.Session;
        using var process = new Process { StartInfo = ssh };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Outcome(null, $"cannot start {SshInvocation.Program}: {e.Message}", false);
        }

        var errors = "";
        var errorReader = new Thread(() => errors = process.StandardError.ReadToEnd()) { IsBackground = true, Name = "ssh stderr " + target.Hostname };
        errorReader.Start();
        var timedOut = false;
        using var timer = new Timer(_ =>
        {
            timedOut = true;
            Kill(process);
        }, null, options.CommandTimeout, Timeout.InfiniteTimeSpan);

        var stage = Stage.Login;
        var received = new StringBuilder();
        var stageStart = 0;
        var buffer = new char[16384];
        try
        {
            while (true)
            {
                var read = process.StandardOutput.Read(buffer, 0, buffer.Length);
                if (read == 0)
                {
                    break;
                }

                received.Append(buffer, 0, read);
                var tail = Tail(received, stageStart);
                if (profile.MorePrompt.IsMatch(tail))
                {
                    Send(process, " ");
                    continue;
                }

                if (!profile.Prompt.IsMatch(tail))
                {
                    continue;
                }

                switch (stage)
                {
                    case Stage.Login:
                        stage = Stage.Paging;
                        Send(process, profile.DisablePaging + "\n");
                        break;
                    case Stage.Paging:
                        // A device that refuses to stop paging is still read: the pager is answered above.
                        stage = Stage.Config;
                        Send(process, profile.ShowConfiguration + "\n");
                        break;
                    case Stage.Config:
                        var reply = received.ToString(stageStart, received.Length - stageStart);
                        var promptAt = reply.LastIndexOf('\n');
                        Quit(process, profile);
                        var (config, failure) = SessionTranscript.Extract(promptAt < 0 ? "" : reply[..promptAt], profile);
                        return config is null
                            ? new Outcome(null, failure, false)
                            : new Outcome(new RunningConfig(target.Hostname, config, target.Source), null, false);
                }

                stageStart = received.Length;
            }
        }
        catch (IOException e)
        {
            if (!timedOut)
            {
                Kill(process);
                return new Outcome(null, $"connection cut: {e.Message}", true);
            }
        }
        finally
        {
            timer.Change(Timeout.Infinite, Timeout.Infinite);
            Kill(process);
            process.WaitForExit();
            errorReader.Join(TimeSpan.FromSeconds(5));
        }

        if (timedOut)
        {
            return new Outcome(null, $"timeout: no complete reply within {options.CommandTimeout.TotalSeconds:0.#} s ({Waiting(stage)})", true);
        }

        if (stage == Stage.Login && received.Length == 0)
        {
            var (reason, transient) = SshErrors.Classify(errors, process.ExitCode);
            return new Outcome(null, reason, transient);
        }

        return stage == Stage.Config
            ? new Outcome(null, $"connection cut mid-config after {received.Length - stageStart:N0} characters of the config", true)
            : new Outcome(null, $"connection closed by the device before {Waiting(stage)}", true);
    }

    private static string Waiting(Stage stage) => stage switch
    {
        Stage.Login => "the first prompt",
        Stage.Paging => "the prompt after disabling paging",
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

    private static void Send(Process process, string text)
    {
        process.StandardInput.Write(text);
        process.StandardInput.Flush();
    }

    private static void Quit(Process process, SessionProfile profile)
    {
        try
        {
            Send(process, profile.Quit + "\n");
            process.StandardInput.Close();
            process.WaitForExit(TimeSpan.FromSeconds(2));
        }
        catch (IOException)
        {
            // The config is complete; a device that hung up first does not change it.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
