using System.Collections.Concurrent;
using GovNet.NetCode.Collect;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// Pulls the running configs of many devices, a bounded number at a time, each session on a thread
/// of its own (see <see cref="DeviceSession"/>). Each device has its own timeout and retries with
/// doubling backoff; one device's failure never stops the others. Host keys are pinned against
/// the known_hosts file read once for the run.
/// </summary>
public static class Collector
{
    /// <summary>Told when a device is done, successfully (failure null) or not; called from several threads.</summary>
    public delegate void DeviceDone(string hostname, string? failure, int attempts);

    public static CollectionResult Collect(IReadOnlyList<DeviceTarget> targets, SshOptions options, DeviceDone? done = null)
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
                var (outcome, attempts) = WithRetries(target, run);
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

    private static (DeviceSession.Outcome Outcome, int Attempts) WithRetries(DeviceTarget target, SshRun run)
    {
        var options = run.Options;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = DeviceSession.Run(target, run);
            if (outcome.Config is not null || !outcome.Transient || attempt > options.Retries)
            {
                return (outcome, attempt);
            }

            Thread.Sleep(options.RetryBackoff * Math.Pow(2, attempt - 1));
        }
    }
}
