using System.Diagnostics;
using System.Text;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Collect;

/// <summary>
/// One SSH session with one device: wait for the prompt, turn paging off, ask for the running
/// config, answer any pager that stays on, read to the next prompt, quit. Every way this can go
/// wrong ends as a failure reason; the ssh process never outlives the session.
/// </summary>
public static class DeviceSession
{
    private enum Stage
    {
        Login,
        Paging,
        Config,
    }

    public sealed record Outcome(RunningConfig? Config, string? Failure, bool Transient);

    public static async Task<Outcome> RunAsync(DeviceTarget target, SshOptions options, string? askPassScript, CancellationToken cancellation)
    {
        var profile = target.Dialect.Session;
        using var process = new Process { StartInfo = SshInvocation.For(target, options, askPassScript) };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Outcome(null, $"cannot start {options.SshProgram}: {e.Message}", false);
        }

        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.CommandTimeout);
        var stage = Stage.Login;
        var received = new StringBuilder();
        var stageStart = 0;
        var buffer = new char[16384];
        try
        {
            while (true)
            {
                var read = await process.StandardOutput.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                received.Append(buffer, 0, read);
                var tail = Tail(received, stageStart);
                if (profile.MorePrompt.IsMatch(tail))
                {
                    await Send(process, " ", timeout.Token).ConfigureAwait(false);
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
                        await Send(process, profile.DisablePaging + "\n", timeout.Token).ConfigureAwait(false);
                        break;
                    case Stage.Paging:
                        // A device that refuses to stop paging is still read: the pager is answered above.
                        stage = Stage.Config;
                        await Send(process, profile.ShowConfiguration + "\n", timeout.Token).ConfigureAwait(false);
                        break;
                    case Stage.Config:
                        var reply = received.ToString(stageStart, received.Length - stageStart);
                        var promptAt = reply.LastIndexOf('\n');
                        await Quit(process, profile).ConfigureAwait(false);
                        Kill(process);
                        var (config, failure) = SessionTranscript.Extract(promptAt < 0 ? "" : reply[..promptAt], profile);
                        return config is null
                            ? new Outcome(null, failure, false)
                            : new Outcome(new RunningConfig(target.Hostname, config, target.Source), null, false);
                }

                stageStart = received.Length;
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            Kill(process);
            return new Outcome(null, $"timeout: no complete reply within {options.CommandTimeout.TotalSeconds:0.#} s ({Waiting(stage)})", true);
        }
        catch (IOException e)
        {
            Kill(process);
            return new Outcome(null, $"connection cut: {e.Message}", true);
        }

        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var errors = await stderr.ConfigureAwait(false);
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

    private static async Task Send(Process process, string text, CancellationToken cancellation)
    {
        await process.StandardInput.WriteAsync(text.AsMemory(), cancellation).ConfigureAwait(false);
        await process.StandardInput.FlushAsync(cancellation).ConfigureAwait(false);
    }

    private static async Task Quit(Process process, SessionProfile profile)
    {
        try
        {
            await process.StandardInput.WriteAsync((profile.Quit + "\n").AsMemory()).ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
            process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The config is complete; a device slow to hang up does not change it.
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
