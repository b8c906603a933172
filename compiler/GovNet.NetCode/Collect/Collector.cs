using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Pulls the running configs of many devices, a bounded number at a time. Each device has its own
/// timeout and retries; one device's failure never stops the others.
/// </summary>
public static class Collector
{
    /// <summary>Told when a device is done, successfully (failure null) or not; called from several threads.</summary>
    public delegate void DeviceDone(string hostname, string? failure, int attempts);

    public static async Task<CollectionResult> CollectAsync(
        IReadOnlyList<DeviceTarget> targets,
        SshOptions options,
        DeviceDone? done = null,
        CancellationToken cancellation = default)
    {
        var configs = new ConcurrentBag<RunningConfig>();
        var failures = new ConcurrentBag<CollectionFailure>();
        using var askPass = targets.Any(t => t.PasswordEnv is not null) ? AskPassHelper.Create() : null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation };
        await Parallel.ForEachAsync(targets, parallel, async (target, token) =>
        {
            var attempts = 0;
            DeviceSession.Outcome outcome;
            while (true)
            {
                attempts++;
                outcome = await DeviceSession.RunAsync(target, options, askPass?.Script, token).ConfigureAwait(false);
                if (outcome.Config is not null || !outcome.Transient || attempts > options.Retries)
                {
                    break;
                }

                await Task.Delay(options.RetryBackoff * Math.Pow(2, attempts - 1), token).ConfigureAwait(false);
            }

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
        }).ConfigureAwait(false);

        return new CollectionResult(
            [.. configs.OrderBy(c => c.Hostname, StringComparer.Ordinal)],
            [.. failures.OrderBy(f => f.Hostname, StringComparer.Ordinal)]);
    }
}
