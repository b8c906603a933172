using System.Collections.Concurrent;
using GovNet.NetCode.Collect;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// Pulls the running configs of many devices, a bounded number at a time, each session on a thread
/// of its own (see <see cref="DeviceSession"/>). Each device has its own timeout and retries with
/// doubling backoff; one device's failure never stops the others. Host keys are pinned against
/// the known_hosts file read once for the run. No device can hold the run up past its budget
/// (see <see cref="DeviceBudget"/>): a session that outlives it is abandoned and reported.
/// </summary>
public static class Collector
{
    /// <summary>Told when a device is done, successfully (failure null) or not; called from several threads.</summary>
    public delegate void DeviceDone(string hostname, string? failure, int attempts);

    /// <summary>One attempt at one device; the collector's seam for tests.</summary>
    internal delegate DeviceSession.Outcome Attempt(DeviceTarget target, SshRun run);

    /// <summary>
    /// Time for tearing a session down on top of its timeouts: SSH.NET waits up to a second for a
    /// channel to close, then for its receive thread; a loaded machine makes both slower.
    /// </summary>
    private static readonly TimeSpan TeardownSlack = TimeSpan.FromSeconds(10);

    public static CollectionResult Collect(IReadOnlyList<DeviceTarget> targets, SshOptions options, DeviceDone? done = null) =>
        Collect(targets, options, done, DeviceSession.Run, DeviceBudget(options));

    /// <summary>
    /// The most one device may take: every attempt's connect and command timeouts, the backoffs
    /// between attempts, and <see cref="TeardownSlack"/>.
    /// </summary>
    internal static TimeSpan DeviceBudget(SshOptions options)
    {
        var backoffs = Enumerable.Range(0, Math.Max(0, options.Retries)).Aggregate(TimeSpan.Zero, (sum, i) => sum + options.RetryBackoff * Math.Pow(2, i));
        return (options.ConnectTimeout + options.CommandTimeout) * (Math.Max(0, options.Retries) + 1) + backoffs + TeardownSlack;
    }

    internal static CollectionResult Collect(IReadOnlyList<DeviceTarget> targets, SshOptions options, DeviceDone? done, Attempt attempt, TimeSpan budget)
    {
        var configs = new ConcurrentBag<RunningConfig>();
        var failures = new ConcurrentBag<CollectionFailure>();
        var queue = new ConcurrentQueue<DeviceTarget>(targets);
        using var run = new SshRun(options, KnownHosts.Load(options.KnownHostsFile));
        var parallelism = Math.Clamp(options.Parallelism, 1, Math.Max(1, targets.Count));
        EnoughPoolThreads(parallelism);

        void Work()
        {
            while (queue.TryDequeue(out var target))
            {
                var (outcome, attempts) = Bounded(target, run, attempt, budget);
                if (outcome.Config is { } config)
                {
                    configs.Add(config);
                }
                else
                {
                    var reason = attempts > 1 ? $"{outcome.Failure} (after {attempts} attempts)" : outcome.Failure!;
                    failures.Add(new CollectionFailure(target.Hostname, reason));
                }

                done?.Invoke(target.Hostname, outcome.Failure, attempts);
            }
        }

        var workers = Enumerable.Range(0, parallelism)
            .Select(i => new Thread(Work) { IsBackground = true, Name = $"collector {i}" })
            .ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        return new CollectionResult(
            [.. configs.OrderBy(c => c.Hostname, StringComparer.Ordinal)],
            [.. failures.OrderBy(f => f.Hostname, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// SSH.NET runs each connection's receive loop on a thread of its own but raises its events and
    /// timers on the thread pool; with many sessions at once the pool's slow growth (about one thread
    /// a second past the minimum) left healthy devices waiting, so the minimum covers every session.
    /// </summary>
    private static void EnoughPoolThreads(int parallelism)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = parallelism * 2 + Environment.ProcessorCount;
        if (workers < wanted || io < wanted)
        {
            ThreadPool.SetMinThreads(Math.Max(workers, wanted), Math.Max(io, wanted));
        }
    }

    /// <summary>
    /// The device's attempts on a background thread of their own, waited for no longer than
    /// <paramref name="budget"/>. The session's timer ends a blocked read, but SSH.NET has waits
    /// no timer reaches (its connect, its teardown waiting for its receive thread, a lock taken in
    /// two orders); a session stuck in one is left behind, and being a background thread it never
    /// keeps the process alive.
    /// </summary>
    private static (DeviceSession.Outcome Outcome, int Attempts) Bounded(DeviceTarget target, SshRun run, Attempt attempt, TimeSpan budget)
    {
        var attempts = 0;
        (DeviceSession.Outcome Outcome, int Attempts)? finished = null;
        var session = new Thread(() => finished = WithRetries(target, run, attempt, ref attempts))
        {
            IsBackground = true,
            Name = $"session {target.Hostname}",
        };
        session.Start();
        if (session.Join(budget))
        {
            return finished!.Value;
        }

        var failure = $"timeout: the session did not end within {budget.TotalSeconds:0.#} s (stuck in the SSH library; abandoned)";
        return (new DeviceSession.Outcome(null, failure, true), Math.Max(1, Volatile.Read(ref attempts)));
    }

    private static (DeviceSession.Outcome Outcome, int Attempts) WithRetries(DeviceTarget target, SshRun run, Attempt attempt, ref int attempts)
    {
        var options = run.Options;
        for (var number = 1; ; number++)
        {
            Volatile.Write(ref attempts, number);
            DeviceSession.Outcome outcome;
            try
            {
                outcome = attempt(target, run);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Only an abandoned session can get here (its run's keys disposed under it); an
                // exception on this thread would end the process.
                outcome = new DeviceSession.Outcome(null, $"session failed: {e.Message}", false);
            }

            if (outcome.Config is not null || !outcome.Transient || number > options.Retries)
            {
                return (outcome, number);
            }

            Thread.Sleep(options.RetryBackoff * Math.Pow(2, number - 1));
        }
    }
}
